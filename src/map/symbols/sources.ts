/** The GeoJSON sources symbols draw from: the base style's (geo build) and the overlays' (layout elements). */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';

export const SOURCE = { towns: 'towns', labels: 'town-labels', city: 'city-outline' } as const;

export const OVERLAY_SOURCE = { zones: 'layout-zones', towns: SOURCE.towns, nodes: 'layout-nodes', axes: 'layout-axes', bases: 'layout-bases' } as const;

/**
 * Every GeoJSON source is tiled at zoom 7 only, where the whole city (113.5–114.3°E, 22.6–23.2°N) is
 * one tile: MapLibre's worker cuts one tile per source instead of two to six, and deeper zooms
 * overscale it. Tile coordinates at zoom 7 are about 35 m apart, under the geo build's 80 m
 * simplification, and neighbours share vertices so they round alike. tolerance 0: the geometry is
 * already simplified with its topology kept; simplifying each ring again could open slivers.
 */
export function wholeCityGeoJson(data: GeoJSONSourceSpecification['data'], options: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification {
  return { type: 'geojson', data, maxzoom: 7, tolerance: 0, ...options };
}

/** A feature-state flag as a MapLibre expression (hover, selected, dimmed). */
export const featureState = (key: string) => ['boolean', ['feature-state', key], false] as ['boolean', ['feature-state', string], false];
