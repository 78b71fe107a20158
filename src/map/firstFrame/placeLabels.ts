/**
 * Town label placement as the base style asks MapLibre for it (TOWN_LABEL_PLACEMENT: its variable
 * anchors, radial offset and padding): in source order, each label takes the first anchor whose box
 * collides with no label placed before it, or is left out.
 */
import { LABEL_SIZE_STOPS, TOWN_LABEL_PLACEMENT } from '../symbols/townLabel';
import { labelBlock } from '../symbols/wrapLabel';

export type Anchor = (typeof TOWN_LABEL_PLACEMENT.anchors)[number];

/** How a set of labels may be placed: MapLibre's text-variable-anchor, text-radial-offset and text-padding. */
export interface PlacementRule {
  anchors: readonly Anchor[];
  radialOffsetEm: number;
  paddingPx: number;
}

export interface LabelToPlace {
  name: string;
  text: string;
  /** Screen position of the label point, CSS px. */
  point: [number, number];
  /** Text size, CSS px. */
  size: number;
  /**
   * The size its collision box is measured at, when not `size`. MapLibre lays out a tile's labels at
   * the size of the next integer zoom (symbol/symbol_layout.ts: `bucket.zoom + 1`) and keeps those
   * boxes between zooms, while it draws the text at the size of the camera's zoom.
   */
  boxSize?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel extends LabelToPlace {
  anchor: Anchor;
  /** Centre of the text. */
  at: [number, number];
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * MapLibre measures a radial offset to the glyphs' baseline vertically, which it takes to lie 7/24 em
 * inside the text box (style/style_layer/variable_text_anchor.ts, `baselineOffset`): the vertical
 * part of the offset is 7/24 em shorter than the horizontal one.
 */
const BASELINE_OFFSET_EM = 7 / 24;

function centreFor(anchor: Anchor, [x, y]: [number, number], width: number, height: number, offset: number, size: number): [number, number] {
  const baseline = BASELINE_OFFSET_EM * size;
  switch (anchor) {
    case 'center':
      return [x, y];
    case 'top': // the text hangs below the point
      return [x, y + Math.max(0, offset) - baseline + height / 2];
    case 'bottom':
      return [x, y - Math.max(0, offset) + baseline - height / 2];
    case 'left': // the text starts right of the point
      return [x + offset + width / 2, y];
    case 'right':
      return [x - offset - width / 2, y];
  }
  // A corner: MapLibre puts the radial offset on the diagonal, and that corner of the text on it.
  const d = offset / Math.SQRT2;
  const dx = anchor.endsWith('left') ? d + width / 2 : -d - width / 2;
  const dy = anchor.startsWith('top') ? d - baseline + height / 2 : -d + baseline - height / 2;
  return [x + dx, y + dy];
}

/**
 * `measure(text, size)` is the text's advance width in CSS px. `obstacles` are boxes placed before
 * (markers, keep-out boxes, other layers' labels): a label never overlaps one. The town labels'
 * rule (TOWN_LABEL_PLACEMENT) unless another is given. `previous`: each label's anchor in the last
 * frame, tried first.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  measure: (text: string, size: number) => number,
  obstacles: readonly Box[] = [],
  rule: PlacementRule = TOWN_LABEL_PLACEMENT,
  previous: ReadonlyMap<string, Anchor> = new Map(),
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const pad = rule.paddingPx;
  for (const label of labels) {
    const boxSize = label.boxSize ?? label.size;
    const { width, height } = labelBlock(label.text, boxSize, measure);
    const drawScale = label.size / boxSize;
    // As MapLibre: a label placed in the previous frame tries its anchor there first, so labels
    // stay put from one frame (or slide) to the next where they still fit.
    const before = previous.get(label.name);
    const anchors = before && rule.anchors.includes(before) ? [before, ...rule.anchors.filter((a) => a !== before)] : rule.anchors;
    for (const anchor of anchors) {
      const centre = centreFor(anchor, label.point, width, height, rule.radialOffsetEm * boxSize, boxSize);
      const box = {
        x0: centre[0] - width / 2 - pad,
        y0: centre[1] - height / 2 - pad,
        x1: centre[0] + width / 2 + pad,
        y1: centre[1] + height / 2 + pad,
      };
      if (placed.some((p) => overlaps(p.box, box)) || obstacles.some((o) => overlaps(o, box))) continue;
      // The text is drawn at its own size: the same anchor and offsets, scaled about the point.
      const at: [number, number] = [label.point[0] + (centre[0] - label.point[0]) * drawScale, label.point[1] + (centre[1] - label.point[1]) * drawScale];
      placed.push({ ...label, anchor, at, box });
      break;
    }
  }
  return placed;
}

/** MapLibre's text-size for the town labels at a zoom (the base style's stops), times `scale`. */
export function labelSizeAt(zoom: number, scale: number): number {
  const stops = LABEL_SIZE_STOPS;
  if (zoom <= stops[0][0]) return stops[0][1] * scale;
  for (let i = 1; i < stops.length; i++) {
    const [z1, s1] = stops[i];
    const [z0, s0] = stops[i - 1];
    if (zoom <= z1) return (s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0)) * scale;
  }
  return stops[stops.length - 1][1] * scale;
}
