import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import type { GeoData } from '../geo/geoData';
import { loadImage } from '../map/canvas/canvasMapView';
import { drawStateInto } from '../map/canvas/drawStateImage';
import type { DrawnFrame, LoadedImage } from '../map/canvas/drawScene';
import type { OverlaySpec } from '../map/overlaySpec';
import { EXPORT_CSS_WIDTH, type OffscreenRenderer, type RenderMap } from './offscreenMap';
import { recordBounds } from './renderedBounds';

/** What the Canvas2D export renderer placed on each image it drew (map CSS px), for the geometry checks. */
const placed = new WeakMap<HTMLCanvasElement, { frame: DrawnFrame; ratio: number }>();

/** The labels and symbols the export renderer placed on a map image, with the image's device px per CSS px; null for another renderer's image. */
export const placedOn = (canvas: HTMLCanvasElement) => placed.get(canvas) ?? null;

/**
 * The export's map drawn by the Canvas2D renderer (src/map/canvas/drawScene.ts), straight from the
 * state into an opaque canvas: no map element, no WebGL read-back, no copy. The canvas is the
 * renderer's and is drawn over by its next image (a deck draws, composes and encodes each page
 * before the next). Laid out
 * EXPORT_CSS_WIDTH CSS px wide like the MapLibre export, so type and symbols keep their
 * proportions at any resolution. Opaque, so its PNG is RGB and a PDF takes its pixels as they are
 * (src/export/pdfImage.ts). Why exports draw with it: README, "Exports".
 */
export function canvasExportRenderer(geo: GeoData, overlays: OverlaySpec, cssWidth = EXPORT_CSS_WIDTH): OffscreenRenderer {
  const images = new Map<string, LoadedImage>();
  const loaded = new Map<number, Promise<void>>();
  // The marker and pattern images, rasterised once per device ratio (as the screen's Canvas2D map does).
  const loadImages = (ratio: number) => {
    const key = 2 * Math.max(1, Math.round(ratio));
    let done = loaded.get(key);
    if (!done) {
      done = Promise.all(
        overlays.images.map(async (image) => {
          try {
            images.set(image.id, await loadImage(image.svg, image.width, image.height, key));
          } catch {
            console.warn(`marker image ${image.id} could not be drawn`);
          }
        }),
      ).then(() => {});
      loaded.set(key, done);
    }
    return done;
  };
  // One canvas per size, drawn over for every page: a new canvas of a page's size costs more to
  // allocate than the whole drawing (50-200 ms here). So an image is good until the next render.
  const canvases = new Map<string, { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D }>();
  const canvasOf = (width: number, height: number) => {
    const key = `${width}x${height}`;
    let found = canvases.get(key);
    if (!found) {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d', { alpha: false });
      if (!ctx) throw new Error(t(m.noCanvas));
      found = { canvas, ctx };
      canvases.set(key, found);
    }
    return found;
  };
  const render: RenderMap = async (state, { width, height }) => {
    const ratio = width / cssWidth;
    if (state.overlays.length > 0) await loadImages(ratio);
    const size = { width: cssWidth, height: height / ratio };
    const { canvas, ctx } = canvasOf(width, height);
    const { bounds, frame } = drawStateInto(ctx, geo, overlays, state, size, ratio, state.camera.padding, images);
    recordBounds(canvas, bounds);
    placed.set(canvas, { frame, ratio });
    return canvas;
  };
  return Object.assign(render, {
    dispose: () => {
      images.clear();
      canvases.clear();
    },
  });
}
