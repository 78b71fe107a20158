import '../lib/zodSetup'; // before any schema is built
import * as z from 'zod';
import { emptyQuotaData, type QuotaData } from './model';
import {
  QUOTA_DATA_VERSION,
  describeSchemaError,
  deserialiseQuotaData,
  serialiseQuotaData,
  serialisedQuotaDataSchema,
  upgradeToCurrentVersion,
  schemaErrorMap,
} from './serialise';
import { quotaStateMessages as m } from '../i18n/catalogue/quotas-saved';
import { joinList, t } from '../i18n/messages';
import { unitNameIn } from './unitName';
import { dispatchQuota, listenQuotas, useQuotaStore } from './store';
import { changesOf, quotaUpdate, type QuotaAction, type QuotaMarks } from './actions';
import { FIELD_LABELS, parseCellKey } from './model';
import { effectiveValue } from './defaults';
import { MARKS, absorb, entriesOf, holdsLater, tabClock, type Entry, type FieldValue, type LostEdit, type Stamp } from './tabStamps';
import { errorMessage } from '../lib/errorText';
import { newTabId, openTabChannel } from '../lib/fieldStamps';
import { browserStorage, reportingSaver } from '../lib/savedState';
import { loadStoredRecord, type StoredRecordSpec } from '../lib/savedRecord';

/**
 * Keeps the quota state in localStorage. A saved state that cannot be used (not JSON, wrong
 * shape, unknown version) is moved aside under its own key, never thrown away, and the load says
 * what went wrong so the app can tell the user; the app then starts from the defaults.
 */

import { STORAGE_KEY } from './storageKey';

export { STORAGE_KEY };
export const REJECTED_KEY_PREFIX = 'dgmap.quotas.rejected.';
const SCHEMA_VERSION = QUOTA_DATA_VERSION;

const savedSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  savedAt: z.string().optional(),
  data: serialisedQuotaDataSchema,
  /** Who changed each field last (tabStamps.ts); absent in states saved before it existed. */
  stamps: z.record(z.string(), z.strictObject({ at: z.number(), tab: z.string(), base: z.string().nullable().optional() })).optional(),
});

export interface LoadResult {
  data: QuotaData;
  /** A sentence for the user when the saved state could not be used; null otherwise. */
  notice: string | null;
  /** Where the unusable state was put, if it was. */
  rejectedKey: string | null;
  /** False when the unusable state could not be moved aside: saving would overwrite it. */
  canSave: boolean;
  /** False when the browser holds no saved state at all. */
  found: boolean;
}

export function saveQuotaData(data: QuotaData, storage: Storage = localStorage, now: Date = new Date(), stamps?: Record<string, Stamp>): void {
  const payload = { schemaVersion: SCHEMA_VERSION, savedAt: now.toISOString(), data: serialiseQuotaData(data), ...(stamps ? { stamps } : {}) };
  storage.setItem(STORAGE_KEY, JSON.stringify(payload));
}

/** The saved quota state as the one validating loader (src/lib/savedRecord.ts) reads it. */
export const quotaRecord: StoredRecordSpec<QuotaData> = {
  key: STORAGE_KEY,
  rejectedPrefix: REJECTED_KEY_PREFIX,
  get what() {
    return t(m.quotaData);
  },
  get instead() {
    return t(m.fromDefaults);
  },
  check: (raw) => {
    const parsed = parseSaved(raw);
    return parsed.ok ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.reason };
  },
};

export function loadQuotaData(storage: Storage = localStorage, now: () => number = Date.now): LoadResult {
  const { value, ...rest } = loadStoredRecord(storage, quotaRecord, now);
  return { data: value ?? emptyQuotaData(), ...rest };
}

/** Reads a saved state, or says in the page's language why it cannot be used. */
function parseSaved(raw: string): { ok: true; data: QuotaData; stamps: Record<string, Stamp> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, reason: t(m.notJson, { error: errorMessage(e) }) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: t(m.notObject) };
  const version = (json as Record<string, unknown>).schemaVersion;
  const current = upgradeToCurrentVersion(json as Record<string, unknown>);
  if (!current) {
    return { ok: false, reason: version === undefined ? t(m.noVersion) : t(m.unknownVersion, { version: JSON.stringify(version), current: SCHEMA_VERSION }) };
  }
  const parsed = savedSchema.safeParse(current, { error: schemaErrorMap });
  if (!parsed.success) return { ok: false, reason: t(m.wrongFormat, { details: describeSchemaError(parsed.error) }) };
  return { ok: true, data: deserialiseQuotaData(parsed.data.data), stamps: parsed.data.stamps ?? {} };
}

