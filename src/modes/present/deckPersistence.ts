/**
 * Keeps an edited deck in localStorage (versioned: the same file format as the JSON export). A saved
 * deck that cannot be used is moved aside under its own key, never thrown away; the user is told
 * and the built-in briefing is used. The built-in deck itself is not saved, so it follows the model.
 */
import { useDeckStore } from './deck';
import { describeConflicts, mergeDecks } from './deckMerge';
import { buildDefaultDeck } from './defaultDeck';
import { deckToJson, parseDeckJson } from './deckJson';
import type { Slide } from './slide';
import { browserStorage, reportingSaver } from '../../lib/savedState';
import { loadStoredRecord, type StoredRecordSpec } from '../../lib/savedRecord';

export const DECK_STORAGE_KEY = 'dgmap.deck.v1';
const DECK_REJECTED_PREFIX = 'dgmap.deck.rejected.';

export interface DeckLoadResult {
  /** The saved deck, or null to use the built-in one. */
  slides: Slide[] | null;
  notice: string | null;
  rejectedKey: string | null;
  /** False when an unusable saved deck could not be moved aside: saving would overwrite it. */
  canSave: boolean;
}

export function saveDeck(slides: readonly Slide[], storage: Storage = localStorage, now: Date = new Date()): void {
  storage.setItem(DECK_STORAGE_KEY, deckToJson(slides, now));
}

/** The saved deck as the one validating loader (src/lib/savedRecord.ts) reads it. */
export const deckRecord: StoredRecordSpec<Slide[]> = {
  key: DECK_STORAGE_KEY,
  rejectedPrefix: DECK_REJECTED_PREFIX,
  what: '幻灯片',
  instead: '现使用默认幻灯片',
  check: (raw) => {
    const parsed = parseDeckJson(raw);
    return parsed.ok ? { ok: true, value: parsed.slides } : { ok: false, reason: parsed.error };
  },
};

export function loadDeck(storage: Storage = localStorage, now: () => number = Date.now): DeckLoadResult {
  const { value, notice, rejectedKey, canSave } = loadStoredRecord(storage, deckRecord, now);
  return { slides: value, notice, rejectedKey, canSave };
}

export interface DeckPersistenceOptions {
  storage?: Storage;
  now?: () => number;
  onSaveError?: (message: string) => void;
  /** Told when another tab's edits were merged with this one's and some could not both be kept. */
  onConflict?: (message: string) => void;
  /** Where other tabs' saves are heard (the `storage` event); the window unless given. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** Set while the deck is being kept: the notice of the first load, and how to stop saving. */
let running: { notice: string | null; stop: () => void } | null = null;

/** The deck a saved text stands for: the built-in one when nothing is saved; null when unreadable. */
function savedSlides(raw: string | null): Slide[] | null {
  if (raw === null) return buildDefaultDeck();
  const parsed = parseDeckJson(raw);
  return parsed.ok ? parsed.slides : null;
}

/**
 * Loads the saved deck into useDeckStore and saves every later edit (unless the saved deck could
 * not be moved aside). Another tab's save is taken over at once (the `storage` event); if one
 * lands between that and this tab's next save, the two are merged (deckMerge.ts), so neither
 * tab's edit is dropped, and a field both changed is reported. Idempotent: a second call does
 * nothing and returns the first call's notice (null when all went well).
 */
export function initDeckPersistence(options: DeckPersistenceOptions = {}): string | null {
  if (running) return running.notice;
  const opened = options.storage ? { storage: options.storage, error: null } : browserStorage();
  if (!opened.storage) {
    useDeckStore.getState().reset();
    running = { notice: `浏览器不允许本网站保存数据（${opened.error}），幻灯片的修改不会保存。`, stop: () => {} };
    return running.notice;
  }
  const storage = opened.storage;
  const events = options.events ?? (typeof window !== 'undefined' ? window : null);
  const { slides, notice, canSave } = loadDeck(storage, options.now);
  const store = useDeckStore;
  /** What this tab last read from or wrote to the browser: the base of a merge. */
  let synced = { raw: readSaved(storage), slides: slides ?? buildDefaultDeck() };
  let adopting = false;
  const adopt = (next: Slide[], custom: boolean) => {
    adopting = true;
    try {
      store.getState().adopt(next, custom);
    } finally {
      adopting = false;
    }
  };
  adopt(slides ?? buildDefaultDeck(), slides !== null);

  const saveSafely = reportingSaver('幻灯片', options.onSaveError);
  const unsubscribe = canSave
    ? store.subscribe((state, prev) => {
        if (adopting) return;
        if (state.slides === prev.slides && state.custom === prev.custom) return;
        saveSafely(() => {
          let { slides: toSave, custom } = state;
          const current = storage.getItem(DECK_STORAGE_KEY);
          const theirs = current !== synced.raw ? savedSlides(current) : null;
          if (theirs) {
            const merged = mergeDecks(synced.slides, toSave, theirs);
            toSave = merged.slides;
            custom = custom || current !== null;
            adopt(toSave, custom);
            const message = describeConflicts(merged.conflicts);
            if (message) options.onConflict?.(message);
          }
          if (custom) saveDeck(toSave, storage);
          else storage.removeItem(DECK_STORAGE_KEY);
          synced = { raw: readSaved(storage), slides: toSave };
        });
      })
    : () => {};

  const onStorage = (e: StorageEvent) => {
    if (e.key !== DECK_STORAGE_KEY || (e.storageArea && e.storageArea !== storage)) return;
    const theirs = savedSlides(e.newValue);
    if (!theirs) return;
    synced = { raw: e.newValue, slides: theirs };
    adopt(theirs, e.newValue !== null);
  };
  events?.addEventListener('storage', onStorage as EventListener);
  const stop = () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage as EventListener);
  };
  running = { notice, stop };
  return notice;
}

function readSaved(storage: Storage): string | null {
  try {
    return storage.getItem(DECK_STORAGE_KEY);
  } catch {
    return null;
  }
}
/** Stops saving (tests). */
export function stopDeckPersistence(): void {
  running?.stop();
  running = null;
}
