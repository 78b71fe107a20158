/** The veil over the towns outside a focus (a town view, a slide's subject). */
import { MAP_THEME as T } from '../theme';
import { SOURCE } from './sources';
import type { BaseSymbol } from './types';

export const DIM_OUTSIDE_PAINT = { color: T.dimOutside, opacity: 0.45 } as const;

const ORDER = 40;
const LAYER_ID = 'towns-focus-dim';

export const dimOutside = {
  kind: 'dimOutside',
  order: ORDER,
  layerId: LAYER_ID,
  // Its filter (the towns outside the focus) is set by the map adapter from the map state.
  mapLayer: () => ({ id: LAYER_ID, type: 'fill', source: SOURCE.towns, filter: ['boolean', false], paint: { 'fill-color': DIM_OUTSIDE_PAINT.color, 'fill-opacity': DIM_OUTSIDE_PAINT.opacity } }),
  drawCanvas(ctx, scene) {
    if (!scene.dimOutside) return;
    const keep = new Set(scene.dimOutside);
    ctx.globalAlpha = DIM_OUTSIDE_PAINT.opacity;
    ctx.fillStyle = DIM_OUTSIDE_PAINT.color;
    for (const [name, path] of scene.townPaths) if (!keep.has(name)) ctx.fill(path, 'evenodd');
    ctx.globalAlpha = 1;
  },
} satisfies BaseSymbol & { layerId: string };
