/** The borders between towns: thin, wider under the pointer. */
import { MAP_THEME as T } from '../theme';
import { SOURCE, featureState } from './sources';
import type { BaseSymbol } from './types';

export const TOWN_BORDER_PAINT = { color: T.townLine, width: 0.9, hoverWidth: 2 } as const;

const ORDER = 30;
const LAYER_ID = 'towns-line';

export const townBorder = {
  kind: 'townBorder',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({
    id: LAYER_ID,
    type: 'line',
    source: SOURCE.towns,
    paint: { 'line-color': TOWN_BORDER_PAINT.color, 'line-width': ['case', featureState('hover'), TOWN_BORDER_PAINT.hoverWidth, TOWN_BORDER_PAINT.width] },
  }),
  drawCanvas(ctx, scene) {
    ctx.strokeStyle = TOWN_BORDER_PAINT.color;
    for (const [name, path] of scene.townPaths) {
      ctx.lineWidth = scene.hovered === name ? TOWN_BORDER_PAINT.hoverWidth : TOWN_BORDER_PAINT.width;
      ctx.stroke(path);
    }
  },
} satisfies BaseSymbol & { layerId: string };
