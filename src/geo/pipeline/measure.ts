import { area, bbox, featureCollection, intersect, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Overlap } from '../types';
import type { Position, Ring } from './rings';
import { polygonsOf, type TownFeature } from './townFeature';

export const SQ_M_PER_KM2 = 1e6;

export function areaKm2(feature: TownFeature | Feature<Polygon | MultiPolygon>): number {
  return area(feature as Feature<Polygon | MultiPolygon>) / SQ_M_PER_KM2;
}

/** One label point per unit: the pole of inaccessibility of its largest part. */
export function labelPoint(feature: TownFeature): [number, number] {
  const parts = polygonsOf(feature).map((part) => ({ part, area: area(polygon(part)) }));
  const largest = parts.reduce((best, p) => (p.area > best.area ? p : best)).part;
  const [lon, lat] = polylabel(largest, 0.0002);
  return [round(lon, 5), round(lat, 5)];
}

/** Area-weighted centroid of all parts (holes subtract), [lon, lat]: what an offset is measured with. */
export function centroid(feature: TownFeature): [number, number] {
  let sx = 0;
  let sy = 0;
  let sa = 0;
  for (const poly of polygonsOf(feature)) {
    for (const ring of poly) {
      const x0 = ring[0][0];
      const y0 = ring[0][1];
      for (let i = 0; i < ring.length - 1; i++) {
        const ax = ring[i][0] - x0;
        const ay = ring[i][1] - y0;
        const bx = ring[i + 1][0] - x0;
        const by = ring[i + 1][1] - y0;
        const cross = ax * by - bx * ay;
        sa += cross;
        sx += (ax + bx + 3 * x0) * cross;
        sy += (ay + by + 3 * y0) * cross;
      }
    }
  }
  // Each ring's terms are taken relative to its first vertex (for precision); 3·origin·cross puts them back.
  return [round(sx / (3 * sa), 6), round(sy / (3 * sa), 6)];
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function bboxesOverlap(a: number[], b: number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function insideRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

function insideUnit(p: Position, feature: TownFeature): boolean {
  return polygonsOf(feature).some((poly) => insideRing(p, poly[0]) && !poly.slice(1).some((hole) => insideRing(p, hole)));
}

/**
 * Whether some vertex of `a` that is not also a vertex of `b` lies inside `b`, or `a` is built of
 * `b`'s vertices only (a duplicate): the cheap test that
 * lets the exact intersection run only where an overlap is possible (two units sharing a border
 * exactly have no such vertex).
 */
function mayOverlap(a: TownFeature, b: TownFeature, bBox: number[], bVertices: ReadonlySet<string>): boolean {
  let allShared = true;
  for (const poly of polygonsOf(a)) {
    for (const ring of poly) {
      for (const p of ring) {
        if (!bVertices.has(`${p[0]},${p[1]}`)) allShared = false;
        if (p[0] < bBox[0] || p[0] > bBox[2] || p[1] < bBox[1] || p[1] > bBox[3]) continue;
        if (bVertices.has(`${p[0]},${p[1]}`)) continue;
        if (insideUnit(p, b)) return true;
      }
    }
  }
  // Every vertex also one of b's: the same geometry, or part of it.
  return allShared;
}

/** Real overlaps between units (a data-quality finding), larger than minKm2. */
export function findOverlaps(features: TownFeature[], minKm2 = 0.01): Overlap[] {
  const boxes = features.map((f) => bbox(f as Feature<Polygon | MultiPolygon>));
  const vertexSets = features.map((f) => {
    const set = new Set<string>();
    for (const poly of polygonsOf(f)) for (const ring of poly) for (const p of ring) set.add(`${p[0]},${p[1]}`);
    return set;
  });
  const overlaps: Overlap[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (!bboxesOverlap(boxes[i], boxes[j])) continue;
      if (!mayOverlap(features[i], features[j], boxes[j], vertexSets[j]) && !mayOverlap(features[j], features[i], boxes[i], vertexSets[i])) continue;
      const common = intersect(featureCollection([features[i], features[j]] as Feature<Polygon | MultiPolygon>[]));
      if (!common) continue;
      const km2 = area(common) / SQ_M_PER_KM2;
      if (km2 >= minKm2) {
        const [first, second] = [features[i].properties.name, features[j].properties.name].sort();
        overlaps.push({ a: first, b: second, areaKm2: round(km2, 3) });
      }
    }
  }
  return overlaps.sort((x, y) => y.areaKm2 - x.areaKm2);
}

/** The area the three units all cover (km²): the geo build assumes there is none. */
export function tripleOverlapKm2(a: TownFeature, b: TownFeature, c: TownFeature): number {
  const ab = intersect(featureCollection([a, b] as Feature<Polygon | MultiPolygon>[]));
  if (!ab) return 0;
  const abc = intersect(featureCollection([ab, c as Feature<Polygon | MultiPolygon>]));
  return abc ? area(abc) / SQ_M_PER_KM2 : 0;
}
