import { TOWN_NAMES } from '../src/towns/townFacts';

export type Position = number[];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface TownFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}

export interface ValidationResult {
  features: TownFeature[];
  errors: string[];
  warnings: string[];
  ringsRewound: number;
}

/** Dongguan lies within about 113.5–114.3 °E, 22.6–23.2 °N; a little slack for the coast. */
export const DONGGUAN_RANGE = { minLon: 113.3, maxLon: 114.5, minLat: 22.4, maxLat: 23.4 };
export const EXPECTED_UNITS = 35;

/** Shoelace signed area in degrees²; positive = counter-clockwise. */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

export function polygonsOf(feature: TownFeature): PolygonCoords[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/**
 * Checks the boundary file and returns its features with rings wound as RFC 7946 wants
 * (exterior counter-clockwise, holes clockwise). The source is wound the other way round
 * throughout, which older GeoJSON allowed; that is a note, not an error.
 */
export function validateTowns(input: unknown): ValidationResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  let ringsRewound = 0;
  const collection = input as { type?: unknown; features?: unknown };
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { features: [], errors: ['not a GeoJSON FeatureCollection (missing "type": "FeatureCollection" or "features")'], warnings, ringsRewound };
  }
  const raw = collection.features as unknown[];
  if (raw.length !== EXPECTED_UNITS) errors.push(`expected ${EXPECTED_UNITS} features, found ${raw.length}`);

  const seen = new Set<string>();
  const features: TownFeature[] = [];
  raw.forEach((item, index) => {
    const f = item as { properties?: { name?: unknown }; geometry?: { type?: unknown; coordinates?: unknown } };
    const label = `feature ${index}`;
    const name = f?.properties?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      errors.push(`${label}: no "name" property`);
      return;
    }
    const where = `${label} (${name})`;
    if (seen.has(name)) errors.push(`${where}: duplicate name`);
    seen.add(name);
    if (!TOWN_NAMES.includes(name)) errors.push(`${where}: not one of the 35 known unit names`);
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      errors.push(`${where}: geometry must be Polygon or MultiPolygon, found ${String(type)}`);
      return;
    }
    const polygons = (type === 'Polygon' ? [f.geometry!.coordinates] : f.geometry!.coordinates) as PolygonCoords[];
    if (!Array.isArray(polygons) || polygons.length === 0) {
      errors.push(`${where}: empty geometry`);
      return;
    }
    const fixed: PolygonCoords[] = [];
    polygons.forEach((polygon, p) => {
      const rings: Ring[] = [];
      (polygon ?? []).forEach((ring, r) => {
        const at = `${where} polygon ${p} ring ${r}`;
        if (!Array.isArray(ring) || ring.length < 4) {
          errors.push(`${at}: a ring needs at least 4 positions`);
          return;
        }
        const bad = ring.find(
          (pt) =>
            !Array.isArray(pt) ||
            !Number.isFinite(pt[0]) ||
            !Number.isFinite(pt[1]) ||
            pt[0] < DONGGUAN_RANGE.minLon ||
            pt[0] > DONGGUAN_RANGE.maxLon ||
            pt[1] < DONGGUAN_RANGE.minLat ||
            pt[1] > DONGGUAN_RANGE.maxLat,
        );
        if (bad) {
          errors.push(`${at}: position ${JSON.stringify(bad)} is outside Dongguan's longitude/latitude range (is the file in WGS-84 degrees?)`);
          return;
        }
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (first[0] !== last[0] || first[1] !== last[1]) {
          errors.push(`${at}: ring is not closed (first and last positions differ)`);
          return;
        }
        const area = signedRingArea(ring);
        if (area === 0) {
          errors.push(`${at}: ring has zero area`);
          return;
        }
        const wantCounterClockwise = r === 0;
        if (area > 0 !== wantCounterClockwise) {
          ringsRewound++;
          rings.push([...ring].reverse());
        } else {
          rings.push(ring);
        }
      });
      if (rings.length > 0) fixed.push(rings);
    });
    features.push({
      type: 'Feature',
      properties: { name },
      geometry: fixed.length === 1 ? { type: 'Polygon', coordinates: fixed[0] } : { type: 'MultiPolygon', coordinates: fixed },
    });
  });
  for (const expected of TOWN_NAMES) {
    if (!seen.has(expected)) errors.push(`missing unit: ${expected}`);
  }
  if (ringsRewound > 0) warnings.push(`${ringsRewound} rings were wound against RFC 7946 and have been rewound`);
  return { features, errors, warnings, ringsRewound };
}
