/** The background behind the city (no base map, no tiles). */
import { MAP_THEME as T } from '../theme';
import type { BaseSymbol } from './types';

const ORDER = 0;
const LAYER_ID = 'background';

export const background = {
  kind: 'background',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({ id: LAYER_ID, type: 'background', paint: { 'background-color': T.background } }),
  drawCanvas(ctx, scene) {
    ctx.fillStyle = T.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  },
} satisfies BaseSymbol & { layerId: string };
