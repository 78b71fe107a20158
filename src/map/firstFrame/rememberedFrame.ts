/**
 * The remembered first frame: on a second visit the page draws the map its last visit drew first,
 * before the app's script has even been evaluated (src/boot.ts). Each screen's first frame
 * (MapPane) is remembered with everything it depended on: the address (route and parameters), the
 * window's size and pixel ratio, the page's style sheet (its name carries a hash of the CSS, so a
 * new layout forgets it), the language and the boundaries drawn. Only a frame whose every one of
 * these matches is drawn again; the app's own first frame then replaces it in the same place (the
 * same picture, drawn from the same scene), so nothing moves.
 *
 * The record is this browser's own cache, not a saved record: one that does not read back is
 * ignored and written over.
 */
import type { FirstFrameScene } from './drawFirstFrame';

export interface FrameContext {
  /** location.search + location.hash */
  address: string;
  viewport: { width: number; height: number; ratio: number };
  /** The page's own style sheet (its file name), or null in the dev server. */
  styleSheet: string | null;
  language: string;
}

export interface RememberedFrame extends FrameContext {
  /** The boundaries drawn (their source's sha256): the default ones, or a frame that is not redrawn early. */
  geometry: string;
  /** The map's box in the window (CSS px). */
  box: { left: number; top: number; width: number; height: number };
  scene: FirstFrameScene;
  attribution: string;
}

export const REMEMBERED_FRAMES_KEY = 'dgmap.firstFrames';
/** Frames kept (one per address and window size): a planner, a few towns, a slide. */
const KEEP = 8;

const sameContext = (a: FrameContext, b: FrameContext) =>
  a.address === b.address &&
  a.viewport.width === b.viewport.width &&
  a.viewport.height === b.viewport.height &&
  a.viewport.ratio === b.viewport.ratio &&
  a.styleSheet === b.styleSheet &&
  a.language === b.language;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A stored frame that has every field it needs; anything else is dropped. */
function isFrame(v: unknown): v is RememberedFrame {
  if (!isObject(v) || typeof v.address !== 'string' || typeof v.language !== 'string' || typeof v.geometry !== 'string' || typeof v.attribution !== 'string') return false;
  if (v.styleSheet !== null && typeof v.styleSheet !== 'string') return false;
  const { viewport, box, scene } = v;
  if (!isObject(viewport) || ![viewport.width, viewport.height, viewport.ratio].every(isNumber)) return false;
  if (!isObject(box) || ![box.left, box.top, box.width, box.height].every(isNumber)) return false;
  if (!isObject(scene) || !isObject(scene.camera) || !isObject(scene.labels)) return false;
  const { camera, labels } = scene;
  if (!Array.isArray(camera.bbox) || camera.bbox.length !== 4 || !camera.bbox.every(isNumber) || !isNumber(camera.maxZoom)) return false;
  if (!isObject(camera.padding) || ![camera.padding.top, camera.padding.right, camera.padding.bottom, camera.padding.left].every(isNumber)) return false;
  if (scene.fill !== null && !(isObject(scene.fill) && Object.values(scene.fill).every((c) => typeof c === 'string'))) return false;
  if (!isStrings(scene.selected) || !isStrings(scene.outlined) || (scene.dimOutside !== null && !isStrings(scene.dimOutside))) return false;
  return isNumber(labels.scale) && (labels.emphasis === null || isStrings(labels.emphasis));
}

/** The frames a stored text holds (none if it does not read back). */
export function readFrames(text: string | null): RememberedFrame[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isFrame) : [];
  } catch {
    return [];
  }
}

/** The frame drawn last in this context, if any. */
export function frameFor(frames: readonly RememberedFrame[], context: FrameContext): RememberedFrame | null {
  return frames.find((f) => sameContext(f, context)) ?? null;
}

/** The frames with `frame` first, replacing the one of the same context, at most KEEP. */
export function withFrame(frames: readonly RememberedFrame[], frame: RememberedFrame): RememberedFrame[] {
  return [frame, ...frames.filter((f) => !sameContext(f, frame))].slice(0, KEEP);
}

/** This page's context, as the app and the early drawing both read it. */
export function currentContext(language: string): FrameContext {
  const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  return {
    address: location.search + location.hash,
    viewport: { width: window.innerWidth, height: window.innerHeight, ratio: window.devicePixelRatio || 1 },
    styleSheet: sheet ? sheet.getAttribute('href') : null,
    language,
  };
}

export function recallFrame(context: FrameContext): RememberedFrame | null {
  try {
    return frameFor(readFrames(localStorage.getItem(REMEMBERED_FRAMES_KEY)), context);
  } catch {
    return null; // storage blocked
  }
}

export function rememberFrame(frame: RememberedFrame): void {
  try {
    localStorage.setItem(REMEMBERED_FRAMES_KEY, JSON.stringify(withFrame(readFrames(localStorage.getItem(REMEMBERED_FRAMES_KEY)), frame)));
  } catch {
    /* storage full or blocked: the next visit draws its first frame with the app, as the first did */
  }
}
