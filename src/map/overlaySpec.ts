import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { PlanId } from '../layouts/types';

/** A layer the overlay renderer declares for one layout element. */
export interface OverlayLayer {
  elementId: string;
  plan: PlanId;
  spec: LayerSpecification;
  /** Its place in the draw order (its symbol kind's `order`, src/map/symbols/). */
  order: number;
  /** The base-style layer it is added beneath (from `order`); undefined = on top. */
  beforeLayer: string | undefined;
  /** Paint properties scaled by the plan group's opacity, with their full-opacity value. */
  opacity: { property: string; value: number }[];
  /**
   * Its size properties at a map state's label scale (src/map/symbols/scale.ts); `spec`
   * already holds them at scale 1. The adapter sets them when the scale changes.
   */
  scaled?: (labelScale: number) => ScaledProperties;
}

export interface ScaledProperties {
  layout?: Record<string, unknown>;
  paint?: Record<string, unknown>;
}

/** A marker image drawn in the page from SVG markup (no sprite server). */
export interface OverlayImage {
  id: string;
  svg: string;
  width: number;
  height: number;
}

export interface OverlaySpec {
  sources: Record<string, SourceSpecification>;
  layers: OverlayLayer[];
  images: OverlayImage[];
}
