/**
 * A map state drawn into a new canvas at once (synchronously), at any size: what print puts on
 * paper. It does not copy the live map, so the page is the same from any window, and the live map
 * keeps no drawing buffer. Marker images load ahead (preloadStateImages) since beforeprint cannot wait.
 */
import type { GeoData } from '../../geo/geoData';
import type { MapState, Padding } from '../../state/mapState';
import { fitCamera, type Camera } from '../firstFrame/camera';
import { sceneOf } from '../firstFrame/drawFirstFrame';
import { MAP_ZOOM_RANGE } from '../mapView';
import type { OverlaySpec } from '../overlaySpec';
import { loadImage, unproject } from './canvasMapView';
import { drawScene, type DrawnFrame, type LoadedImage } from './drawScene';

const loaded = new WeakMap<OverlaySpec, Map<string, LoadedImage>>();
const ready = new WeakMap<OverlaySpec, Promise<void>>();

/**
 * Starts loading the overlay marker images (rasterised at 4× for paper); later calls reuse them.
 * The promise settles when every image has loaded or failed (a picture drawn earlier lacks the
 * markers still loading: draw it again then).
 */
export function preloadStateImages(overlays: OverlaySpec): Promise<void> {
  const known = ready.get(overlays);
  if (known) return known;
  const images = new Map<string, LoadedImage>();
  loaded.set(overlays, images);
  const all = Promise.all(
    overlays.images.map((image) =>
      loadImage(image.svg, image.width, image.height, 4).then(
        (img) => void images.set(image.id, img),
        () => console.warn(`marker image ${image.id} could not be drawn`),
      ),
    ),
  ).then(() => {});
  ready.set(overlays, all);
  return all;
}

export interface StateImage {
  canvas: HTMLCanvasElement;
  camera: Camera;
  /** [west, south, east, north] of the drawn map. */
  bounds: [number, number, number, number];
}

export interface DrawnState {
  camera: Camera;
  /** [west, south, east, north] of the drawn map. */
  bounds: [number, number, number, number];
  /** The labels and symbols placed. */
  frame: DrawnFrame;
}

/**
 * Draws `state` at `size` CSS px × `ratio` into `ctx` (whose canvas has that size in device px), its
 * camera target fitted inside `padding`, with the marker images given: print, the console's
 * pictures and the exports all draw a map this way.
 */
export function drawStateInto(
  ctx: CanvasRenderingContext2D,
  geo: GeoData,
  overlays: OverlaySpec,
  state: MapState,
  size: { width: number; height: number },
  ratio: number,
  padding: Padding,
  images: ReadonlyMap<string, LoadedImage>,
): DrawnState {
  const scene = sceneOf(state, geo).camera;
  const camera = fitCamera(scene.bbox, size, padding, { min: MAP_ZOOM_RANGE.min, max: Math.min(MAP_ZOOM_RANGE.max, scene.maxZoom) });
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const frame = drawScene(ctx, { geo, overlays, state: { ...state, hovered: null }, camera, images, ratio });
  const [west, north] = unproject(camera, [0, 0]);
  const [east, south] = unproject(camera, [size.width, size.height]);
  return { camera, bounds: [west, south, east, north], frame };
}

/**
 * Draws `state` at `size` CSS px × `ratio`, its camera target fitted inside `padding`, into
 * `canvas` (a new one if none is given).
 */
export function drawStateImage(
  geo: GeoData,
  overlays: OverlaySpec,
  state: MapState,
  size: { width: number; height: number },
  ratio: number,
  padding: Padding,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): StateImage {
  canvas.width = Math.round(size.width * ratio);
  canvas.height = Math.round(size.height * ratio);
  const { camera, bounds } = drawStateInto(canvas.getContext('2d')!, geo, overlays, state, size, ratio, padding, loaded.get(overlays) ?? new Map());
  return { canvas, camera, bounds };
}
