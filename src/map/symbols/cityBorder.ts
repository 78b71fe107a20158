/** The city's outer border. */
import { MAP_THEME as T } from '../theme';
import { SOURCE } from './sources';
import type { BaseSymbol } from './types';

export const CITY_BORDER_PAINT = { color: T.cityLine, width: 2.6 } as const;

const ORDER = 70;
const LAYER_ID = 'city-outline';

export const cityBorder = {
  kind: 'cityBorder',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({ id: LAYER_ID, type: 'line', source: SOURCE.city, paint: { 'line-color': CITY_BORDER_PAINT.color, 'line-width': CITY_BORDER_PAINT.width } }),
  drawCanvas(ctx, scene) {
    ctx.strokeStyle = CITY_BORDER_PAINT.color;
    ctx.lineWidth = CITY_BORDER_PAINT.width;
    ctx.stroke(scene.cityPath);
  },
} satisfies BaseSymbol & { layerId: string };
