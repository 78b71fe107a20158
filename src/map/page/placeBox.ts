/**
 * Where a box of a given size goes on the map (an info card, a legend): the first corner where it
 * covers nothing it must keep clear of (the towns it describes, the boxes already there), else the
 * corner where it covers least. Pure, so a test can check it without a browser.
 */
import { rectsOverlap, type Rect } from './fitMarks';

export type Corner = 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';

/** An info card's distance from each edge of the map: room for the zoom buttons on the right and the scale bar below. */
export const CARD_INSETS = { top: 10, right: 56, bottom: 34, left: 10 } as const;

export interface PlacedBox {
  corner: Corner;
  box: Rect;
  /** Area (px²) of what it still covers of `avoid` (0 when clear). */
  covers: number;
}

const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * `frame`: the map's size; `size`: the box's; `insets`: its distance from each edge of the map in
 * each corner (room for the buttons along that edge); `avoid`: what it must not cover; `taken`: boxes
 * it must not overlap. Corners are tried in the order given.
 */
export function placeBox(
  frame: { width: number; height: number },
  size: { width: number; height: number },
  /** What it should not cover; `weight` (1 unless given) ranks them: a legend counts less than the towns a card describes. */
  avoid: readonly (Rect & { weight?: number })[],
  taken: readonly Rect[] = [],
  corners: readonly Corner[] = ['top-right', 'top-left', 'bottom-right', 'bottom-left'],
  insets: { top: number; right: number; bottom: number; left: number } = { top: 10, right: 10, bottom: 10, left: 10 },
): PlacedBox {
  let best: PlacedBox | null = null;
  for (const corner of corners) {
    const x = corner.endsWith('left') ? insets.left : frame.width - insets.right - size.width;
    const y = corner.startsWith('top') ? insets.top : frame.height - insets.bottom - size.height;
    const box = { x, y, width: size.width, height: size.height };
    if (taken.some((t) => rectsOverlap(t, box))) continue;
    const covers = avoid.reduce((sum, a) => sum + (a.weight ?? 1) * overlapArea(a, box), 0);
    if (covers === 0) return { corner, box, covers };
    if (!best || covers < best.covers) best = { corner, box, covers };
  }
  const first = corners[0];
  return best ?? { corner: first, box: { x: frame.width - insets.right - size.width, y: insets.top, width: size.width, height: size.height }, covers: Infinity };
}
