import type { Geometry, Position } from 'geojson';
import { screenPoint, type Camera } from './camera';

/**
 * Adds a geometry's rings or lines, in screen pixels, to a canvas path (a 2D context's current path
 * or a Path2D): the one tracing both Canvas2D drawings use, the first frame and the Canvas2D renderer.
 * `close` closes each ring (areas); lines are left open. Points are not traced.
 */
export function traceGeometry(path: CanvasPath, camera: Camera, geometry: Geometry, close: boolean): void {
  const ring = (coords: Position[]) => {
    coords.forEach((p, i) => {
      const [x, y] = screenPoint(camera, p);
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    if (close) path.closePath();
  };
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      geometry.coordinates.forEach(ring);
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon) => polygon.forEach(ring));
      break;
    case 'LineString':
      ring(geometry.coordinates);
      break;
    default:
      break;
  }
}
