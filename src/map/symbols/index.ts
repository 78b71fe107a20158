/**
 * The symbol table, by kind. Each kind of symbol the map draws is one module here that holds every
 * value of that symbol (colours, widths, dashes, opacities, sizes) and returns, from them:
 *   - its MapLibre layers (`mapLayer()` for a base kind, `mapLayers(element)` for an overlay kind),
 *   - its Canvas2D drawing (`drawCanvas(ctx, scene)` for a base kind; an overlay kind's layers are
 *     drawn by the Canvas2D renderer from the same layer specs, canvas/drawScene.ts),
 *   - its legend rows and swatches (`legendRows(element)`, `swatchSvg(symbol)`; the fill classes'
 *     swatch is townFill's, the selection row selection's),
 *   - its draw order (`order`).
 * The base style (baseStyle.ts), the overlay renderer (layers/layoutLayers.ts), the Canvas2D renderer
 * (canvas/drawScene.ts: the canvas map, print, exports, thumbnails), the first frame
 * (firstFrame/drawFirstFrame.ts) and the legend (legend.ts; on screen panels/layers/LegendSymbol.tsx,
 * exported export/compose.ts) read them and write no value of their own. symbols.test.ts checks, for
 * each kind, that the MapLibre layer and the Canvas2D drawing use the same values.
 *
 * To add a kind: a module here (values, layers, drawing, legend, order), listed below in
 * BASE_SYMBOLS or OVERLAY_SYMBOLS, and, for a new legend symbol, its variant in LegendSymbol. An
 * overlay kind also needs its features in layers/layoutLayers.ts (where on the map it sits).
 *
 * Draw order, bottom to top (a kind with several layers has several places):
 *     0 background            base       background.ts
 *    10 town fill             base       townFill.ts       (legend: fill classes, 'swatch')
 *    20 zone fill             overlay    zone.ts           (legend: 'zone')
 *    21 partial-zone hatch    overlay    zone.ts           (legend: 'hatch')
 *    30 town border           base       townBorder.ts
 *    40 dim outside a focus   base       dimOutside.ts
 *    50 zone outlines         overlay    zone.ts
 *    51 cluster towns outline overlay    cluster.ts
 *    55 outlined subject      base       outlined.ts
 *    60 selection             base       selection.ts      (legend: 'selection')
 *    70 city border           base       cityBorder.ts
 *    80 corridor axis         overlay    axis.ts           (legend: 'axis')
 *   100 town labels           base       townLabel.ts
 *   105 base circle           overlay    base.ts           (legend: 'base')
 *   110 cluster role markers  overlay    cluster.ts        (legend: 'role')
 *   115 keep-out boxes        overlay    keepOut.ts        (used by axis.ts and base.ts)
 *   120 base labels           overlay    base.ts
 * Symbol layers higher up are also placed first when labels collide, so cluster markers and base
 * labels win over town labels: nothing in the legend is hidden. Base circles are drawn above the
 * town labels, and the keep-out boxes (placed before the town labels, after the base labels) make
 * town labels move aside or give way. A base's label may cross another base's circle (it has a
 * halo), never its own.
 *
 * Where each kind was written before this folder (issue 20's inventory):
 *   - draw order: symbolTable.ts DRAW_ORDER, and again per layer in baseStyle.ts (BASE_LAYER_ORDER),
 *     layoutLayers.ts and drawScene.ts;
 *   - paint: symbolTable.ts SYMBOL_PAINT for overlays, selection, outline, city border and dimming;
 *     the town fill, border and labels in theme.ts + baseStyle.ts, with the border width (0.9, hover 2)
 *     and the hover opacity (0.85) written again in drawScene.ts and firstFrame/drawFirstFrame.ts;
 *     the axis casing opacity (0.9) and keep-out sizes in layoutLayers.ts; the marker outline widths
 *     and hatch stroke in layers/symbols.ts; the fill-class swatch colours in symbolTable.ts;
 *   - MapLibre layers: baseStyle.ts (base) and layoutLayers.ts (overlays, one switch over kinds);
 *   - Canvas2D: drawScene.ts and firstFrame/drawFirstFrame.ts, each with its own base map drawing;
 *   - legend rows: legend.ts legendRows (a switch over kinds) and mapLayersOfRow (a second switch);
 *     swatches: symbolTable.ts legendSwatchSvg (a third switch); sizes: symbolTable.ts SYMBOL_SIZE.
 */
