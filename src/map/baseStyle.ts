import type { ExpressionSpecification, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoData } from '../geo/geoData';
import { displayShortTownName } from '../towns/townNames';
import { DRAW_ORDER, SYMBOL_PAINT as P } from './symbolTable';
import { MAP_THEME as T } from './theme';

export const SOURCE = { towns: 'towns', labels: 'town-labels', city: 'city-outline' } as const;

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
export const LAYER = {
  background: 'background',
  townFill: 'towns-fill',
  townLine: 'towns-line',
  focusDim: 'towns-focus-dim',
  focusOutline: 'towns-focus-outline',
  selectedLine: 'towns-selected-line',
  cityLine: 'city-outline',
  labels: 'town-labels',
} as const;

/** The base style's layers in draw order (bottom to top), each with its place in DRAW_ORDER. */
const BASE_LAYER_ORDER: [string, number][] = [
  [LAYER.background, DRAW_ORDER.background],
  [LAYER.townFill, DRAW_ORDER.townFill],
  [LAYER.townLine, DRAW_ORDER.townBorder],
  [LAYER.focusDim, DRAW_ORDER.dimOutside],
  [LAYER.focusOutline, DRAW_ORDER.outlined],
  [LAYER.selectedLine, DRAW_ORDER.selection],
  [LAYER.cityLine, DRAW_ORDER.cityBorder],
  [LAYER.labels, DRAW_ORDER.townLabel],
];

/** The base layer an overlay layer with this draw order goes beneath (undefined: on top of everything). */
export function baseLayerAbove(order: number): string | undefined {
  return BASE_LAYER_ORDER.find(([, o]) => o > order)?.[0];
}

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

/** Town label size (px) by zoom, interpolated linearly; also drawn by the first frame (firstFrame/placeLabels.ts). */
export const LABEL_SIZE_STOPS: readonly (readonly [zoom: number, px: number])[] = [
  [8, 11],
  [10, 13],
  [12, 16],
];

/**
 * Where a town label may go round its point, in order (MapLibre's variable anchors), also followed by
 * the first frame (firstFrame/placeLabels.ts). Off its point when a base circle or a corridor axis
 * sits there (keep-out boxes): the corners let it clear a line through the point.
 */
export const TOWN_LABEL_PLACEMENT = {
  anchors: ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
  radialOffsetEm: 0.5,
  paddingPx: 1,
} as const;

/** How town labels are painted, read by the base style and the first frame (so the hand-over does not jump). */
export const TOWN_LABEL_PAINT = {
  // A wide halo keeps labels readable over any fill, also the darkest choropleth class.
  haloWidthPx: 2.2,
  haloBlurPx: 0.4,
  dimmedOpacity: 0.75,
} as const;

/** Town label size by zoom; presenter mode scales it up for a room. */
export function labelTextSize(scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...LABEL_SIZE_STOPS.flatMap(([zoom, px]) => [zoom, px * scale])] as ExpressionSpecification;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function baseStyle(geo: GeoData): StyleSpecification {
  return {
    version: 8,
    // No "glyphs": MapLibre draws every label locally with the system font named in text-font.
    sources: {
      [SOURCE.towns]: wholeCityGeoJson(geo.towns, { promoteId: 'name' }),
      [SOURCE.labels]: wholeCityGeoJson(labelPoints(geo), { promoteId: 'name' }),
      [SOURCE.city]: wholeCityGeoJson(geo.city),
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': T.background } },
      {
        id: LAYER.townFill,
        type: 'fill',
        source: SOURCE.towns,
        paint: {
          // Selection is the outline (LAYER.selectedLine) only, so it never mixes with a fill into a colour no legend names.
          'fill-color': ['case', state('hover'), ['coalesce', ['feature-state', 'fill'], T.townFillHover], ['coalesce', ['feature-state', 'fill'], T.townFill]],
          'fill-opacity': ['case', state('hover'), 0.85, 1],
        },
      },
      {
        id: LAYER.townLine,
        type: 'line',
        source: SOURCE.towns,
        paint: { 'line-color': T.townLine, 'line-width': ['case', state('hover'), 2, 0.9] },
      },
      {
        id: LAYER.focusDim,
        type: 'fill',
        source: SOURCE.towns,
        filter: ['boolean', false],
        paint: { 'fill-color': P.dimOutside.color, 'fill-opacity': P.dimOutside.opacity },
      },
      {
        id: LAYER.focusOutline,
        type: 'line',
        source: SOURCE.towns,
        filter: ['boolean', false],
        paint: { 'line-color': P.outlined.color, 'line-width': P.outlined.width, 'line-dasharray': [...P.outlined.dash] },
      },
      {
        id: LAYER.selectedLine,
        type: 'line',
        source: SOURCE.towns,
        paint: { 'line-color': P.selection.color, 'line-width': P.selection.width, 'line-opacity': ['case', state('selected'), 1, 0] },
      },
      {
        id: LAYER.cityLine,
        type: 'line',
        source: SOURCE.city,
        paint: { 'line-color': P.cityBorder.color, 'line-width': P.cityBorder.width },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [T.font],
          'text-size': labelTextSize(1),
          'text-variable-anchor': [...TOWN_LABEL_PLACEMENT.anchors],
          'text-radial-offset': TOWN_LABEL_PLACEMENT.radialOffsetEm,
          'text-padding': TOWN_LABEL_PLACEMENT.paddingPx,
        },
        paint: {
          'text-color': T.label,
          'text-halo-color': T.labelHalo,
          'text-halo-width': TOWN_LABEL_PAINT.haloWidthPx,
          'text-halo-blur': TOWN_LABEL_PAINT.haloBlurPx,
          'text-opacity': ['case', state('dimmed'), TOWN_LABEL_PAINT.dimmedOpacity, 1],
        },
      },
    ],
  };
}
