import { exportMessages as m } from '../i18n/catalogue/export';
import { t } from '../i18n/messages';
import type { GeoData } from '../geo/geoData';
import { createView } from '../map/createView';
import type { MapView } from '../map/mapView';
import type { OverlaySpec } from '../map/overlaySpec';
import { pageRenderer } from '../map/rendererChoice';
import type { MapState } from '../state/mapState';
import { recordBounds } from './renderedBounds';

/** Draws a MapState into a canvas of exactly size.width × size.height device pixels (the renderer's: good until its next image). */
export type RenderMap = (state: MapState, size: { width: number; height: number }) => Promise<HTMLCanvasElement>;

/** A renderer that holds an off-screen map between images; `dispose` removes it. */
export type OffscreenRenderer = RenderMap & { dispose: () => void };

/** Exports are laid out 1920 CSS px wide, so type and symbols keep their proportions at any resolution. */
export const EXPORT_CSS_WIDTH = 1920;

/**
 * The export's renderer: the Canvas2D renderer (src/export/canvasRenderer.ts), whatever draws the
 * screen's map, unless the page's address forces MapLibre (`?renderer=maplibre`, for the benchmark's
 * comparison). Measured in `npm run bench` (README, "Exports"): the same slides drawn by MapLibre
 * cost a WebGL read-back each, several times the whole Canvas2D page.
 */
export function offscreenRenderer(geo: GeoData, overlays: OverlaySpec, cssWidth = EXPORT_CSS_WIDTH): OffscreenRenderer {
  const choice = pageRenderer();
  if (choice.kind === 'maplibre' && choice.reason === 'forced') return offscreenMapRenderer(geo, overlays, cssWidth);
  // Loaded with the first export, not with the page.
  let canvas: Promise<OffscreenRenderer> | null = null;
  let disposed = false;
  const render: RenderMap = async (state, size) => {
    canvas ??= import('./canvasRenderer').then(({ canvasExportRenderer }) => canvasExportRenderer(geo, overlays, cssWidth));
    const renderer = await canvas;
    if (disposed) throw new Error(t(m.exportEnded));
    return renderer(state, size);
  };
  const dispose = () => {
    disposed = true;
    void canvas?.then((r) => r.dispose());
  };
  return Object.assign(render, { dispose });
}

/**
 * The export's own MapLibre map, off screen at the export's size, drawn from the state alone: each image is
 * a sync (which waits until the map is idle, so the image is never blank) and a copy. A deck reuses
 * the map from page to page (each page is a new camera request); `dispose` destroys it. The live map
 * is never resized or moved, and the user can go on working meanwhile.
 */
export function offscreenMapRenderer(geo: GeoData, overlays: OverlaySpec, cssWidth = EXPORT_CSS_WIDTH): OffscreenRenderer {
  let current: { key: string; host: HTMLElement; view: MapView } | null = null;
  let pages = 0;
  const dispose = () => {
    current?.view.destroy();
    current?.host.remove();
    current = null;
  };
  // MapLibre loads with the first export, not with the page.
  const mapFor = async (width: number, height: number) => {
    const key = `${width}x${height}`;
    if (current?.key === key) return current.view;
    dispose();
    const cssHeight = Math.round((cssWidth * height) / width);
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.dataset.exportMap = '';
    Object.assign(host.style, { position: 'fixed', left: `${-cssWidth - 1000}px`, top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, pointerEvents: 'none' });
    document.body.appendChild(host);
    const { view } = await createView(host, geo, overlays, {}, { offscreen: { pixelRatio: width / cssWidth } });
    current = { key, host, view };
    return view;
  };
  const render: RenderMap = async (state, { width, height }) => {
    const view = await mapFor(width, height);
    // Every page is a new camera request for the reused map.
    pages += 1;
    await view.sync({ ...state, hovered: null, camera: { ...state.camera, seq: pages } });
    const drawn = view.capture();
    const bounds = view.getBounds();
    if (drawn.width === width && drawn.height === height) {
      recordBounds(drawn, bounds);
      return drawn;
    }
    const exact = document.createElement('canvas');
    exact.width = width;
    exact.height = height;
    exact.getContext('2d')!.drawImage(drawn, 0, 0, width, height);
    recordBounds(exact, bounds);
    return exact;
  };
  return Object.assign(render, { dispose });
}
