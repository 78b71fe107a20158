/** A bounding box in degrees: [west, south, east, north]. The one box type of the app. */
export type Bbox = [number, number, number, number];

/** The smallest box holding every box given; null for none. */
export function unionBboxes(boxes: readonly (readonly number[])[]): Bbox | null {
  if (boxes.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    west = Math.min(west, b[0]);
    south = Math.min(south, b[1]);
    east = Math.max(east, b[2]);
    north = Math.max(north, b[3]);
  }
  return [west, south, east, north];
}
