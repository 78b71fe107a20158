import { useGeo } from '../../app/GeoContext';
import type { GeoData } from '../../geo/geoData';
import { LAYOUT_ELEMENTS } from '../../layouts/model';
import type { OverlaySpec } from '../overlaySpec';
import { buildLayoutOverlays } from './layoutLayers';

const built = new WeakMap<GeoData, OverlaySpec>();

/** The layout overlays for this geometry, built once and shared by every map (on screen and off). */
export function layoutOverlaysFor(geo: GeoData): OverlaySpec {
  let overlays = built.get(geo);
  if (!overlays) {
    overlays = buildLayoutOverlays(LAYOUT_ELEMENTS, geo);
    built.set(geo, overlays);
  }
  return overlays;
}

/** The layout overlays for the app's geometry. */
export function useLayoutOverlays(): OverlaySpec {
  return layoutOverlaysFor(useGeo());
}
