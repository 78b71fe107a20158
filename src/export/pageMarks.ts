/**
 * The geometry check of an exported page: what its map's renderer placed (labels, markers,
 * circles), moved onto the page, against the boxes the page layout put over the map. Pure, so the
 * end-to-end test of every default slide's PDF page and PowerPoint slide is a few comparisons.
 */
import type { DrawnFrame } from '../map/canvas/drawScene';
import type { Box } from './layout';

/** A label or symbol the renderer placed, in px of the page. */
export interface PlacedMark {
  layer: string;
  name?: string;
  id?: string;
  box: Box;
}

/** The marks of a drawn frame (map CSS px) on the page: the map image sits at `map`, `ratio` device px per CSS px. */
export function marksOnPage(frame: Pick<DrawnFrame, 'features' | 'boxes'>, ratio: number, map: Box): PlacedMark[] {
  const out: PlacedMark[] = [];
  for (const f of frame.features) {
    const b = frame.boxes.get(f);
    if (!b) continue;
    out.push({ layer: f.layer, name: f.name, id: f.id, box: { x: map.x + b.x0 * ratio, y: map.y + b.y0 * ratio, width: (b.x1 - b.x0) * ratio, height: (b.y1 - b.y0) * ratio } });
  }
  return out;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each mark under a box, as '<layer> <name> under <box>'; empty when every box is clear of every mark. */
export function marksUnderBoxes(boxes: Readonly<Record<string, Box>>, marks: readonly PlacedMark[]): string[] {
  const found: string[] = [];
  for (const mark of marks) {
    for (const [name, box] of Object.entries(boxes)) {
      if (overlaps(mark.box, box)) found.push(`${mark.layer} ${mark.name ?? mark.id ?? ''} under ${name}`);
    }
  }
  return found;
}

/** Pairs of boxes that overlap, as 'a over b' (a page's figure must not lie under its legend, attribution or north arrow). */
export function boxesOverlapping(boxes: Readonly<Record<string, Box>>): string[] {
  const entries = Object.entries(boxes);
  const found: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) if (overlaps(entries[i][1], entries[j][1])) found.push(`${entries[i][0]} over ${entries[j][0]}`);
  }
  return found;
}
