import { useCallback, useState } from 'react';
import { loadStoredRecord, type StoredRecordSpec } from '../lib/savedRecord';
import { useNoticeStore } from './noticeStore';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

/** A remembered yes/no view setting as the one validating loader (src/lib/savedRecord.ts) reads it. */
export function flagRecord(key: string, what: string): StoredRecordSpec<boolean> {
  return {
    key,
    rejectedPrefix: `${key}.rejected.`,
    what,
    instead: t(stateMessages.flagInstead),
    check: (raw) =>
      raw === '1' || raw === '0' ? { ok: true, value: raw === '1' } : { ok: false, reason: t(stateMessages.flagBadValue, { value: JSON.stringify(raw.slice(0, 20)) }) },
  };
}

/**
 * Reads a yes/no preference kept in the browser; null when none is kept, storage is unusable, or
 * what is kept is not a flag (then it is moved aside and `onNotice` is told).
 */
export function readFlag(key: string, storage?: Storage, what = t(stateMessages.flagWhat), onNotice?: (text: string) => void): boolean | null {
  let store: Storage | undefined;
  try {
    // With site data blocked, merely touching localStorage throws: the setting is just not remembered.
    store = storage ?? globalThis.localStorage;
  } catch {
    return null;
  }
  if (!store) return null;
  const loaded = loadStoredRecord(store, flagRecord(key, what));
  // Blocked storage is said once by the quota and deck loaders; only a damaged setting is worth a notice.
  if (loaded.found && loaded.notice) onNotice?.(loaded.notice);
  return loaded.value;
}

/**
 * A yes/no UI preference (a folded legend) remembered across visits. A failing storage only means
 * the preference is not remembered: the control still works.
 */
export function useRememberedFlag(key: string, fallback: () => boolean, what = t(stateMessages.flagWhat)): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(
    () => readFlag(key, undefined, what, (text) => queueMicrotask(() => useNoticeStore.getState().notify('warning', text))) ?? fallback(),
  );
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
