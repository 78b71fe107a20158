/**
 * The camera that shows a subject as large as possible inside a rectangle of the map, where the
 * subject is a set of marks: places (longitude/latitude) with what is drawn round them in px (a
 * label's half width, a marker's radius, a base label hanging below its circle). A bounding box
 * alone cannot say that a label reaches past it; the marks can. Pure (Web Mercator as MapLibre
 * draws it, see firstFrame/camera.ts), so a unit test can check what a page shows without a browser.
 */
import type { Bbox, Padding } from '../../state/mapState';
import { mercator } from '../firstFrame/camera';

/** A place and how far (px) what is drawn at it reaches to each side. */
export interface Mark {
  lonLat: readonly [number, number];
  left: number;
  right: number;
  up: number;
  down: number;
  /** What it is (for messages): '虎门镇 label', 'base-yinping circle'. */
  what?: string;
}

/** A rectangle in px. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A camera as the map frame sees it: screen x = world x × scale + offsetX (world = Mercator at zoom 0). */
export interface FittedView {
  scale: number;
  offsetX: number;
  offsetY: number;
}

export const point = (lonLat: readonly [number, number], what?: string): Mark => ({ lonLat, left: 0, right: 0, up: 0, down: 0, what });

/** The four corners of a box, as marks with nothing round them. */
export const cornerMarks = ([w, s, e, n]: Bbox): Mark[] => [point([w, s]), point([e, n]), point([w, n]), point([e, s])];

interface Projected {
  x: number;
  y: number;
  mark: Mark;
}

const project = (marks: readonly Mark[]): Projected[] =>
  marks.map((mark) => {
    const [x, y] = mercator(mark.lonLat);
    return { x, y, mark };
  });

/** The span in px the marks need along one axis at a scale. */
function span(ps: readonly Projected[], scale: number, axis: 'x' | 'y'): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of ps) {
    const v = p[axis] * scale;
    const [before, after] = axis === 'x' ? [p.mark.left, p.mark.right] : [p.mark.up, p.mark.down];
    lo = Math.min(lo, v - before);
    hi = Math.max(hi, v + after);
  }
  return { lo, hi };
}

/**
 * The largest scale (2^zoom) at which every mark with its reach lies inside `rect`, at most
 * 2^maxZoom, and the offsets that centre the marks there. Null when the marks do not fit at any
 * scale (their reach alone is larger than the rectangle).
 */
