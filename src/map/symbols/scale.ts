/**
 * How symbol sizes follow a map state's label scale. Sizes are in CSS px on the planner's map (label
 * scale 1); presenter mode and its exports use PRESENTER_LABEL_SCALE = 2. Text grows by the whole
 * scale, so a room reads it; markers by a share of it: markers grown as much would cover the towns
 * they mark.
 */
export const SCALE_GROWTH = {
  /** The share of the label scale's growth that markers (base circles) take. */
  marker: 0.25,
  /**
   * The share cluster role markers and cluster outlines take: 22 px markers become 31 px on a slide
   * (label scale 2), identifiable from the back of a room at 1920×1080 (issue 22: at least 28 px).
   */
  node: 0.4,
} as const;

export const textScale = (labelScale: number): number => labelScale;
export const markerScale = (labelScale: number): number => 1 + (labelScale - 1) * SCALE_GROWTH.marker;
export const nodeScale = (labelScale: number): number => 1 + (labelScale - 1) * SCALE_GROWTH.node;
