import { errorMessage } from './errorText';
import { libWords } from './libWords';

/**
 * Keeping a saved state that cannot be used: the raw text is copied under a new key
 * (`<prefix><time>`, with `-1`, `-2` … if taken), the copy is checked, and only then is the
 * original removed — so nothing the user had is lost. Returns the new key, or null on failure
 * (then the original stays where it was).
 */
export function moveAside(storage: Storage, key: string, rejectedPrefix: string, raw: string, time: number): string | null {
  try {
    let aside = `${rejectedPrefix}${time}`;
    for (let i = 1; storage.getItem(aside) !== null; i++) aside = `${rejectedPrefix}${time}-${i}`;
    storage.setItem(aside, raw);
    if (storage.getItem(aside) !== raw) return null;
    storage.removeItem(key);
    return aside;
  } catch {
    return null;
  }
}

/**
 * Runs saves so that a failing storage (full, disabled) is reported once, not on every change,
 * and reported again only after a save has succeeded in between.
 */
export function reportingSaver(what: string, report?: (message: string) => void): (save: () => void) => void {
  let reported = false;
  return (save) => {
    try {
      save();
      reported = false;
    } catch (e) {
      if (!reported) report?.(libWords().notSaved(what, errorMessage(e)));
      reported = true;
    }
  };
}

/**
 * The browser's localStorage, or why it cannot be used: with "block site data" even reading the
 * `localStorage` property throws (SecurityError).
 */
/**
 * The browser's IndexedDB, or undefined where there is none or reading it throws (site data blocked:
 * the getter itself throws a SecurityError, so it is never read at module load or in a default
 * parameter).
 */
export function browserIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

export function browserStorage(): { storage: Storage; error: null } | { storage: null; error: string } {
  try {
    const storage = window.localStorage;
    storage.getItem('dgmap.probe');
    return { storage, error: null };
  } catch (e) {
    return { storage: null, error: errorMessage(e) };
  }
}
