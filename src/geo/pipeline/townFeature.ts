import type { PolygonCoords } from './rings';

/** One unit after checking: its known name and rings wound as RFC 7946 wants. */
export interface TownFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };
}

export function polygonsOf(feature: TownFeature): PolygonCoords[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

export function townFeature(name: string, polygons: PolygonCoords[]): TownFeature {
  return {
    type: 'Feature',
    properties: { name },
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  };
}
