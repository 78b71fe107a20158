/**
 * The MapView factory: the page's renderer (src/map/rendererChoice.ts) draws every map, on screen
 * and off screen (exports). MapLibre loads only when it is chosen; if it fails to start anyway
 * (a WebGL2 context the driver then refuses), the Canvas2D renderer takes over.
 */
import type { GeoData } from '../geo/geoData';
import type { MapHandlers, MapView } from './mapView';
import type { OverlaySpec } from './overlaySpec';
import { pageRenderer, type RendererChoice } from './rendererChoice';

export interface CreateViewOptions {
  offscreen?: { pixelRatio: number };
}

export async function createView(
  container: HTMLElement,
  geo: GeoData,
  overlays: OverlaySpec,
  handlers: MapHandlers = {},
  options: CreateViewOptions = {},
): Promise<{ view: MapView; choice: RendererChoice }> {
  const choice = pageRenderer();
  if (choice.kind === 'maplibre') {
    try {
      const { createMapView } = await import('./mapAdapter');
      return { view: createMapView(container, geo, overlays, handlers, options), choice };
    } catch (error) {
      if (choice.reason === 'forced') throw error;
      console.warn(`MapLibre could not start (${(error as Error).message}); drawing with Canvas2D`);
      for (const child of [...container.children]) child.remove();
      const { createCanvasMapView } = await import('./canvas/canvasMapView');
      return { view: createCanvasMapView(container, geo, overlays, handlers, options), choice: { kind: 'canvas', reason: 'no-webgl2' } };
    }
  }
  const { createCanvasMapView } = await import('./canvas/canvasMapView');
  return { view: createCanvasMapView(container, geo, overlays, handlers, options), choice };
}