import type { LayoutElement } from '../../layouts/types';
import { axis, type AxisSymbol } from './axis';
import { background } from './background';
import { baseCircle, type BaseCircleSymbol } from './base';
import { cityBorder } from './cityBorder';
import { cluster, type RoleSymbol } from './cluster';
import { dimOutside } from './dimOutside';
import { KEEP_OUT } from './keepOut';
import { outlined } from './outlined';
import { selection, type SelectionSymbol } from './selection';
import { SWATCH_SIZE } from './swatch';
import { townBorder } from './townBorder';
import { townFill, type SwatchSymbol } from './townFill';
import { townLabel } from './townLabel';
import type { SymbolRow } from './types';
import { zone, type ZoneSymbol } from './zone';

export type { BaseScene, BaseSymbol, OverlaySymbol, SymbolLayer } from './types';
export { SWATCH_SIZE } from './swatch';

import { BASE_SYMBOLS } from './baseSymbols';

export { BASE_SYMBOLS };

/** The overlay kinds, in the order of their first layer; an element's legend rows follow this order. */
export const OVERLAY_SYMBOLS = [zone, cluster, axis, baseCircle] as const;

/** Every place in the draw order, by name (bottom to top). */
export const DRAW_ORDER = {
  background: background.order,
  townFill: townFill.order,
  zoneFill: zone.order.fill,
  partialHatch: zone.order.hatch,
  townBorder: townBorder.order,
  dimOutside: dimOutside.order,
  zoneOutline: zone.order.outline,
  clusterTowns: cluster.order.towns,
  outlined: outlined.order,
  selection: selection.order,
  cityBorder: cityBorder.order,
  corridorAxis: axis.order.line,
  townLabel: townLabel.order,
  baseCircle: baseCircle.order.circle,
  clusterMarker: cluster.order.markers,
  keepOut: KEEP_OUT.order,
  baseLabel: baseCircle.order.label,
} as const;
export type DrawOrderKey = keyof typeof DRAW_ORDER;

/** The base layer an overlay layer with this draw order goes beneath (undefined: on top of everything). */
export function baseLayerAbove(order: number): string | undefined {
  return BASE_SYMBOLS.find((kind) => kind.order > order)?.layerId;
}

/** What a legend row shows; each variant belongs to one kind. */
export type LegendSymbol = ZoneSymbol | RoleSymbol | AxisSymbol | BaseCircleSymbol | SwatchSymbol | SelectionSymbol;

type KindOf<S extends LegendSymbol> = { swatchSvg(symbol: S, width: number, height: number): string; layersOfRow(elementId: string, symbol: S): string[] };
const KIND_OF_SYMBOL: { [K in LegendSymbol['kind']]: KindOf<Extract<LegendSymbol, { kind: K }>> } = {
  zone,
  hatch: zone,
  role: cluster,
  axis,
  base: baseCircle,
  swatch: townFill,
  selection,
};
const kindOf = <S extends LegendSymbol>(symbol: S) => KIND_OF_SYMBOL[symbol.kind] as unknown as KindOf<S>;

/**
 * A legend swatch as SVG markup, `width` × `height` px: the same drawing on screen (as a background
 * image) and in an exported legend (drawn onto the canvas).
 */
export function legendSwatchSvg(symbol: LegendSymbol, width: number = SWATCH_SIZE.width, height: number = SWATCH_SIZE.height): string {
  return kindOf(symbol).swatchSvg(symbol, width, height);
}

/** The map layers that draw a legend row's symbol (and, for a base, its name label). */
export function layersOfLegendSymbol(symbol: LegendSymbol, elementId: string | undefined): string[] {
  return kindOf(symbol).layersOfRow(elementId ?? '', symbol);
}

/** An element's legend rows: those of each kind that draws it, in OVERLAY_SYMBOLS order. */
export function elementSymbolRows(element: LayoutElement): SymbolRow<LegendSymbol>[] {
  return OVERLAY_SYMBOLS.filter((kind) => kind.draws === element.draw).flatMap((kind) => (kind.legendRows as (e: LayoutElement) => SymbolRow<LegendSymbol>[])(element));
}