export function fitMarks(marks: readonly Mark[], rect: Rect, zoomRange: { min: number; max: number }): FittedView | null {
  if (marks.length === 0 || rect.width <= 0 || rect.height <= 0) return null;
  const ps = project(marks);
  const fits = (scale: number) => {
    const x = span(ps, scale, 'x');
    const y = span(ps, scale, 'y');
    return x.hi - x.lo <= rect.width && y.hi - y.lo <= rect.height;
  };
  let lo = 2 ** zoomRange.min;
  let hi = 2 ** zoomRange.max;
  if (!fits(lo)) return null;
  if (fits(hi)) lo = hi;
  else {
    // The span grows with the scale (the marks are far apart compared with their reach): bisect.
    for (let i = 0; i < 40 && hi / lo > 1.0005; i++) {
      const mid = Math.sqrt(lo * hi);
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  }
  const scale = lo;
  const x = span(ps, scale, 'x');
  const y = span(ps, scale, 'y');
  return {
    scale,
    offsetX: rect.x + rect.width / 2 - (x.lo + x.hi) / 2,
    offsetY: rect.y + rect.height / 2 - (y.lo + y.hi) / 2,
  };
}

/** Screen position of a longitude/latitude under a fitted view. */
export function viewPoint(view: FittedView, lonLat: readonly [number, number]): [number, number] {
  const [x, y] = mercator(lonLat);
  return [x * view.scale + view.offsetX, y * view.scale + view.offsetY];
}

/**
 * The same view as a MapLibre fitBounds request: the box and the padding that puts it exactly
 * where the view has it (fitBounds then takes the same zoom on both axes and the same centre).
 */
export function asBoundsCamera(view: FittedView, bounds: Bbox, frame: { width: number; height: number }): { bounds: Bbox; padding: Padding } {
  const [x0, y0] = viewPoint(view, [bounds[0], bounds[3]]);
  const [x1, y1] = viewPoint(view, [bounds[2], bounds[1]]);
  return { bounds, padding: { left: x0, top: y0, right: frame.width - x1, bottom: frame.height - y1 } };
}

/** The box a mark covers on screen under a view. */
export function markRect(view: FittedView, mark: Mark): Rect {
  const [x, y] = viewPoint(view, mark.lonLat);
  return { x: x - mark.left, y: y - mark.up, width: mark.left + mark.right, height: mark.up + mark.down };
}

/** Whether two rectangles overlap (touching edges do not). */
export const rectsOverlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The free rectangles of a frame with obstacles over it: for every obstacle, one of its four
 * edges bounds the free part (the obstacle is pushed out past that edge). Every combination, with
 * duplicates and empty ones left out. `gap` is kept between an obstacle and the free part.
 */
export function freeRects(frame: Rect, obstacles: readonly Rect[], gap: number): Rect[] {
  const shown = obstacles.filter((o) => o.width > 0 && o.height > 0 && rectsOverlap(o, frame));
  const out = new Map<string, Rect>();
  const walk = (i: number, r: { x0: number; y0: number; x1: number; y1: number }) => {
    if (r.x1 - r.x0 <= 0 || r.y1 - r.y0 <= 0) return;
    if (i === shown.length) {
      const rect = { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 };
      out.set(`${rect.x},${rect.y},${rect.width},${rect.height}`, rect);
      return;
    }
    const o = shown[i];
    const [ox0, oy0, ox1, oy1] = [o.x - gap, o.y - gap, o.x + o.width + gap, o.y + o.height + gap];
    if (ox1 <= r.x0 || ox0 >= r.x1 || oy1 <= r.y0 || oy0 >= r.y1) {
      walk(i + 1, r);
      return;
    }
    walk(i + 1, { ...r, y0: Math.max(r.y0, oy1) });
    walk(i + 1, { ...r, y1: Math.min(r.y1, oy0) });
    walk(i + 1, { ...r, x0: Math.max(r.x0, ox1) });
    walk(i + 1, { ...r, x1: Math.min(r.x1, ox0) });
  };
  walk(0, { x0: frame.x, y0: frame.y, x1: frame.x + frame.width, y1: frame.y + frame.height });
  return [...out.values()];
}

/** The best view of the marks over all free rectangles (the largest scale), with the rectangle it uses. */
export function bestView(marks: readonly Mark[], frame: Rect, obstacles: readonly Rect[], gap: number, zoomRange: { min: number; max: number }): { view: FittedView; free: Rect } | null {
  if (marks.length === 0) return null;
  // The scale a rectangle allows at most (the marks' places alone, without their reach): try the
  // most promising first and skip those that cannot beat the best found.
  const ps = project(marks);
  const w = Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x));
  const h = Math.max(...ps.map((p) => p.y)) - Math.min(...ps.map((p) => p.y));
  const bound = (r: Rect) => Math.min(w > 0 ? r.width / w : Infinity, h > 0 ? r.height / h : Infinity, 2 ** zoomRange.max);
  const rects = freeRects(frame, obstacles, gap)
    .map((free) => ({ free, bound: bound(free) }))
    .sort((a, b) => b.bound - a.bound);
  let best: { view: FittedView; free: Rect } | null = null;
  for (const { free, bound: most } of rects) {
    if (best && most <= best.view.scale * 1.0001) break;
    const view = fitMarks(marks, free, zoomRange);
    if (view && (!best || view.scale > best.view.scale * 1.0001)) best = { view, free };
  }
  return best;
}
