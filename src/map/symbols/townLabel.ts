/**
 * Town names: one label per town at its label point, placed round it with variable anchors. The
 * first frame and the Canvas2D renderer place them with firstFrame/placeLabels.ts by these rules.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { MAP_THEME as T } from '../theme';
import { drawLabelText } from './canvasText';
import { SOURCE, featureState } from './sources';
import type { BaseSymbol } from './types';

/** Town label size (px) by zoom, interpolated linearly. */
export const LABEL_SIZE_STOPS: readonly (readonly [zoom: number, px: number])[] = [
  [8, 11],
  [10, 13],
  [12, 16],
];

/**
 * Where a town label may go round its point, in order (MapLibre's variable anchors). Off its point
 * when a base circle or a corridor axis sits there (keep-out boxes): the corners let it clear a line
 * through the point.
 */
export const TOWN_LABEL_PLACEMENT = {
  anchors: ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
  radialOffsetEm: 0.5,
  paddingPx: 1,
} as const;

/** How town labels are painted. */
export const TOWN_LABEL_PAINT = {
  color: T.label,
  halo: T.labelHalo,
  // A wide halo keeps labels readable over any fill, also the darkest choropleth class.
  haloWidthPx: 2.2,
  haloBlurPx: 0.4,
  dimmedOpacity: 0.75,
} as const;

/** Town label size by zoom; presenter mode scales it up for a room. */
export function labelTextSize(scale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...LABEL_SIZE_STOPS.flatMap(([zoom, px]) => [zoom, px * scale])] as ExpressionSpecification;
}

const ORDER = 100;
const LAYER_ID = 'town-labels';

export const townLabel = {
  kind: 'townLabel',
  order: ORDER,
  layerId: LAYER_ID,
  mapLayer: () => ({
    id: LAYER_ID,
    type: 'symbol',
    source: SOURCE.labels,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [T.font],
      'text-size': labelTextSize(1),
      'text-variable-anchor': [...TOWN_LABEL_PLACEMENT.anchors],
      'text-radial-offset': TOWN_LABEL_PLACEMENT.radialOffsetEm,
      'text-padding': TOWN_LABEL_PLACEMENT.paddingPx,
    },
    paint: {
      'text-color': TOWN_LABEL_PAINT.color,
      'text-halo-color': TOWN_LABEL_PAINT.halo,
      'text-halo-width': TOWN_LABEL_PAINT.haloWidthPx,
      'text-halo-blur': TOWN_LABEL_PAINT.haloBlurPx,
      'text-opacity': ['case', featureState('dimmed'), TOWN_LABEL_PAINT.dimmedOpacity, 1],
    },
  }),
  drawCanvas(ctx, scene) {
    const emphasis = scene.emphasis && new Set(scene.emphasis);
    for (const label of scene.townLabels) {
      const dimmed = emphasis && !emphasis.has(label.name);
      drawLabelText(ctx, label, { color: TOWN_LABEL_PAINT.color, halo: TOWN_LABEL_PAINT.halo, haloWidth: TOWN_LABEL_PAINT.haloWidthPx, alpha: dimmed ? TOWN_LABEL_PAINT.dimmedOpacity : 1 });
    }
  },
} satisfies BaseSymbol & { layerId: string };
