import { useSyncExternalStore } from 'react';

/** Below this width the screens switch to their one-column phone layout (keep in step with the CSS). */
export const NARROW_QUERY = 'screen and (max-width: 719px)';
/** A touch screen without a precise pointer: hints speak of taps. */
export const TOUCH_QUERY = '(pointer: coarse)';

/** Whether a media query matches now, following its changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}
