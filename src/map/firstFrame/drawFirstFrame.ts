/**
 * The first frame: the town map drawn with Canvas2D from the already-decoded geometry, the moment
 * it arrives, while MapLibre loads. Same camera (fitCamera), same fills, borders, selection, focus
 * and labels as the base style, so the hand-over to MapLibre shows no jump.
 */
import { unionBboxes } from '../../geo/bbox';
import type { Geometry } from 'geojson';
import type { GeoData } from '../../geo/geoData';
import type { MapState } from '../../state/mapState';
import { displayShortTownName } from '../../towns/townNames';
import { TOWN_LABEL_PAINT } from '../baseStyle';
import { MAP_ZOOM_RANGE, UNITS_MAX_ZOOM } from '../mapView';
import { SYMBOL_PAINT } from '../symbolTable';
import { MAP_THEME as T } from '../theme';
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
const PAINT = {
  townLineWidth: 0.9,
  dimOutside: SYMBOL_PAINT.dimOutside,
  outlined: SYMBOL_PAINT.outlined,
  selection: SYMBOL_PAINT.selection,
  cityBorder: SYMBOL_PAINT.cityBorder,
};


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

  ctx.fillStyle = T.background;
  ctx.fillRect(0, 0, width, height);

  const path = (geometry: Geometry, close = true) => {
    ctx.beginPath();
    traceGeometry(ctx, camera, geometry, close);
  };
  const towns = geo.towns.features;
  for (const town of towns) {
    path(town.geometry);
    ctx.fillStyle = scene.fill?.[town.properties.name] ?? T.townFill;
    ctx.fill('evenodd');
  }
  ctx.lineJoin = 'round';
  ctx.strokeStyle = T.townLine;
  ctx.lineWidth = PAINT.townLineWidth;
  for (const town of towns) {
    path(town.geometry);
    ctx.stroke();
  }
  if (scene.dimOutside) {
    const keep = new Set(scene.dimOutside);
    ctx.globalAlpha = PAINT.dimOutside.opacity;
    ctx.fillStyle = PAINT.dimOutside.color;
    for (const town of towns) {
      if (keep.has(town.properties.name)) continue;
      path(town.geometry);
      ctx.fill('evenodd');
    }
    ctx.globalAlpha = 1;
  }
  const outline = (names: readonly string[], style: { color: string; width: number; dash?: readonly number[] }) => {
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.width;
    ctx.setLineDash((style.dash ?? []).map((d) => d * style.width));
    for (const name of names) {
      const town = geo.townByName.get(name);
      if (!town) continue;
      path(town.geometry);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  };
  outline(scene.outlined, PAINT.outlined);
  outline(scene.selected, PAINT.selection);
  path(cityOutline, cityOutline.type === 'Polygon' || cityOutline.type === 'MultiPolygon');
  ctx.strokeStyle = PAINT.cityBorder.color;
  ctx.lineWidth = PAINT.cityBorder.width;
  ctx.stroke();

  const size = labelSizeAt(camera.zoom, scene.labels.scale);
  const font = (px: number) => `${px}px "${T.font}", sans-serif`;
  const labels = placeLabels(
    geo.meta.towns.map((t) => ({ name: t.name, text: displayShortTownName(t.name), point: screenPoint(camera, t.label), size })),
    (text, px) => {
      ctx.font = font(px);
      return ctx.measureText(text).width;
    },
  );
  const emphasis = scene.labels.emphasis && new Set(scene.labels.emphasis);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.font = font(size);
  for (const label of labels) {
    ctx.globalAlpha = emphasis && !emphasis.has(label.name) ? TOWN_LABEL_PAINT.dimmedOpacity : 1;
    ctx.strokeStyle = T.labelHalo;
    // A stroke is centred on the glyph outline: twice the halo width; the halo's slight blur is left out.
    ctx.lineWidth = TOWN_LABEL_PAINT.haloWidthPx * 2;
    ctx.strokeText(label.text, label.at[0], label.at[1]);
    ctx.fillStyle = T.label;
    ctx.fillText(label.text, label.at[0], label.at[1]);
  }
  ctx.globalAlpha = 1;
  return { camera, labels };
}
