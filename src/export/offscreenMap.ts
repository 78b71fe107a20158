import type { GeoData } from '../geo/geoData';
import { createMapView } from '../map/mapAdapter';
import type { OverlaySpec } from '../map/overlaySpec';
import type { MapState } from '../state/mapState';

/** Draws a MapState into a canvas of exactly size.width × size.height device pixels. */
export type RenderMap = (state: MapState, size: { width: number; height: number }) => Promise<HTMLCanvasElement>;

/** Exports are laid out 1920 CSS px wide, so type and symbols keep their proportions at any resolution. */
export const EXPORT_CSS_WIDTH = 1920;

/**
 * The export's own map: for each image, a new map is created off screen at the export's size from
 * the state alone, synced (which waits until it is idle, so the image is never blank), copied and
 * destroyed. The live map is never resized or moved, and the user can go on working meanwhile.
 */
export function offscreenRenderer(geo: GeoData, overlays: OverlaySpec, cssWidth = EXPORT_CSS_WIDTH): RenderMap {
  return async (state, { width, height }) => {
    const cssHeight = Math.round((cssWidth * height) / width);
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.dataset.exportMap = '';
    Object.assign(host.style, { position: 'fixed', left: `${-cssWidth - 1000}px`, top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, pointerEvents: 'none' });
    document.body.appendChild(host);
    const view = createMapView(host, geo, overlays, {}, { offscreen: { pixelRatio: width / cssWidth } });
    try {
      await view.sync(state);
      const drawn = view.capture();
      if (drawn.width === width && drawn.height === height) return drawn;
      const exact = document.createElement('canvas');
      exact.width = width;
      exact.height = height;
      exact.getContext('2d')!.drawImage(drawn, 0, 0, width, height);
      return exact;
    } finally {
      view.destroy();
      host.remove();
    }
  };
}
