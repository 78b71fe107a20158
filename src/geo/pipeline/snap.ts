import type { PolygonCoords } from './rings';

/**
 * Snaps near-coincident vertices onto one position before the topology is built, so that two
 * neighbours whose shared border differs by rounding (1e-9°) still share it. Each vertex moves to
 * the first vertex seen within `toleranceDeg` (a grid of that size, searching the 3×3 cells
 * around it). Returns how many vertices moved.
 */
export function snapVertices(units: PolygonCoords[][], toleranceDeg = 1e-6): number {
  const cells = new Map<string, number[][]>();
  const key = (x: number, y: number) => `${x},${y}`;
  let moved = 0;
  for (const polygons of units) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i++) {
          const p = ring[i];
          const cx = Math.floor(p[0] / toleranceDeg);
          const cy = Math.floor(p[1] / toleranceDeg);
          let target: number[] | undefined;
          for (let dx = -1; dx <= 1 && !target; dx++) {
            for (let dy = -1; dy <= 1 && !target; dy++) {
              for (const q of cells.get(key(cx + dx, cy + dy)) ?? []) {
                if (Math.abs(q[0] - p[0]) <= toleranceDeg && Math.abs(q[1] - p[1]) <= toleranceDeg) {
                  target = q;
                  break;
                }
              }
            }
          }
          if (target) {
            if (target[0] !== p[0] || target[1] !== p[1]) {
              moved++;
              ring[i] = [target[0], target[1]];
            }
          } else {
            const k = key(cx, cy);
            const list = cells.get(k);
            if (list) list.push(p);
            else cells.set(k, [p]);
          }
        }
      }
    }
  }
  return moved;
}
