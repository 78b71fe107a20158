/** The selected towns' outline, and its legend row. */
import { MAP_THEME as T } from '../theme';
import { SOURCE, featureState } from './sources';
import { swatchBox, swatchSvg } from './swatch';
import { strokeTowns } from './townOutline';
import type { BaseSymbol } from './types';

export interface SelectionSymbol {
  kind: 'selection';
}

export const SELECTION_PAINT = { color: T.selectedLine, width: 3 } as const;

const ORDER = 60;
const LAYER_ID = 'towns-selected-line';

export const selection = {
  kind: 'selection',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({ id: LAYER_ID, type: 'line', source: SOURCE.towns, paint: { 'line-color': SELECTION_PAINT.color, 'line-width': SELECTION_PAINT.width, 'line-opacity': ['case', featureState('selected'), 1, 0] } }),
  drawCanvas: (ctx, scene) => strokeTowns(ctx, scene.townPaths, scene.selected, SELECTION_PAINT),
  swatchSvg: (_symbol: SelectionSymbol, width: number, height: number) => swatchSvg(width, height, swatchBox(T.townFill, SELECTION_PAINT.color, SELECTION_PAINT.width)),
  layersOfRow: () => [LAYER_ID],
} satisfies BaseSymbol & { layerId: string; swatchSvg: unknown; layersOfRow: unknown };
