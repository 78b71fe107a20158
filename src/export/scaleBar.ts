/**
 * The scale bar of an exported map, from the area the map image shows: a round length (1, 2 or 5
 * times a power of ten, in m or km) no longer than `maxPx` image pixels. Pure.
 */

import type { Bbox } from '../geo/bbox';

const EARTH_RADIUS_M = 6_371_008.8;

/** Metres along the parallel through the middle of the box, from its west edge to its east edge. */
export function widthMetres([w, s, e, n]: Bbox): number {
  const lat = (((s + n) / 2) * Math.PI) / 180;
  return (((e - w) * Math.PI) / 180) * EARTH_RADIUS_M * Math.cos(lat);
}

export interface ScaleBar {
  /** Length of the bar in image pixels. */
  px: number;
  metres: number;
  label: string;
}

/** The bar for a map image `imageWidthPx` wide showing `bounds`; null when the bounds are unusable. */
export function scaleBar(bounds: Bbox, imageWidthPx: number, maxPx: number): ScaleBar | null {
  const across = widthMetres(bounds);
  if (!(across > 0) || !(imageWidthPx > 0) || !(maxPx > 0)) return null;
  const metresPerPx = across / imageWidthPx;
  const most = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((k) => k * power).find((m) => m <= most) ?? power;
  return { px: metres / metresPerPx, metres, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
