/**
 * The towns' fill: the plain town colour, a fill class (choropleth, comparison) set per town, and a
 * lighter colour under the pointer. Its legend rows are the fill's classes (a plain colour swatch;
 * `unset` = the dashed "no value" swatch).
 */
import { MAP_THEME as T } from '../theme';
import { SOURCE, featureState } from './sources';
import { swatchBox, swatchSvg } from './swatch';
import type { BaseSymbol } from './types';

export interface SwatchSymbol {
  kind: 'swatch';
  color: string;
  unset?: boolean;
}

export const TOWN_FILL_PAINT = { hoverOpacity: 0.85, swatchLine: '#94a3b8', unsetLine: '#64748b', swatchLineWidth: 1.2, unsetDash: '3 2' } as const;

const ORDER = 10;
const LAYER_ID = 'towns-fill';

export const townFill = {
  kind: 'townFill',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({
    id: LAYER_ID,
    type: 'fill',
    source: SOURCE.towns,
    paint: {
      // Selection is the outline (selection.ts) only, so it never mixes with a fill into a colour no legend names.
      'fill-color': ['case', featureState('hover'), ['coalesce', ['feature-state', 'fill'], T.townFillHover], ['coalesce', ['feature-state', 'fill'], T.townFill]],
      'fill-opacity': ['case', featureState('hover'), TOWN_FILL_PAINT.hoverOpacity, 1],
    },
  }),
  drawCanvas(ctx, scene) {
    const fill = scene.fill ?? {};
    for (const [name, path] of scene.townPaths) {
      const hovered = scene.hovered === name;
      ctx.globalAlpha = hovered ? TOWN_FILL_PAINT.hoverOpacity : 1;
      ctx.fillStyle = fill[name] ?? (hovered ? T.townFillHover : T.townFill);
      ctx.fill(path, 'evenodd');
    }
    ctx.globalAlpha = 1;
  },
  swatchSvg: (symbol: SwatchSymbol, width: number, height: number) =>
    swatchSvg(width, height, swatchBox(symbol.color, symbol.unset ? TOWN_FILL_PAINT.unsetLine : TOWN_FILL_PAINT.swatchLine, TOWN_FILL_PAINT.swatchLineWidth, symbol.unset ? TOWN_FILL_PAINT.unsetDash : '')),
  layersOfRow: () => [LAYER_ID],
} satisfies BaseSymbol & { layerId: string; swatchSvg: unknown; layersOfRow: unknown };
