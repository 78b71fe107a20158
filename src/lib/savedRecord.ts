import { errorMessage } from './errorText';
import { libWords } from './libWords';
import { moveAside } from './savedState';

/**
 * The one door every saved record comes in through (quotas, the deck, the boundaries in IndexedDB,
 * remembered view settings, and any record added later). Each record brings a `check` that reads the
 * WHOLE content, not only its header, and says in the page's language what is wrong (the sentences
 * around it come from libWords). This module makes sure that:
 * - nothing a check does can throw out of the loader (a throw becomes a reason like any other);
 * - a record that cannot be used is moved aside under its own key (never deleted), and only then is
 *   the part it belongs to started from its defaults, with a notice naming what was wrong;
 * - when it cannot be moved aside, it stays where it was and the part is not saved this session, so
 *   it is never overwritten.
 */
export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs a record's check; whatever it throws becomes a reason. */
export function judge<T, R>(check: (raw: R) => Verdict<T>, raw: R): Verdict<T> {
  try {
    return check(raw);
  } catch (e) {
    return { ok: false, reason: libWords().checkThrew(errorMessage(e)) };
  }
}

export interface StoredRecordSpec<T> {
  /** The localStorage key. */
  key: string;
  /** Where an unusable record goes: `<prefix><time>`. */
  rejectedPrefix: string;
  /** What the record is, in the notice: 「保存的<what>无法使用」. */
  what: string;
  /** What the app does instead: 「现从默认值开始」. */
  instead: string;
  check: (raw: string) => Verdict<T>;
}

export interface StoredRecordLoad<T> {
  /** The record's content, or null to start that part from its defaults. */
  value: T | null;
  /** A sentence for the user; null when all went well. */
  notice: string | null;
  /** Where the unusable record was put, if it was. */
  rejectedKey: string | null;
  /** False when an unusable record could not be moved aside (or storage cannot be read): saving would overwrite it. */
  canSave: boolean;
  /** False when nothing was saved under the key. */
  found: boolean;
}

export function loadStoredRecord<T>(storage: Storage, spec: StoredRecordSpec<T>, now: () => number = Date.now): StoredRecordLoad<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(spec.key);
  } catch (e) {
    return {
      value: null,
      notice: libWords().unreadable(spec.what, errorMessage(e), spec.instead),
      rejectedKey: null,
      canSave: false,
      found: false,
    };
  }
  if (raw === null) return { value: null, notice: null, rejectedKey: null, canSave: true, found: false };
  const verdict = judge(spec.check, raw);
  if (verdict.ok) return { value: verdict.value, notice: null, rejectedKey: null, canSave: true, found: true };
  const rejectedKey = moveAside(storage, spec.key, spec.rejectedPrefix, raw, now());
  const notice = rejectedKey
    ? libWords().movedAside(spec.what, verdict.reason, rejectedKey, spec.instead)
    : libWords().keptInPlace(spec.what, verdict.reason, spec.key);
  return { value: null, notice, rejectedKey, canSave: rejectedKey !== null, found: true };
}

/** Parses JSON, saying why not. */
export function parseJson(raw: string): Verdict<unknown> {
  try {
    return { ok: true, value: JSON.parse(raw.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, reason: libWords().notJson(errorMessage(e)) };
  }
}
