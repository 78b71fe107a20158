import { area, featureCollection, polygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { TownFeature } from './townFeature';

/**
 * Parts and holes smaller than this are slivers left by the source's near-coincident borders
 * (gaps of a few metres between neighbours), not real parts of the city or holes in it.
 */
export const SLIVER_M2 = 20_000;

/**
 * The city's outline: the dissolve (union) of all units on the unsimplified geometry, with slivers
 * dropped. Drawn as the city border, so where source polygons overlap (虎门港 in 麻涌, 石龙 in 石碣,
 * 东城/莞城/南城, …) no interior line is drawn as the city border.
 */
export function cityOutline(features: readonly TownFeature[]): { outline: Feature<Polygon | MultiPolygon>; droppedSlivers: number } {
  const dissolved = union(featureCollection(features as never[]) as never) as Feature<Polygon | MultiPolygon> | null;
  if (!dissolved) throw new Error('the union of all units is empty');
  const parts: Position[][][] = dissolved.geometry.type === 'Polygon' ? [dissolved.geometry.coordinates] : dissolved.geometry.coordinates;
  let droppedSlivers = 0;
  const ringArea = (ring: Position[]) => area(polygon([ring]));
  const kept = parts
    .filter((part) => ringArea(part[0]) >= SLIVER_M2 || (droppedSlivers++, false))
    .map((part) => [part[0], ...part.slice(1).filter((hole) => ringArea(hole) >= SLIVER_M2 || (droppedSlivers++, false))]);
  const geometry: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
  return { outline: { type: 'Feature', properties: {}, geometry }, droppedSlivers };
}
