import { area, bbox, booleanIntersects, featureCollection, intersect, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TownFeature } from './validate';
import { polygonsOf } from './validate';
import type { Overlap } from '../src/geo/types';

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

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function bboxesOverlap(a: number[], b: number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Real overlaps between units in the source (a data-quality finding), larger than minKm2. */
export function findOverlaps(features: TownFeature[], minKm2 = 0.01): Overlap[] {
  const boxes = features.map((f) => bbox(f as Feature<Polygon | MultiPolygon>));
  const overlaps: Overlap[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      if (!bboxesOverlap(boxes[i], boxes[j])) continue;
      const a = features[i] as Feature<Polygon | MultiPolygon>;
      const b = features[j] as Feature<Polygon | MultiPolygon>;
      if (!booleanIntersects(a, b)) continue;
      const common = intersect(featureCollection([a, b]));
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
