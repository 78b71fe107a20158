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

function pointSegment(p: number[], a: number[], b: number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function boxGap(a: Planar['box'], b: Planar['box']): number {
  return Math.hypot(Math.max(0, a[0] - b[2], b[0] - a[2]), Math.max(0, a[1] - b[3], b[1] - a[3]));
}

function oneWay(from: Planar, to: Planar, best: number): number {
  for (const p of from.points) {
    for (const [i, j] of to.segments) {
      const d = pointSegment(p, to.points[i], to.points[j]);
      if (d < best) best = d;
    }
  }
  return best;
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
      let d = oneWay(planar[i], planar[j], Infinity);
      if (d > gap) d = oneWay(planar[j], planar[i], d);
      matrix[i][j] = matrix[j][i] = Math.round(d * 100) / 100;
    }
  }
  return matrix;
}
