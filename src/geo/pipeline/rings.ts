/** Ring geometry without Turf: signed area, winding and self-intersections. */
export type Position = number[];
export type Ring = Position[];
export type PolygonCoords = Ring[];

/** Shoelace signed area in degrees²; positive = counter-clockwise. */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}

function orientation(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/**
 * Where two segments cross, or null. Touching at a shared end point is not a crossing (a ring
 * may touch itself at a vertex); crossing in the middle, or running along each other, is.
 */
function crossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
    const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / ((b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]));
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (o1 === 0 && o2 === 0) {
    // Collinear: invalid only if they overlap along a stretch, not just meet at an end.
    const shared = [c, d].filter((p) => onSegment(a, b, p) && !same(p, a) && !same(p, b));
    const sharedOther = [a, b].filter((p) => onSegment(c, d, p) && !same(p, c) && !same(p, d));
    const hit = shared[0] ?? sharedOther[0];
    return hit ?? null;
  }
  // One end lying on the other segment's interior (a T touching the ring): also invalid.
  if (o1 === 0 && onSegment(a, b, c) && !same(c, a) && !same(c, b)) return c;
  if (o2 === 0 && onSegment(a, b, d) && !same(d, a) && !same(d, b)) return d;
  if (o3 === 0 && onSegment(c, d, a) && !same(a, c) && !same(a, d)) return a;
  if (o4 === 0 && onSegment(c, d, b) && !same(b, c) && !same(b, d)) return b;
  return null;
}

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

/**
 * The points where a closed ring crosses itself, found with a sweep over the segments sorted by
 * their west end (so a long ring costs about n log n, not n²). Stops after `limit` crossings.
 */
export function selfIntersections(ring: Ring, limit = 1000): Position[] {
  const n = ring.length - 1;
  if (n < 3) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => Math.min(ring[i][0], ring[i + 1][0]) - Math.min(ring[j][0], ring[j + 1][0]),
  );
  const active: number[] = [];
  const found: Position[] = [];
  for (const i of order) {
    const minX = Math.min(ring[i][0], ring[i + 1][0]);
    for (let k = active.length - 1; k >= 0; k--) {
      if (Math.max(ring[active[k]][0], ring[active[k] + 1][0]) < minX) active.splice(k, 1);
    }
    const yMin = Math.min(ring[i][1], ring[i + 1][1]);
    const yMax = Math.max(ring[i][1], ring[i + 1][1]);
    for (const j of active) {
      if (Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1) continue;
      if (Math.max(ring[j][1], ring[j + 1][1]) < yMin || Math.min(ring[j][1], ring[j + 1][1]) > yMax) continue;
      const hit = crossing(ring[i], ring[i + 1], ring[j], ring[j + 1]);
      if (hit) {
        found.push(hit);
        if (found.length >= limit) return found;
      }
    }
    active.push(i);
  }
  return found;
}

/** Drops repeated consecutive positions (a safe repair); returns the ring and how many were dropped. */
export function dropRepeats(ring: Ring): { ring: Ring; dropped: number } {
  const out: Ring = [];
  for (const p of ring) if (out.length === 0 || !same(out[out.length - 1], p)) out.push(p);
  return { ring: out, dropped: ring.length - out.length };
}
