import { area } from '@turf/turf';
import { feature, quantize } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { SQ_M_PER_KM2 } from './measure';

const EARTH_RADIUS_M = 6371008.8;
const QUANTIZATION = 1e5;
export const MAX_AREA_ERROR_SHARE = 0.005;

export interface SimplifyResult {
  topology: Topology;
  toleranceM: number;
  verticesBefore: number;
  verticesAfter: number;
  /** The largest |simplified − full| / full area over the units. */
  maxAreaErrorShare: number;
  worstUnit: string;
}

/** The topology with vertices of Visvalingam effective area under tolerance² m² removed (not quantized). */
export function simplifyTopology(topo: Topology, toleranceM: number): Topology {
  const weighted = presimplify(structuredClone(topo) as unknown as Topology<Objects<object>>, sphericalTriangleArea);
  return simplify(weighted, (toleranceM / EARTH_RADIUS_M) ** 2) as Topology;
}

export const countVertices = (topo: Topology) => topo.arcs.reduce((n, arc) => n + arc.length, 0);

/**
 * Simplifies on the topology (so neighbours keep one shared border) to a tolerance in metres:
 * Visvalingam's effective area of a vertex must reach tolerance² m² for it to stay. If any unit's
 * area then changes by 0.5% or more, the tolerance is halved and the step repeated.
 */
export function simplifyToTolerance(
  served: Topology,
  townsObject: string,
  fullAreaKm2: ReadonlyMap<string, number>,
  toleranceM: number,
): SimplifyResult {
  const verticesBefore = countVertices(served);
  const weighted = presimplify(served as unknown as Topology<Objects<object>>, sphericalTriangleArea);
  let tolerance = toleranceM;
  for (;;) {
    const minWeight = (tolerance / EARTH_RADIUS_M) ** 2;
    const simplified = quantize(simplify(weighted, minWeight), QUANTIZATION) as Topology;
    const towns = feature(simplified, simplified.objects[townsObject] as GeometryCollection<{ name: string }>);
    let worst = 0;
    let worstUnit = '';
    for (const f of towns.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
      const full = fullAreaKm2.get(f.properties.name)!;
      const share = Math.abs(area(f) / SQ_M_PER_KM2 - full) / full;
      if (share > worst) [worst, worstUnit] = [share, f.properties.name];
    }
    if (worst < MAX_AREA_ERROR_SHARE || tolerance < 0.5) {
      return { topology: simplified, toleranceM: tolerance, verticesBefore, verticesAfter: countVertices(simplified), maxAreaErrorShare: worst, worstUnit };
    }
    tolerance /= 2;
  }
}
