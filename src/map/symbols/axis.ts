/**
 * A corridor axis (走廊/轴线): a dashed line in its colour on a white casing through its towns' label
 * points, with keep-out boxes along it so town labels never sit on it. Legend: one row.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { mapMessages } from '../../i18n/catalogue/map';
import { t } from '../../i18n/messages';
import { elementName } from '../../layouts/displayNames';
import { KEEP_OUT, keepOutLayout } from './keepOut';
import { OVERLAY_SOURCE } from './sources';
import { swatchSvg } from './swatch';
import type { OverlaySymbol, SymbolLayer } from './types';

export interface AxisSymbol {
  kind: 'axis';
  color: string;
}

export const AXIS_PAINT = {
  width: 5,
  casingWidth: 9,
  casingColor: '#ffffff',
  casingOpacity: 0.9,
  /** In line widths, as MapLibre reads line-dasharray. */
  dash: [2.5, 1.2] as readonly [number, number],
  /** Keep-out boxes along the axis: this wide (px, the casing and a margin), every few px. */
  keepOut: { width: 10, spacing: 4 },
} as const;

const ORDER = { line: 80 };

export const axis = {
  kind: 'axis',
  draws: 'axis',
  order: ORDER,
  legendKinds: ['axis'],
  images: () => [],
  mapLayers(element): SymbolLayer[] {
    const { id, color } = element;
    const filter = ['==', ['get', 'id'], id] as FilterSpecification;
    const line = { 'line-cap': 'round', 'line-join': 'round' } as const;
    return [
      { spec: { id: `${id}-axis-casing`, type: 'line', source: OVERLAY_SOURCE.axes, filter, layout: line, paint: { 'line-color': AXIS_PAINT.casingColor, 'line-width': AXIS_PAINT.casingWidth } }, order: ORDER.line, opacity: [{ property: 'line-opacity', value: AXIS_PAINT.casingOpacity }] },
      { spec: { id: `${id}-axis`, type: 'line', source: OVERLAY_SOURCE.axes, filter, layout: line, paint: { 'line-color': color, 'line-width': AXIS_PAINT.width, 'line-dasharray': [...AXIS_PAINT.dash] } }, order: ORDER.line, opacity: [{ property: 'line-opacity', value: 1 }] },
      // Labels avoid the axis (it is drawn beneath them and links towns whose labels sit on it).
      {
        spec: { id: `${id}-axis-keep-out`, type: 'symbol', source: OVERLAY_SOURCE.axes, filter, layout: { ...keepOutLayout, 'symbol-placement': 'line', 'symbol-spacing': AXIS_PAINT.keepOut.spacing, 'icon-size': AXIS_PAINT.keepOut.width / KEEP_OUT.size, 'icon-padding': 0 } },
        order: KEEP_OUT.order,
        opacity: [],
      },
    ];
  },
  legendRows: (element) => [{ key: `${element.id}-axis`, label: t(mapMessages.axis, { name: elementName(element) }), symbol: { kind: 'axis', color: element.color } }],
  swatchSvg(symbol, width, height) {
    const line = (color: string, w: number, dash = '') =>
      `<line x1="3" y1="11" x2="19" y2="11" stroke="${color}" stroke-width="${w}" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    const [on, off] = AXIS_PAINT.dash;
    const w = AXIS_PAINT.width;
    // SVG's round caps add half a width at each end of a dash: the dash is a width shorter, the gap a width longer.
    return swatchSvg(width, height, line(AXIS_PAINT.casingColor, AXIS_PAINT.casingWidth) + line(symbol.color, w, `${on * w - w} ${off * w + w}`));
  },
  layersOfRow: (elementId) => [`${elementId}-axis`],
} satisfies OverlaySymbol<AxisSymbol>;
