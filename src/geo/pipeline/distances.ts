import type { Position } from './rings';

/**
 * Shortest distances between units' boundaries (km), for 周边 N 公里 as a lookup. Coordinates are
 * projected onto a local plane at the city's mean latitude (error well under 1% across Dongguan);
 * every ring counts, so holes and multipart units are measured like any other border.
 */
const KM_PER_DEGREE = 111.32;

interface Planar {
  points: number[][]; // [x, y] pairs, consecutive per ring
  segments: [number, number][]; // indices into points
  box: [number, number, number, number];
}

function toPlanar(rings: Position[][], cosLat: number): Planar {
  const points: number[][] = [];
  const segments: [number, number][] = [];
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    const start = points.length;
    for (const p of ring) {
      const x = p[0] * KM_PER_DEGREE * cosLat;
      const y = p[1] * KM_PER_DEGREE;
      points.push([x, y]);
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    for (let i = start; i < points.length - 1; i++) segments.push([i, i + 1]);
  }
  return { points, segments, box };
}

/** Squared distance from every point of `from` to the nearest segment of `to`, below `best`. */
function oneWaySquared(from: Planar, to: Planar, best: number): number {
  const pts = to.points;
  for (const p of from.points) {
    const px = p[0];
    const py = p[1];
    for (const [i, j] of to.segments) {
      const ax = pts[i][0];
      const ay = pts[i][1];
      const dx = pts[j][0] - ax;
      const dy = pts[j][1] - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - (ax + t * dx);
      const ey = py - (ay + t * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
  }
  return best;
}

function boxGap(a: Planar['box'], b: Planar['box']): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * The distance matrix, row-major in the order of `units`, rounded to 10 m. `touching(i, j)` says
 * which pairs share a border or overlap: those are 0 without measuring.
 */
export function distanceMatrix(units: Position[][][], touching: (i: number, j: number) => boolean): number[][] {
  const latitudes = units.flatMap((rings) => rings.flatMap((r) => r.map((p) => p[1])));
  const meanLat = latitudes.reduce((s, v) => s + v, 0) / Math.max(1, latitudes.length);
  const cosLat = Math.cos((meanLat * Math.PI) / 180);
  const planar = units.map((rings) => toPlanar(rings, cosLat));
  const n = units.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (touching(i, j)) continue;
      const gap = boxGap(planar[i].box, planar[j].box);
      let d2 = oneWaySquared(planar[i], planar[j], Infinity);
      if (d2 > gap * gap) d2 = oneWaySquared(planar[j], planar[i], d2);
      matrix[i][j] = matrix[j][i] = Math.round(Math.sqrt(d2) * 100) / 100;
    }
  }
  return matrix;
}
