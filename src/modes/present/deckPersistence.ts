/**
 * Keeps an edited deck in localStorage (versioned: the same file format as the JSON export). A saved
 * deck that cannot be used is moved aside under its own key, never thrown away; the user is told
 * and the built-in briefing is used. The built-in deck itself is not saved, so it follows the model.
 */
import { presentMessages as m } from '../../i18n/catalogue/present';
import { t, type Message } from '../../i18n/messages';
import { dispatchDeck, listenDeck, useDeckStore, type DeckAction, type DeckData } from './deck';
import { buildDefaultDeck } from './defaultDeck';
import { deckToJson, parseDeckJson, parseDeckValue } from './deckJson';
import { NO_STAMP, absorbFields, holdsLater, newTabId, openTabChannel, tabClock, type Entry, type LostEdit, type Stamp } from '../../lib/fieldStamps';
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
  get what() {
    return t(m.savedWhat);
  },
  get instead() {
    return t(m.savedInstead);
  },
  check: (raw) => {
    const parsed = parseSavedDeckText(raw);
    return parsed.ok ? { ok: true, value: parsed.slides } : { ok: false, reason: parsed.error };
  },
};

export function loadDeck(storage: Storage = localStorage, now: () => number = Date.now): DeckLoadResult {
  const { value, notice, rejectedKey, canSave } = loadStoredRecord(storage, deckRecord, now);
  return { slides: value, notice, rejectedKey, canSave };
}

/** A saved deck: the deck file, with the tabs' stamps (`sync`) beside it. */
function parseSavedDeckText(raw: string): ReturnType<typeof parseDeckJson> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return parseDeckJson(raw); // says what is wrong with the text
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return parseDeckValue(json);
  const { sync: _sync, ...file } = json as Record<string, unknown>;
  return parseDeckValue(file);
}

