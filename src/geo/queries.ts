import { booleanPointInPolygon, point } from '@turf/turf';
import { areaCountingOverlapsOnce } from './area';
import { distanceMatrix } from './pipeline/distances';
import type { GeoData, TownGeometry } from './geoData';

/** Units whose polygon contains the point (more than one where the source overlaps); the build's bbox table rules out the rest first. */
export function unitsAtPoint(geo: GeoData, lonLat: [number, number]): string[] {
  const p = point(lonLat);
  const [x, y] = lonLat;
  return geo.towns.features
    .filter((f) => {
      const box = geo.metaByName.get(f.properties.name)?.bbox;
      return !box || (x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
    })
    .filter((f) => booleanPointInPolygon(p, f))
    .map((f) => f.properties.name);
}

export interface NearbyUnit {
  name: string;
  distanceKm: number;
}

const ringsOf = (town: TownGeometry) => (town.geometry.type === 'Polygon' ? town.geometry.coordinates : town.geometry.coordinates.flat());

/**
 * The distance table: from the geo build (meta.distances) when present, so that 周边 N 公里 is a
 * lookup; otherwise measured once per GeoData from its geometry (every ring, holes included).
 */
const measured = new WeakMap<GeoData, { units: string[]; km: number[][] }>();
function distanceTable(geo: GeoData): { units: string[]; km: number[][] } {
  if (geo.meta.distances) return geo.meta.distances;
  let table = measured.get(geo);
  if (!table) {
    const units = geo.towns.features.map((f) => f.properties.name);
    const touching = new Set(geo.meta.towns.flatMap((t) => t.neighbours.map((n) => `${t.name}|${n.name}`)));
    table = {
      units,
      km: distanceMatrix(geo.towns.features.map(ringsOf), (i, j) => touching.has(`${units[i]}|${units[j]}`)),
    };
    measured.set(geo, table);
  }
  return table;
}

/** Units whose boundary comes within `km` of the unit's boundary, nearest first. Neighbours are at 0. */
export function unitsWithinKm(geo: GeoData, name: string, km: number): NearbyUnit[] {
  const table = distanceTable(geo);
  const row = table.units.indexOf(name);
  if (row < 0 || !(km >= 0)) return [];
  const result: NearbyUnit[] = [];
  table.km[row].forEach((distanceKm, j) => {
    if (j !== row && distanceKm <= km) result.push({ name: table.units[j], distanceKm });
  });
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
