/**
 * An industry base (产业基地): a circle sized by its planned area at the mean of its towns' label
 * points, its name below or above it, and a keep-out box over the circle so town labels move aside.
 * Legend: one row, with the planned area.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { mapMessages } from '../../i18n/catalogue/map';
import { currentLanguage } from '../../i18n/language';
import { t } from '../../i18n/messages';
import { elementName } from '../../layouts/displayNames';
import { inkOn } from '../contrast';
import { MAP_THEME as T } from '../theme';
import { KEEP_OUT, keepOutLayout } from './keepOut';
import { markerScale, textScale } from './scale';
import { OVERLAY_SOURCE } from './sources';
import { hex2, swatchSvg } from './swatch';
import type { OverlaySymbol, SymbolLayer } from './types';

export interface BaseCircleSymbol {
  kind: 'base';
  color: string;
}

export const BASE_PAINT = {
  fillOpacity: 0.55,
  strokeWidth: 2.5,
  /** A base's radius (px): min + perSqrtKm2 · √(planned km²), at most max; min without an area figure. */
  radius: { min: 10, perSqrtKm2: 4, max: 30 },
  /** Its name (px at label scale 1): the colour, darkened where needed to reach MIN_LABEL_CONTRAST on the halo. */
  label: { size: 14, haloColor: '#ffffff', haloWidth: 2 },
} as const;

/** Marker radius in px of a base, by planned area; a base with no area figure gets the smallest. */
export function baseRadiusPx(km2: number | undefined): number {
  const { min, perSqrtKm2, max } = BASE_PAINT.radius;
  return km2 ? Math.min(max, min + perSqrtKm2 * Math.sqrt(km2)) : min;
}

/** The colour a base's name is written in: its own colour, dark enough to read on its halo. */
export const baseLabelColor = (color: string): string => inkOn(color, BASE_PAINT.label.haloColor);

const ORDER = { circle: 105, label: 120 };

export const baseCircle = {
  kind: 'base',
  draws: 'base',
  order: ORDER,
  legendKinds: ['base'],
  images: () => [],
  mapLayers(element): SymbolLayer[] {
    const { id, color } = element;
    const radius = baseRadiusPx(element.figures?.plannedArea?.km2);
    const radiusAt = (s: number) => radius * markerScale(s);
    const textAt = (s: number) => BASE_PAINT.label.size * textScale(s);
    const filter = ['==', ['get', 'id'], id] as FilterSpecification;
    return [
      {
        spec: { id: `${id}-base`, type: 'circle', source: OVERLAY_SOURCE.bases, filter, paint: { 'circle-color': color, 'circle-opacity': BASE_PAINT.fillOpacity, 'circle-stroke-color': color, 'circle-stroke-width': BASE_PAINT.strokeWidth } },
        order: ORDER.circle,
        opacity: [{ property: 'circle-opacity', value: BASE_PAINT.fillOpacity }, { property: 'circle-stroke-opacity', value: 1 }],
        scaled: (s: number) => ({ paint: { 'circle-radius': radiusAt(s) } }),
      },
      // The circle's box: town labels move aside (their variable anchors) or give way.
      {
        spec: { id: `${id}-base-keep-out`, type: 'symbol', source: OVERLAY_SOURCE.bases, filter, layout: { ...keepOutLayout, 'icon-padding': 0 } },
        order: KEEP_OUT.order,
        opacity: [],
        scaled: (s: number) => ({ layout: { 'icon-size': (2 * radiusAt(s) + BASE_PAINT.strokeWidth) / KEEP_OUT.size } }),
      },
      // Placed before the town labels (higher draw order), on one line (no break inside a name), centred below or above the circle: a long name beside a circle near the edge of the free area would run under the legend or off screen.
      {
        spec: {
          id: `${id}-base-label`,
          type: 'symbol',
          source: OVERLAY_SOURCE.bases,
          filter,
          layout: { 'text-field': ['get', 'label'], 'text-font': [T.font], 'text-max-width': 40, 'text-variable-anchor': ['top', 'bottom'] },
          paint: { 'text-color': baseLabelColor(color), 'text-halo-color': BASE_PAINT.label.haloColor },
        },
        order: ORDER.label,
        opacity: [{ property: 'text-opacity', value: 1 }],
        scaled: (s: number) => ({ layout: { 'text-size': textAt(s), 'text-radial-offset': radiusAt(s) / textAt(s) + 0.3 }, paint: { 'text-halo-width': BASE_PAINT.label.haloWidth * textScale(s) } }),
      },
    ];
  },
  legendRows(element) {
    const name = elementName(element);
    const area = element.figures?.plannedArea;
    const areaText = area && (currentLanguage() === 'en' ? (area.textEn ?? `「${area.text}」`) : area.text);
    return [{ key: `${element.id}-base`, label: areaText ? t(mapMessages.baseArea, { name, area: areaText }) : name, symbol: { kind: 'base', color: element.color } }];
  },
  swatchSvg: (symbol, width, height) =>
    swatchSvg(width, height, `<circle cx="11" cy="11" r="8" fill="${symbol.color}${hex2(BASE_PAINT.fillOpacity)}" stroke="${symbol.color}" stroke-width="${BASE_PAINT.strokeWidth}"/>`),
  layersOfRow: (elementId) => [`${elementId}-base`, `${elementId}-base-label`],
} satisfies OverlaySymbol<BaseCircleSymbol>;