let unsubscribe: (() => void) | null = null;
let firstNotice: string | null = null;

/** How this tab hears the others' actions at once (a BroadcastChannel); the `storage` event is the fallback. */
export interface TabChannel {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message', listener: (e: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (e: MessageEvent) => void) => void;
  close?: () => void;
}

export interface PersistenceOptions {
  /** The storage to use; by default the browser's localStorage (which may be blocked). */
  storage?: Storage;
  now?: () => number;
  /** Told when a save fails (storage full or disabled). */
  onSaveError?: (message: string) => void;
  /** Where other tabs' saves are heard (the `storage` event); by default this window. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Where other tabs' actions are heard; by default a BroadcastChannel when the browser has one. */
  channel?: TabChannel | null;
  /** Told when another tab's edit made at the same time replaced one of this tab's, with a way to take it back. */
  onLostEdit?: (message: string, takeBack: { label: string; perform: () => void }) => void;
  /** This tab's name in stamps (random unless given, for tests). */
  tab?: string;
}

const CHANNEL = 'dgmap.quotas';

function describeField(key: string): string {
  if (key === MARKS) return t(m.marks);
  const c = parseCellKey(key);
  return `${unitNameIn(c.town)} ${c.year} ${FIELD_LABELS[c.field]}`;
}

function describeValue(value: FieldValue): string {
  if (value === null) return t(m.unsetValue);
  if (typeof value === 'number') return String(value);
  return t(m.marksValue, { strong: joinList(value.strongTowns.map((u) => unitNameIn(u))) || t(m.none), zones: joinList(value.highTechZones.map((u) => unitNameIn(u))) || t(m.none) });
}


/**
 * Loads the saved state into useQuotaStore and saves every later change. Call once at start-up;
 * returns the notice to show (null when all went well). Calling it again does nothing and
 * returns the first notice.
 *
 * Saving is a listener of the quota actions: a 'local' action stamps the fields it changed, is
 * sent to the other tabs (BroadcastChannel) and is laid over what is saved now, field by field,
 * the later stamp winning (tabStamps.ts). What another tab sends or saves (the `storage` event)
 * comes in as a 'quota/receive' action of origin 'tab' or 'storage', which is not sent back. So a
 * save never overwrites a newer value for a field it did not change; when two tabs changed the
 * same field at the same time, the later one wins everywhere and the other tab is told what it
 * lost, with a button to take it back. Blocked storage (the browser's "block site data") starts
 * from the defaults with a notice; nothing is saved then.
 */
