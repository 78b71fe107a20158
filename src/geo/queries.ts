import {
  bbox as turfBbox,
  booleanIntersects,
  booleanPointInPolygon,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { areaCountingOverlapsOnce } from './area';
import type { GeoData, TownGeometry } from './geoData';

/** Units whose polygon contains the point (more than one where the source overlaps). */
export function unitsAtPoint(geo: GeoData, lonLat: [number, number]): string[] {
  const p = point(lonLat);
  return geo.towns.features.filter((f) => booleanPointInPolygon(p, f)).map((f) => f.properties.name);
}

function boundaryLines(town: TownGeometry): Feature<LineString | MultiLineString>[] {
  const lines = polygonToLine(town);
  return 'features' in lines ? lines.features : [lines];
}

function vertices(town: TownGeometry): Position[] {
  const rings = town.geometry.type === 'Polygon' ? town.geometry.coordinates : town.geometry.coordinates.flat();
  return rings.flat();
}

/** Shortest distance in km between two units' boundaries (0 when they touch or overlap). */
export function distanceBetweenUnitsKm(a: TownGeometry, b: TownGeometry): number {
  if (booleanIntersects(a, b)) return 0;
  let best = Infinity;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const lines = boundaryLines(to);
    for (const v of vertices(from)) {
      for (const line of lines) {
        const d = pointToLineDistance(point(v), line as Feature<LineString>, { units: 'kilometers' });
        if (d < best) best = d;
      }
    }
  }
  return best;
}

const KM_PER_DEGREE_LAT = 111.32;

function bboxGapKm(a: number[], b: number[], latitude: number): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]) * KM_PER_DEGREE_LAT * Math.cos((latitude * Math.PI) / 180);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]) * KM_PER_DEGREE_LAT;
  return Math.hypot(dx, dy);
}

export interface NearbyUnit {
  name: string;
  distanceKm: number;
}

/**
 * Units whose boundary comes within `km` of the unit's boundary, nearest first. Neighbours are at 0.
 * A bounding-box gap prefilter keeps Turf's per-vertex distances to the few plausible candidates.
 */
export function unitsWithinKm(geo: GeoData, name: string, km: number): NearbyUnit[] {
  const origin = geo.townByName.get(name);
  if (!origin || !(km >= 0)) return [];
  const originBox = turfBbox(origin);
  const latitude = (originBox[1] + originBox[3]) / 2;
  const result: NearbyUnit[] = [];
  for (const other of geo.towns.features) {
    if (other.properties.name === name) continue;
    if (bboxGapKm(originBox, turfBbox(other), latitude) > km) continue;
    const distanceKm = distanceBetweenUnitsKm(origin, other);
    if (distanceKm <= km) result.push({ name: other.properties.name, distanceKm });
  }
  return result.sort((x, y) => x.distanceKm - y.distanceKm || x.name.localeCompare(y.name, 'zh'));
}

export interface SelectionArea {
  areaKm2: number;
  shareOfCity: number;
}

/**
 * Area of a set of units and its share of the city, from the unsimplified areas the geo build
 * computed. Overlaps between units in the source are subtracted so that nothing counts twice.
 */
export function selectionArea(geo: GeoData, names: readonly string[]): SelectionArea {
  const areaKm2 = areaCountingOverlapsOnce(names, (name) => geo.metaByName.get(name)?.areaKm2, geo.meta.overlaps);
  return { areaKm2, shareOfCity: areaKm2 / geo.meta.cityAreaKm2 };
}
