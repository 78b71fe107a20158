import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { PlanId } from '../layouts/types';

/** A layer the overlay renderer declares for one layout element. */
export interface OverlayLayer {
  elementId: string;
  plan: PlanId;
  spec: LayerSpecification;
  /** 'zone' layers go under the town borders, 'marker' layers above them, under the labels. */
  placement: 'zone' | 'marker';
  /** Paint properties scaled by the plan group's opacity, with their full-opacity value. */
  opacity: { property: string; value: number }[];
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
