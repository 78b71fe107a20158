import { useCallback, useState } from 'react';

/** Reads a yes/no preference kept in the browser; null when none is kept or storage is unusable. */
export function readFlag(key: string, storage?: Storage): boolean | null {
  try {
    // Read inside the try: with site data blocked, merely touching localStorage throws.
    const raw = (storage ?? globalThis.localStorage)?.getItem(key);
    return raw === '1' ? true : raw === '0' ? false : null;
  } catch {
    return null;
  }
}

/**
 * A yes/no UI preference (a folded legend) remembered across visits. A failing storage only means
 * the preference is not remembered: the control still works.
 */
export function useRememberedFlag(key: string, fallback: () => boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => readFlag(key) ?? fallback());
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        globalThis.localStorage?.setItem(key, next ? '1' : '0');
      } catch {
        // not remembered; nothing the user had is lost
      }
    },
    [key],
  );
  return [value, set];
}
