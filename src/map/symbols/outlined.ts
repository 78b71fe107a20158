/** A dashed outline round the towns a view or slide is about (its subject). */
import { SOURCE } from './sources';
import { strokeTowns } from './townOutline';
import type { BaseSymbol } from './types';

export const OUTLINED_PAINT = { color: '#0f766e', width: 2.5, dash: [2, 1] as readonly [number, number] } as const;

const ORDER = 55;
const LAYER_ID = 'towns-focus-outline';

export const outlined = {
  kind: 'outlined',
  order: ORDER,
  layerId: LAYER_ID,
  // Its filter (the outlined towns) is set by the map adapter from the map state.
  mapLayer: () => ({ id: LAYER_ID, type: 'line', source: SOURCE.towns, filter: ['boolean', false], paint: { 'line-color': OUTLINED_PAINT.color, 'line-width': OUTLINED_PAINT.width, 'line-dasharray': [...OUTLINED_PAINT.dash] } }),
  drawCanvas: (ctx, scene) => strokeTowns(ctx, scene.townPaths, scene.outlined, OUTLINED_PAINT),
} satisfies BaseSymbol & { layerId: string };
