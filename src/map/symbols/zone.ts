/**
 * A zone (belt, district, platform…): its whole member towns as one filled polygon with an outline;
 * towns that belong to it only in part hatched apart with a dashed outline. Legend: one row for the
 * whole part ('zone'), one for the partial part ('hatch').
 */
import type { FilterSpecification } from 'maplibre-gl';
import { mapMessages } from '../../i18n/catalogue/map';
import { t } from '../../i18n/messages';
import { elementName } from '../../layouts/displayNames';
import { isSchematic } from '../../layouts/queries';
import type { LayoutElement } from '../../layouts/types';
import { OVERLAY_SOURCE } from './sources';
import { bodyOf, hex2, swatchBox, swatchSvg } from './swatch';
import type { OverlaySymbol, SymbolLayer, SymbolRow } from './types';

export type ZoneSymbol = { kind: 'zone'; color: string } | { kind: 'hatch'; color: string };

export const ZONE_PAINT = {
  fillOpacity: 0.32,
  lineWidth: 2.5,
  hatch: { opacity: 0.8, lineWidth: 2, dash: [2, 1.5] as readonly [number, number], imageSize: 10, strokeWidth: 2.2, swatchDash: '4 2.5' },
} as const;

export const hatchImageId = (color: string) => `hatch-${color.replace('#', '')}`;

/** Diagonal hatching for towns that belong only in part to a zone. */
export function hatchSvg(color: string, size: number = ZONE_PAINT.hatch.imageSize): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><path d="M-2 2 L2 -2 M0 ${size} L${size} 0 M${size - 2} ${size + 2} L${size + 2} ${size - 2}" stroke="${color}" stroke-width="${ZONE_PAINT.hatch.strokeWidth}"/></svg>`;
}

const hasPart = (element: LayoutElement, part: 'whole' | 'partial') => element.members.some((m) => m.coverage === part);
const partFilter = (id: string, part: 'whole' | 'partial') => ['all', ['==', ['get', 'id'], id], ['==', ['get', 'part'], part]] as ['all', ...unknown[]];

const ORDER = { fill: 20, hatch: 21, outline: 50 };

export const zone = {
  kind: 'zone',
  draws: 'zone',
  order: ORDER,
  legendKinds: ['zone', 'hatch'],
  images: (element) => (hasPart(element, 'partial') ? [{ id: hatchImageId(element.color), svg: hatchSvg(element.color), width: ZONE_PAINT.hatch.imageSize, height: ZONE_PAINT.hatch.imageSize }] : []),
  mapLayers(element) {
    const { id, color } = element;
    const { fillOpacity, lineWidth, hatch } = ZONE_PAINT;
    const layers: SymbolLayer[] = [
      { spec: { id: `${id}-fill`, type: 'fill', source: OVERLAY_SOURCE.zones, filter: partFilter(id, 'whole') as FilterSpecification, paint: { 'fill-color': color, 'fill-opacity': fillOpacity } }, order: ORDER.fill, opacity: [{ property: 'fill-opacity', value: fillOpacity }] },
    ];
    if (hasPart(element, 'partial')) {
      layers.push(
        { spec: { id: `${id}-hatch`, type: 'fill', source: OVERLAY_SOURCE.zones, filter: partFilter(id, 'partial') as FilterSpecification, paint: { 'fill-pattern': hatchImageId(color), 'fill-opacity': hatch.opacity } }, order: ORDER.hatch, opacity: [{ property: 'fill-opacity', value: hatch.opacity }] },
        { spec: { id: `${id}-partial-line`, type: 'line', source: OVERLAY_SOURCE.zones, filter: partFilter(id, 'partial') as FilterSpecification, paint: { 'line-color': color, 'line-width': hatch.lineWidth, 'line-dasharray': [...hatch.dash] } }, order: ORDER.outline, opacity: [{ property: 'line-opacity', value: 1 }] },
      );
    }
    layers.push({ spec: { id: `${id}-line`, type: 'line', source: OVERLAY_SOURCE.zones, filter: partFilter(id, 'whole') as FilterSpecification, paint: { 'line-color': color, 'line-width': lineWidth } }, order: ORDER.outline, opacity: [{ property: 'line-opacity', value: 1 }] });
    return layers;
  },
  legendRows(element) {
    const { id, color } = element;
    const name = elementName(element);
    const rows: SymbolRow<ZoneSymbol>[] = [];
    const schematic = isSchematic(element) ? t(mapMessages.schematic) : '';
    if (hasPart(element, 'whole')) rows.push({ key: `${id}-whole`, label: `${name}${schematic}`, symbol: { kind: 'zone', color } });
    if (hasPart(element, 'partial')) rows.push({ key: `${id}-partial`, label: t(mapMessages.partialHatch, { name }), symbol: { kind: 'hatch', color } });
    return rows;
  },
  swatchSvg(symbol, width, height) {
    const { fillOpacity, lineWidth, hatch } = ZONE_PAINT;
    if (symbol.kind === 'zone') return swatchSvg(width, height, swatchBox(`${symbol.color}${hex2(fillOpacity)}`, symbol.color, lineWidth));
    const pattern = `<defs><pattern id="h" width="10" height="10" patternUnits="userSpaceOnUse">${bodyOf(hatchSvg(symbol.color))}</pattern></defs>`;
    return swatchSvg(width, height, `${pattern}${swatchBox('#ffffff', symbol.color, hatch.lineWidth, hatch.swatchDash)}${swatchBox('url(#h)', symbol.color, hatch.lineWidth, hatch.swatchDash)}`);
  },
  layersOfRow: (elementId, symbol) => [symbol.kind === 'zone' ? `${elementId}-fill` : `${elementId}-hatch`],
} satisfies OverlaySymbol<ZoneSymbol>;