export interface DeckPersistenceOptions {
  storage?: Storage;
  now?: () => number;
  onSaveError?: (message: string) => void;
  /** Told when another tab's edit made at the same time replaced one of this tab's, with a way to take it back. */
  onConflict?: (message: string, takeBack?: { label: string; perform: () => void }) => void;
  /** Where other tabs' saves are heard (the `storage` event); the window unless given. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Where other tabs' actions are heard at once; by default a BroadcastChannel when the browser has one. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'> | null;
  tab?: string;
}

/** Set while the deck is being kept: the notice of the first load, and how to stop saving. */
let running: { notice: string | null; stop: () => void } | null = null;

const CHANNEL = 'dgmap.deck';
const FIELDS = ['title', 'caption', 'notes', 'layers', 'camera', 'highlight', 'quota'] as const;
const FIELD_NAMES: Record<(typeof FIELDS)[number], Message> = {
  title: m.fieldTitle,
  caption: m.fieldCaption,
  notes: m.fieldNotes,
  layers: m.fieldLayers,
  camera: m.fieldCamera,
  highlight: m.fieldHighlight,
  quota: m.fieldQuota,
};
const ORDER = '#order';
const CUSTOM = '#custom';
const ALIVE = '#alive';

/**
 * The deck as fields, each with its own stamp (lib/fieldStamps.ts): every field of every slide
 * (`<id>|title` …), whether a slide exists (`<id>|#alive`, false once removed), the order and
 * whether the deck is the user's own.
 */
type Doc = Record<string, unknown>;

function docOf(slides: readonly Slide[], custom: boolean, removed: Iterable<string> = []): Doc {
  const doc: Doc = { [ORDER]: slides.map((s) => s.id), [CUSTOM]: custom };
  for (const id of removed) doc[`${id}|${ALIVE}`] = false;
  for (const slide of slides) {
    doc[`${slide.id}|${ALIVE}`] = true;
    for (const f of FIELDS) doc[`${slide.id}|${f}`] = slide[f] ?? null;
  }
  return doc;
}

/**
 * The fields a local action can have changed, read from the action (as quotas/actions.ts changesOf
 * does): an edit names its slide's fields, an added slide its own, a move the order, a removal the
 * slide's existence. A whole-deck action (import, reset, undo) can change any field: null.
 */
function fieldsTouchedBy(action: DeckAction, prev: DeckData): string[] | null {
  const fields = FIELDS as readonly string[];
  switch (action.type) {
    case 'deck/update':
      return [...Object.keys(action.patch).filter((f) => fields.includes(f)).map((f) => `${action.id}|${f}`), CUSTOM];
    case 'deck/add':
      return [...FIELDS.map((f) => `${action.slide.id}|${f}`), `${action.slide.id}|${ALIVE}`, ORDER, CUSTOM];
    case 'deck/move':
      return [ORDER, CUSTOM];
    case 'deck/remove': {
      const id = prev.slides[action.index]?.id;
      return [...(id ? [`${id}|${ALIVE}`] : []), ORDER, CUSTOM];
    }
    default:
      return null;
  }
}

function slidesOf(doc: Doc): { slides: Slide[]; custom: boolean } {
  const alive = (id: string) => doc[`${id}|${ALIVE}`] === true;
  const order = ((doc[ORDER] as string[] | undefined) ?? []).filter(alive);
  for (const key of Object.keys(doc)) {
    const [id, field] = key.split('|');
    if (field === ALIVE && alive(id) && !order.includes(id)) order.push(id);
  }
  const slides = order.map((id) => {
    const slide: Record<string, unknown> = { id };
    for (const f of FIELDS) {
      const v = doc[`${id}|${f}`];
      if (v !== null && v !== undefined) slide[f] = v;
      else if (f === 'quota') slide[f] = null;
    }
    return slide as unknown as Slide;
  });
  return { slides, custom: doc[CUSTOM] === true };
}

interface SavedDeck {
  slides: Slide[] | null;
  custom: boolean;
  stamps: Record<string, Stamp>;
  removed: string[];
}

/** A saved text as a deck with its stamps: the built-in deck when nothing is saved; null when unreadable. */
function readSavedDeck(raw: string | null): SavedDeck | null {
  if (raw === null) return { slides: buildDefaultDeck(), custom: false, stamps: {}, removed: [] };
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const sync = json?.sync;
  const parsed = parseSavedDeckText(raw);
  if (!parsed.ok) return null;
  const meta = (typeof sync === 'object' && sync !== null ? sync : {}) as { stamps?: Record<string, Stamp>; removed?: string[] };
  return { slides: parsed.slides, custom: true, stamps: meta.stamps ?? {}, removed: Array.isArray(meta.removed) ? meta.removed : [] };
}

/**
 * Loads the saved deck into useDeckStore and saves every later edit (unless the saved deck could
 * not be moved aside). Saving is a listener of the deck actions: a 'local' action stamps the
 * fields it changed (by slide id and field), is sent to the other tabs and laid over what is
 * saved now, the later stamp winning per field; what another tab sends or saves comes in as a
 * 'deck/receive' action, not sent back. So an edit to another slide or another field is never
 * lost, and when both tabs changed the same field the later wins everywhere and the other tab is
 * told which value it lost, with a button to take it back. Idempotent: a second call does nothing
 * and returns the first call's notice (null when all went well).
 */
export function initDeckPersistence(options: DeckPersistenceOptions = {}): string | null {
  if (running) return running.notice;
  const opened = options.storage ? { storage: options.storage, error: null } : browserStorage();
  if (!opened.storage) {
    dispatchDeck({ type: 'deck/load', slides: [], custom: false }, 'storage');
    running = { notice: t(m.storageRefused, { error: String(opened.error) }), stop: () => {} };
    return running.notice;
  }
  const storage = opened.storage;
  const events = options.events ?? (typeof window !== 'undefined' ? window : null);
  const { slides, notice, canSave } = loadDeck(storage, options.now);
  const tab = options.tab ?? newTabId();
  const clock = tabClock(tab);
  const saved = slides ? readSavedDeck(readSaved(storage)) : null;
  const stamps: Record<string, Stamp> = { ...saved?.stamps };
  Object.values(stamps).forEach(clock.seen);
  /** Every field this tab knows, removed slides included (so a removal is a field too). */
  let doc: Doc = docOf(slides ?? buildDefaultDeck(), slides !== null, saved?.removed ?? []);
  dispatchDeck({ type: 'deck/load', slides: slides ?? buildDefaultDeck(), custom: slides !== null }, 'storage');
  const removedIds = () => Object.keys(doc).filter((k) => k.endsWith(`|${ALIVE}`) && doc[k] === false).map((k) => k.split('|')[0]);

  const channel = options.channel === undefined ? openTabChannel(CHANNEL) : options.channel;
  const tell = (lost: LostEdit[]) => {
    for (const l of lost) {
      const [id, field] = l.key.split('|');
      const slide = useDeckStore.getState().slides.find((s) => s.id === id);
      const nameMessage = FIELD_NAMES[field as keyof typeof FIELD_NAMES];
      const name = nameMessage ? t(nameMessage) : undefined;
      if (!slide || !name) {
        options.onConflict?.(t(m.orderConflict));
        continue;
      }
      const shown = typeof l.lost === 'string' ? t(m.lostValue, { value: l.lost }) : t(m.lostSettings);
      options.onConflict?.(t(m.fieldConflict, { title: slide.title, field: name, lost: shown }), {
        label: t(m.takeBack, { field: name }),
        perform: () => dispatchDeck({ type: 'deck/update', id, patch: { [field]: l.lost ?? undefined } }),
      });
    }
  };
  /** Takes the later fields of what another tab sent or saved, as one 'deck/receive' action; returns the deck. */
  const take = (incoming: Record<string, Entry>, origin: 'tab' | 'storage') => {
    Object.values(incoming).forEach((e) => clock.seen(e.stamp));
    const { taken, lost } = absorbFields(incoming, stamps, (k) => doc[k], tab);
    if (Object.keys(taken).length === 0) return null;
    doc = { ...doc, ...taken };
    const next = slidesOf(doc);
    dispatchDeck({ type: 'deck/receive', ...next }, origin);
    tell(lost);
    return next;
  };
  const entriesOfSaved = (s: SavedDeck): Record<string, Entry> => {
    const d = docOf(s.slides ?? buildDefaultDeck(), s.custom, s.removed);
    return Object.fromEntries(Object.entries(d).map(([k, value]) => [k, { value, stamp: s.stamps[k] ?? NO_STAMP }]));
  };

  const saveSafely = reportingSaver(t(m.savedWhat), options.onSaveError);
  const save = () => {
    const current = readSaved(storage);
    const theirs = current !== null ? readSavedDeck(current) : null;
    const merged = (theirs && take(entriesOfSaved(theirs), 'storage')) || slidesOf(doc);
    if (merged.custom) storage.setItem(DECK_STORAGE_KEY, withSync(deckToJson(merged.slides), stamps, removedIds()));
    else storage.removeItem(DECK_STORAGE_KEY);
  };
  const unsubscribe = canSave
    ? listenDeck('local saving', ({ action, origin }, state, prev) => {
        if (origin !== 'local') return;
        // Fields edited over a value the user had not seen yet (another tab's, arrived while typing) get no base.
        const unseen = new Set<string>();
        if (action.type === 'deck/update' && action.seen) {
          const before = prev.slides.find((x) => x.id === action.id);
          for (const [f, v] of Object.entries(action.seen)) {
            if (JSON.stringify(before?.[f as keyof Slide] ?? null) !== JSON.stringify(v ?? null)) unseen.add(`${action.id}|${f}`);
          }
        }
        const next = docOf(state.slides, state.custom, removedIds());
        for (const key of Object.keys(doc)) if (key.endsWith(`|${ALIVE}`) && doc[key] === true && next[key] === undefined) next[key] = false;
        const sent: Record<string, Entry> = {};
        for (const key of fieldsTouchedBy(action, prev) ?? Object.keys(next)) {
          if (!(key in next)) continue;
          const value = next[key];
          // A field the action names but left as it was (a patch with the same title) is not sent.
          if (JSON.stringify(value) === JSON.stringify(doc[key] ?? null)) continue;
          stamps[key] = clock.next(unseen.has(key) ? undefined : stamps[key]);
          sent[key] = { value, stamp: stamps[key] };
        }
        doc = next;
        try {
          channel?.postMessage({ tab, entries: sent });
        } catch {
          // the storage event still carries it
        }
        saveSafely(save);
      })
    : () => {};

  const onMessage = (e: MessageEvent) => {
    const message = e.data as { tab?: string; entries?: Record<string, Entry> } | null;
    if (!message || message.tab === tab || typeof message.entries !== 'object' || message.entries === null) return;
    take(message.entries, 'tab');
  };
  channel?.addEventListener('message', onMessage);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== DECK_STORAGE_KEY || (e.storageArea && e.storageArea !== storage)) return;
    const theirs = readSavedDeck(e.newValue);
    if (!theirs) return;
    if (e.newValue === null) {
      // another tab went back to the built-in deck
      doc = docOf(theirs.slides!, false, removedIds());
      dispatchDeck({ type: 'deck/receive', slides: theirs.slides!, custom: false }, 'storage');
      return;
    }
    take(entriesOfSaved(theirs), 'storage');
    if (canSave && holdsLater(theirs.stamps, stamps)) saveSafely(save);
  };
  events?.addEventListener('storage', onStorage as EventListener);
  const stop = () => {
    unsubscribe();
    channel?.removeEventListener('message', onMessage);
    if (options.channel === undefined) (channel as BroadcastChannel | null)?.close();
    events?.removeEventListener('storage', onStorage as EventListener);
  };
  running = { notice, stop };
  return notice;
}

/** The deck file with this tab's stamps beside it (read back by readSavedDeck; the export has none). */
function withSync(fileJson: string, stamps: Record<string, Stamp>, removed: string[]): string {
  return JSON.stringify({ ...JSON.parse(fileJson), sync: { stamps, removed } });
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
