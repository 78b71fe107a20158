/**
 * Where the camera looks for a slide, as [west, south, east, north], and the padding that puts it
 * in the part of the screen the slide card, the legend and the counter leave free.
 */
import type { GeoData } from '../../geo/geoData';
import type { SlideCamera } from './slide';

import { unionBboxes, type Bbox } from '../../geo/bbox';

/** Smallest span (degrees of longitude, and the same on the Mercator y axis) a towns camera shows. */
export const MIN_SPAN_DEG = 0.3;

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
const invMercY = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/** The box a slide's camera looks at; towns are widened to MIN_SPAN_DEG for context. */
export function cameraBounds(camera: SlideCamera, geo: GeoData): Bbox | null {
  switch (camera.kind) {
    case 'city':
      return [...geo.meta.cityBbox] as Bbox;
    case 'bounds':
      return [...camera.bounds] as Bbox;
    case 'towns': {
      const boxes = camera.towns.map((t) => geo.metaByName.get(t)?.bbox).filter((b): b is Bbox => !!b);
      const union = unionBboxes(boxes);
      return union && widen(union, MIN_SPAN_DEG);
    }
  }
}

/** Grows a box about its centre to at least `span` wide and tall (on the Mercator axes). */
export function widen([w, s, e, n]: Bbox, span: number): Bbox {
  const cx = (w + e) / 2;
  const half = Math.max(e - w, span) / 2;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const cy = (y0 + y1) / 2;
  const halfY = Math.max(y1 - y0, span) / 2;
  return [cx - half, invMercY(cy - halfY), cx + half, invMercY(cy + halfY)];
}

export interface Viewport {
  width: number;
  height: number;
}

/** A rectangle on the stage, in px from its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FramePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width / height of a box on the Mercator axes (what its shape is on the map). */
export function bboxAspect([w, s, e, n]: Bbox): number {
  return Math.max(e - w, 1e-9) / Math.max(mercY(n) - mercY(s), 1e-9);
}

/**
 * The padding that frames a subject of this shape (width / height) as large as possible in the
 * free part of the stage: the rectangle left when each obstacle (slide card, legend, counter, zoom
 * buttons) is pushed out past one of its edges, choosing, for every obstacle, the edge that leaves
 * the subject the most room. `margin` is kept on every side (labels reach past the subject's box).
 */
export function freePadding(stage: Viewport, obstacles: readonly Rect[], aspect: number, margin: number): FramePadding {
  const { width: W, height: H } = stage;
  const shown = obstacles.filter((o) => o.width > 0 && o.height > 0 && o.x < W && o.y < H && o.x + o.width > 0 && o.y + o.height > 0);
  let best: FramePadding = { top: margin, right: margin, bottom: margin, left: margin };
  let bestScore = -1;
  const choose = (i: number, pad: FramePadding) => {
    if (i === shown.length) {
      const freeW = W - pad.left - pad.right;
      const freeH = H - pad.top - pad.bottom;
      if (freeW <= 0 || freeH <= 0) return;
      const score = Math.min(freeW, freeH * aspect); // the subject's width when fitted
      if (score > bestScore) {
        bestScore = score;
        best = pad;
      }
      return;
    }
    const o = shown[i];
    // Already clear of this obstacle?
    if (o.y + o.height <= pad.top - margin || o.y >= H - pad.bottom + margin || o.x + o.width <= pad.left - margin || o.x >= W - pad.right + margin) {
      choose(i + 1, pad);
      return;
    }
    choose(i + 1, { ...pad, top: Math.max(pad.top, o.y + o.height + margin) });
    choose(i + 1, { ...pad, bottom: Math.max(pad.bottom, H - o.y + margin) });
    choose(i + 1, { ...pad, left: Math.max(pad.left, o.x + o.width + margin) });
    choose(i + 1, { ...pad, right: Math.max(pad.right, W - o.x + margin) });
  };
  choose(0, best);
  return best;
}

/** Whether two rectangles overlap (touching edges do not). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
