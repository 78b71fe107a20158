/**
 * The first frame: the town map drawn with Canvas2D from the already-decoded geometry, the moment
 * it arrives, while MapLibre loads. Same camera (fitCamera), and the base map drawn by the same
 * symbol kinds (src/map/symbols/) as the base style and the Canvas2D renderer, so the hand-over
 * shows no jump.
 */
import { unionBboxes } from '../../geo/bbox';
import type { Geometry } from 'geojson';
import type { GeoData } from '../../geo/geoData';
import type { MapState } from '../../state/mapState';
import { displayShortTownName } from '../../towns/townNames';
import { MAP_ZOOM_RANGE, UNITS_MAX_ZOOM } from '../mapView';
import { BASE_SYMBOLS } from '../symbols/baseSymbols';
import type { BaseScene } from '../symbols/types';
import { fontOf } from '../symbols/canvasText';
import { fitCamera, screenPoint, type Bbox, type Camera, type Padding } from './camera';
import { labelSizeAt, placeLabels, type PlacedLabel } from './placeLabels';
import { traceGeometry } from './traceGeometry';

/** What the first frame shows: the parts of a map state a plain first view can have. */
export interface FirstFrameScene {
  camera: { bbox: Bbox; padding: Padding; maxZoom: number };
  fill: Record<string, string> | null;
  selected: readonly string[];
  dimOutside: readonly string[] | null;
  outlined: readonly string[];
  labels: { scale: number; emphasis: readonly string[] | null };
}


/** The first frame's part of a map state: its camera target as a box, and what is drawn. */
export function sceneOf(state: MapState, geo: GeoData): FirstFrameScene {
  const { target, padding } = state.camera;
  let camera: FirstFrameScene['camera'] = { bbox: geo.meta.cityBbox, padding, maxZoom: MAP_ZOOM_RANGE.max };
  if (target.kind === 'bounds') camera = { bbox: target.bounds, padding, maxZoom: MAP_ZOOM_RANGE.max };
  if (target.kind === 'units') {
    const boxes = target.units.map((n) => geo.metaByName.get(n)?.bbox).filter((b): b is Bbox => !!b);
    const bbox = unionBboxes(boxes);
    if (bbox) camera = { bbox, padding, maxZoom: UNITS_MAX_ZOOM };
  }
  return { camera, fill: state.fill, selected: state.selected, dimOutside: state.dimOutside, outlined: state.outlined, labels: state.labels };
}
export interface FirstFrameResult {
  camera: Camera;
  labels: PlacedLabel[];
}

/** Draws the scene onto `canvas` at its CSS size × devicePixelRatio. */
export function drawFirstFrame(canvas: HTMLCanvasElement, geo: GeoData, scene: FirstFrameScene, cityOutline: Geometry): FirstFrameResult {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const camera = fitCamera(scene.camera.bbox, { width, height }, scene.camera.padding, {
    min: MAP_ZOOM_RANGE.min,
    max: Math.min(MAP_ZOOM_RANGE.max, scene.camera.maxZoom),
  });

  const townPaths = new Map<string, Path2D>();
  for (const town of geo.towns.features) {
    const path = new Path2D();
    traceGeometry(path, camera, town.geometry, true);
    townPaths.set(town.properties.name, path);
  }
  const cityPath = new Path2D();
  traceGeometry(cityPath, camera, cityOutline, cityOutline.type === 'Polygon' || cityOutline.type === 'MultiPolygon');
  const size = labelSizeAt(camera.zoom, scene.labels.scale);
  const labels = placeLabels(
    geo.meta.towns.map((t) => ({ name: t.name, text: displayShortTownName(t.name), point: screenPoint(camera, t.label), size })),
    (text, px) => {
      ctx.font = fontOf(px);
      return ctx.measureText(text).width;
    },
  );
  const base: BaseScene = { width, height, townPaths, cityPath, fill: scene.fill, hovered: null, dimOutside: scene.dimOutside, outlined: scene.outlined, selected: scene.selected, townLabels: labels, emphasis: scene.labels.emphasis };
  // The base map's kinds, each drawing itself (src/map/symbols/), as the Canvas2D renderer draws them.
  ctx.lineJoin = 'round';
  for (const kind of BASE_SYMBOLS) {
    ctx.save();
    kind.drawCanvas(ctx, base);
    ctx.restore();
  }
  return { camera, labels };
}
