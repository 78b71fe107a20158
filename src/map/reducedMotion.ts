/**
 * The user's "reduce motion" setting (`prefers-reduced-motion: reduce`, set in the operating system's
 * accessibility settings). A camera flight moves the whole map for most of a second; for someone who
 * gets dizzy from large movements on screen (vestibular disorders) that is what the setting asks to
 * stop. With it, every camera change a screen asks for (a slide, a town search, the city button, a
 * re-framing, an info card) jumps to its target in one frame instead of flying there; pan and zoom by
 * hand are unchanged. The CSS transitions are switched off by the same query (src/styles/app.css).
 *
 * Decided here, once, for every renderer: MapLibre would honour the setting by itself only for camera
 * moves not marked `essential`, and the adapter marks its fits essential so that this is the one
 * place that decides. The setting is followed live: turning it on or off applies from the next
 * camera change, without a reload.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { MapState } from '../state/mapState';

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

const mediaList = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(REDUCED_MOTION_QUERY) : null;

/** Whether the user asks for reduced motion now. */
export function prefersReducedMotion(): boolean {
  return mediaList()?.matches ?? false;
}

/** Calls `listener` with the new answer whenever the setting changes; returns the unsubscribe. */
export function onReducedMotionChange(listener: (reduced: boolean) => void): () => void {
  const list = mediaList();
  if (!list) return () => {};
  const onChange = (event: MediaQueryListEvent) => listener(event.matches);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** The map state with its camera change made a jump (the same object when it already is one). */
export function withoutFlight(state: MapState): MapState {
  return state.camera.motion === 'jump' ? state : { ...state, camera: { ...state.camera, motion: 'jump' } };
}

/** The reduced-motion setting, following its changes (a React hook). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(onReducedMotionChange, prefersReducedMotion, () => false);
}

/**
 * What a map on screen should be given for `state`: the state itself, or, when the user asks for
 * reduced motion, the same state whose camera jumps. A change of the setting alone moves nothing (the
 * camera's `seq` is unchanged).
 */
export function useMotionPreference(state: MapState): MapState {
  const reduced = useReducedMotion();
  // Memoised: a new object on every render would make the pane sync again each time.
  return useMemo(() => (reduced ? withoutFlight(state) : state), [reduced, state]);
}
