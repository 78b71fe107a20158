import { useGeo } from '../../app/GeoContext';
import type { GeoData } from '../../geo/geoData';
import { planCatalog } from '../../plans/catalog';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import type { OverlaySpec } from '../overlaySpec';
import { buildLayoutOverlays } from './layoutLayers';

const built = new WeakMap<GeoData, { version: number; overlays: OverlaySpec }>();

/**
 * The layout overlays of every plan in the catalog for this geometry, built once per catalog
 * version and shared by every map (on screen and off).
 */
export function layoutOverlaysFor(geo: GeoData): OverlaySpec {
  const { version, elements } = planCatalog();
  const cached = built.get(geo);
  if (cached && cached.version === version) return cached.overlays;
  const overlays = buildLayoutOverlays(elements, geo);
  built.set(geo, { version, overlays });
  return overlays;
}

/** The layout overlays for the app's geometry, rebuilt when the catalog changes. */
export function useLayoutOverlays(): OverlaySpec {
  usePlanCatalog();
  return layoutOverlaysFor(useGeo());
}
