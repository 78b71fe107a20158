/**
 * Web Mercator as MapLibre uses it (512-px tiles), and its fitBounds without bearing or pitch: the
 * first frame is drawn at exactly the camera MapLibre will take, so the hand-over does not jump.
 */
import type { Bbox, Padding } from '../../state/mapState';

export type { Bbox, Padding };

const TILE_SIZE = 512;

/** World coordinates at zoom 0 (0–512 across the world). */
export function mercator([lon, lat]: readonly number[]): [number, number] {
  const x = ((lon + 180) / 360) * TILE_SIZE;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE_SIZE;
  return [x, y];
}

export interface Camera {
  zoom: number;
  /** World coordinates (zoom 0) of the view's centre. */
  center: [number, number];
  width: number;
  height: number;
}

/** The camera MapLibre's fitBounds(bbox, { padding, maxZoom }) settles on, clamped to the map's zoom range. */
export function fitCamera(
  bbox: Bbox,
  size: { width: number; height: number },
  padding: Padding,
  zoomRange: { min: number; max: number },
): Camera {
  const [x0, y1] = mercator([bbox[0], bbox[1]]);
  const [x1, y0] = mercator([bbox[2], bbox[3]]);
  const scaleX = (size.width - padding.left - padding.right) / (x1 - x0);
  const scaleY = (size.height - padding.top - padding.bottom) / (y1 - y0);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, Math.log2(Math.min(scaleX, scaleY))));
  const scale = 2 ** zoom;
  // The box's centre goes to the middle of the padded area.
  const offsetX = (padding.left - padding.right) / 2 / scale;
  const offsetY = (padding.top - padding.bottom) / 2 / scale;
  return { zoom, center: [(x0 + x1) / 2 - offsetX, (y0 + y1) / 2 - offsetY], width: size.width, height: size.height };
}

/** Screen position (CSS px from the top left) of a longitude/latitude under a camera. */
export function screenPoint(camera: Camera, lonLat: readonly number[]): [number, number] {
  const [x, y] = mercator(lonLat);
  const scale = 2 ** camera.zoom;
  return [(x - camera.center[0]) * scale + camera.width / 2, (y - camera.center[1]) * scale + camera.height / 2];
}
