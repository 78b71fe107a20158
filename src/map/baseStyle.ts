import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoData } from '../geo/geoData';
import { townFact } from '../towns/townFacts';
import { MAP_THEME as T } from './theme';

export const SOURCE = { towns: 'towns', labels: 'town-labels', city: 'city-outline' } as const;
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

/** Layout overlays go between the town fill and the town borders, so borders stay readable. */
export const OVERLAY_BEFORE_LAYER = LAYER.townLine;
/** Markers go above the borders but below the labels. */
export const MARKER_BEFORE_LAYER = LAYER.labels;

export function labelPoints(geo: GeoData): FeatureCollection<Point, { name: string; label: string }> {
  return {
    type: 'FeatureCollection',
    features: geo.meta.towns.map((t) => ({
      type: 'Feature',
      properties: { name: t.name, label: townFact(t.name)?.shortName ?? t.name },
      geometry: { type: 'Point', coordinates: t.label },
    })),
  };
}

/** Town label size by zoom; presenter mode scales it up for a room. */
export function labelTextSize(scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 8, 11 * scale, 10, 13 * scale, 12, 16 * scale];
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function baseStyle(geo: GeoData): StyleSpecification {
  return {
    version: 8,
    // No "glyphs": MapLibre draws every label locally with the system font named in text-font.
    sources: {
      [SOURCE.towns]: { type: 'geojson', data: geo.towns, promoteId: 'name' },
      [SOURCE.labels]: { type: 'geojson', data: labelPoints(geo), promoteId: 'name' },
      [SOURCE.city]: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: geo.cityOutline } },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': T.background } },
      {
        id: LAYER.townFill,
        type: 'fill',
        source: SOURCE.towns,
        paint: {
          'fill-color': [
            'case',
            state('selected'),
            ['coalesce', ['feature-state', 'fill'], T.townFillSelected],
            state('hover'),
            ['coalesce', ['feature-state', 'fill'], T.townFillHover],
            ['coalesce', ['feature-state', 'fill'], T.townFill],
          ],
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
        paint: { 'fill-color': T.dimOutside, 'fill-opacity': 0.45 },
      },
      {
        id: LAYER.focusOutline,
        type: 'line',
        source: SOURCE.towns,
        filter: ['boolean', false],
        paint: { 'line-color': '#0f766e', 'line-width': 2.5, 'line-dasharray': [2, 1] },
      },
      {
        id: LAYER.selectedLine,
        type: 'line',
        source: SOURCE.towns,
        paint: { 'line-color': T.selectedLine, 'line-width': 3, 'line-opacity': ['case', state('selected'), 1, 0] },
      },
      {
        id: LAYER.cityLine,
        type: 'line',
        source: SOURCE.city,
        paint: { 'line-color': T.cityLine, 'line-width': 2.6 },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [T.font],
          'text-size': labelTextSize(1),
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.4,
          'text-padding': 1,
        },
        paint: {
          'text-color': T.label,
          'text-halo-color': T.labelHalo,
          'text-halo-width': 1.6,
          'text-opacity': ['case', state('dimmed'), 0.45, 1],
        },
      },
    ],
  };
}
