/**
 * The base style: the towns, their labels and the city outline as sources, and the base map's
 * symbol kinds (src/map/symbols/) as layers in draw order. No base map, no tiles.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoData } from '../geo/geoData';
import { displayShortTownName } from '../towns/townNames';
import { BASE_SYMBOLS } from './symbols';
import { background } from './symbols/background';
import { cityBorder } from './symbols/cityBorder';
import { dimOutside } from './symbols/dimOutside';
import { outlined } from './symbols/outlined';
import { selection } from './symbols/selection';
import { SOURCE, wholeCityGeoJson } from './symbols/sources';
import { townBorder } from './symbols/townBorder';
import { townFill } from './symbols/townFill';
import { townLabel } from './symbols/townLabel';

export { SOURCE } from './symbols/sources';

/** The base style's layer ids, named for the map adapter (each is its kind's). */
export const LAYER = {
  background: background.layerId,
  townFill: townFill.layerId,
  townLine: townBorder.layerId,
  focusDim: dimOutside.layerId,
  focusOutline: outlined.layerId,
  selectedLine: selection.layerId,
  cityLine: cityBorder.layerId,
  labels: townLabel.layerId,
} as const;

export function labelPoints(geo: GeoData): FeatureCollection<Point, { name: string; label: string }> {
  return {
    type: 'FeatureCollection',
    features: geo.meta.towns.map((t) => ({
      type: 'Feature',
      properties: { name: t.name, label: displayShortTownName(t.name) },
      geometry: { type: 'Point', coordinates: t.label },
    })),
  };
}

export function baseStyle(geo: GeoData): StyleSpecification {
  return {
    version: 8,
    // No "glyphs": MapLibre draws every label locally with the system font named in text-font.
    sources: {
      [SOURCE.towns]: wholeCityGeoJson(geo.towns, { promoteId: 'name' }),
      [SOURCE.labels]: wholeCityGeoJson(labelPoints(geo), { promoteId: 'name' }),
      [SOURCE.city]: wholeCityGeoJson(geo.city),
    },
    layers: BASE_SYMBOLS.map((kind) => kind.mapLayer()),
  };
}