export function initQuotaPersistence(options: PersistenceOptions = {}): string | null {
  if (unsubscribe) return firstNotice;
  const opened = options.storage ? { storage: options.storage, error: null } : browserStorage();
  if (!opened.storage) {
    dispatchQuota({ type: 'quota/load', data: emptyQuotaData() }, 'storage');
    firstNotice = t(m.storageBlocked, { error: String(opened.error) });
    unsubscribe = () => {};
    return firstNotice;
  }
  const storage = opened.storage;
  const result = loadQuotaData(storage, options.now);
  const tab = options.tab ?? newTabId();
  const clock = tabClock(tab);
  /** This tab's stamp of each field: what it loaded, changed or took over. */
  const stamps: Record<string, Stamp> = result.found && !result.notice ? { ...readStoredFull(storage)?.stamps } : {};
  Object.values(stamps).forEach(clock.seen);
  // On a first visit this starts after the first frame: an edit made meanwhile is kept and saved, not reset.
  const early = useQuotaStore.getState().data;
  const editedBeforeStart = !result.found && JSON.stringify(early) !== JSON.stringify(emptyQuotaData());
  if (editedBeforeStart) {
    for (const key of Object.keys(early.values)) stamps[key] = clock.next(undefined);
    stamps[MARKS] = clock.next(undefined);
  } else {
    dispatchQuota({ type: 'quota/load', data: result.data }, 'storage');
  }
  firstNotice = result.notice;
  if (!result.canSave) {
    unsubscribe = () => {};
    return firstNotice;
  }
  const saveSafely = reportingSaver(t(m.quotaData), options.onSaveError);
  const channel = options.channel === undefined ? openTabChannel(CHANNEL) : options.channel;
  const ownChannel = options.channel === undefined;

  const mine = (key: string): FieldValue => {
    const data = useQuotaStore.getState().data;
    return key === MARKS ? { strongTowns: data.strongTowns, highTechZones: data.highTechZones } : (data.values[key] ?? null);
  };
  const tell = (lost: LostEdit[]) => {
    for (const l of lost) {
      const takeBack =
        l.key === MARKS
          ? () => dispatchQuota({ type: 'quota/receive', values: {}, marks: l.lost as QuotaMarks })
          : () => dispatchQuota({ type: 'quota/setValue', cell: parseCellKey(l.key), value: l.lost as number | null });
      options.onLostEdit?.(t(m.lostEdit, { field: describeField(l.key), lost: describeValue(l.lost), winner: describeValue(l.winner) }), {
        label: t(m.restore, { what: l.key === MARKS ? t(m.thisPagesMarks) : describeValue(l.lost) }),
        perform: takeBack,
      });
    }
  };
  /** Takes what another tab sent or saved: its later fields come in as one action of that origin (returned). */
  const take = (incoming: Record<string, Entry>, origin: 'tab' | 'storage'): QuotaAction | null => {
    Object.values(incoming).forEach((e) => clock.seen(e.stamp));
    const { values, marks, lost } = absorb(incoming, stamps, mine, tab);
    const action: QuotaAction | null = Object.keys(values).length > 0 || marks ? { type: 'quota/receive', values, marks } : null;
    if (action) dispatchQuota(action, origin);
    tell(lost);
    return action;
  };
  /**
   * Lays this tab's state over what is saved now (the later stamp wins per field) and writes the
   * result. Called from a listener, the taken-over action is queued behind the current one, so
   * what is written is computed from it here by the same updater.
   */
  const save = () => {
    const stored = readStoredFull(storage);
    const taken = stored ? take(entriesOf(stored.data, stored.stamps), 'storage') : null;
    const { data } = useQuotaStore.getState();
    saveQuotaData(taken ? quotaUpdate({ data, undo: null }, taken).data : data, storage, new Date(), stamps);
  };

  const stopSaving = listenQuotas('local saving', ({ action, origin }, state, prev) => {
    if (origin !== 'local') return;
    const changed = changesOf(action, state, prev);
    // An edit begun before the cell changed here (another tab's value arrived while typing) was
    // not made over that value: no base, so the tab whose value it replaces is told.
    const unseen =
      action.type === 'quota/setValue' && action.seen !== undefined && effectiveValue(prev.data, action.cell.town, action.cell.year, action.cell.field) !== action.seen;
    const sent: Record<string, Entry> = {};
    for (const [key, value] of Object.entries(changed.values)) {
      stamps[key] = clock.next(unseen ? undefined : stamps[key]);
      sent[key] = { value, stamp: stamps[key] };
    }
    if (changed.marks) {
      stamps[MARKS] = clock.next(stamps[MARKS]);
      sent[MARKS] = { value: mine(MARKS), stamp: stamps[MARKS] };
    }
    try {
      channel?.postMessage({ tab, entries: sent });
    } catch {
      // the storage event still carries the change
    }
    saveSafely(save);
  });
  if (editedBeforeStart) saveSafely(save);

  const onMessage = (e: MessageEvent) => {
    const message = e.data as { tab?: string; entries?: Record<string, Entry> } | null;
    if (!message || message.tab === tab || typeof message.entries !== 'object' || message.entries === null) return;
    take(message.entries, 'tab');
  };
  channel?.addEventListener('message', onMessage);

  const events = options.events ?? (typeof window === 'undefined' ? null : window);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    const parsed = parseSaved(e.newValue);
    if (!parsed.ok) return;
    take(entriesOf(parsed.data, parsed.stamps), 'storage');
    // Written by a tab that had not yet heard an edit of this one: write it again, merged.
    if (holdsLater(parsed.stamps, stamps)) saveSafely(save);
  };
  events?.addEventListener('storage', onStorage as EventListener);
  unsubscribe = () => {
    stopSaving();
    channel?.removeEventListener('message', onMessage);
    if (ownChannel) channel?.close?.();
    events?.removeEventListener('storage', onStorage as EventListener);
  };
  return firstNotice;
}

function readStoredFull(storage: Storage): { data: QuotaData; stamps: Record<string, Stamp> } | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  const parsed = parseSaved(raw);
  return parsed.ok ? parsed : null;
}

/** Stops saving (for tests, or before replacing the storage). */
export function stopQuotaPersistence(): void {
  unsubscribe?.();
  unsubscribe = null;
  firstNotice = null;
}
