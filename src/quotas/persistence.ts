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
  zhErrorMap,
} from './serialise';
import { useQuotaStore } from './store';
import { errorMessage } from '../lib/errorText';
import { browserStorage, reportingSaver } from '../lib/savedState';
import { loadStoredRecord, type StoredRecordSpec } from '../lib/savedRecord';
import { normaliseMarks, normaliseStrongTowns } from './defaults';
import { sortValues } from './model';

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

export function saveQuotaData(data: QuotaData, storage: Storage = localStorage, now: Date = new Date()): void {
  const payload = { schemaVersion: SCHEMA_VERSION, savedAt: now.toISOString(), data: serialiseQuotaData(data) };
  storage.setItem(STORAGE_KEY, JSON.stringify(payload));
}

/** The saved quota state as the one validating loader (src/lib/savedRecord.ts) reads it. */
export const quotaRecord: StoredRecordSpec<QuotaData> = {
  key: STORAGE_KEY,
  rejectedPrefix: REJECTED_KEY_PREFIX,
  what: '指标数据',
  instead: '现从默认值开始',
  check: (raw) => {
    const parsed = parseSaved(raw);
    return parsed.ok ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.reason };
  },
};

export function loadQuotaData(storage: Storage = localStorage, now: () => number = Date.now): LoadResult {
  const { value, ...rest } = loadStoredRecord(storage, quotaRecord, now);
  return { data: value ?? emptyQuotaData(), ...rest };
}

/** Reads a saved state, or says in Chinese why it cannot be used. */
function parseSaved(raw: string): { ok: true; data: QuotaData } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, reason: `不是有效的 JSON（${errorMessage(e)}）` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: '内容不是一个对象（格式不符）' };
  const version = (json as Record<string, unknown>).schemaVersion;
  const current = upgradeToCurrentVersion(json as Record<string, unknown>);
  if (!current) {
    return { ok: false, reason: version === undefined ? '缺少版本号 schemaVersion（格式不符）' : `版本 ${JSON.stringify(version)} 未知（本程序读取版本 ${SCHEMA_VERSION}）` };
  }
  const parsed = savedSchema.safeParse(current, { error: zhErrorMap });
  if (!parsed.success) return { ok: false, reason: `格式不符（${describeSchemaError(parsed.error)}）` };
  return { ok: true, data: deserialiseQuotaData(parsed.data.data) };
}

let unsubscribe: (() => void) | null = null;
let firstNotice: string | null = null;

export interface PersistenceOptions {
  /** The storage to use; by default the browser's localStorage (which may be blocked). */
  storage?: Storage;
  now?: () => number;
  /** Told when a save fails (storage full or disabled). */
  onSaveError?: (message: string) => void;
  /** Where other tabs' saves are heard (the `storage` event); by default this window. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/** The change one tab made (entered values and marks), to be laid over what another tab saved. */
export function applyChange(base: QuotaData, prev: QuotaData, next: QuotaData): QuotaData {
  const values = { ...base.values };
  for (const key of new Set([...Object.keys(prev.values), ...Object.keys(next.values)])) {
    const before = prev.values[key];
    const after = next.values[key];
    if (before === after) continue;
    if (after === undefined) delete values[key];
    else values[key] = after;
  }
  const highTechZones = normaliseMarks(layMarks(base.highTechZones, prev.highTechZones, next.highTechZones));
  const strongTowns = normaliseStrongTowns(layMarks(base.strongTowns, prev.strongTowns, next.strongTowns), highTechZones);
  return { highTechZones, strongTowns, values: sortValues(values) };
}

/** One tab's added and removed marks (创新强镇 or 高新区), laid over another tab's saved marks. */
function layMarks(base: readonly string[], prev: readonly string[], next: readonly string[]): Set<string> {
  const marks = new Set(base);
  for (const t of prev) if (!next.includes(t)) marks.delete(t);
  for (const t of next) if (!prev.includes(t)) marks.add(t);
  return marks;
}

/**
 * Loads the saved state into useQuotaStore and saves every later change. Call once at start-up;
 * returns the notice to show (null when all went well). Calling it again does nothing and
 * returns the first notice.
 *
 * Several tabs share one saved state: a change is laid over what is saved now (which may hold
 * another tab's edits), and a tab follows the others' saves through the `storage` event, so no
 * tab silently drops another's edit. Blocked storage (the browser's "block site data") starts
 * from the defaults with a notice; nothing is saved then.
 */
export function initQuotaPersistence(options: PersistenceOptions = {}): string | null {
  if (unsubscribe) return firstNotice;
  const opened = options.storage ? { storage: options.storage, error: null } : browserStorage();
  if (!opened.storage) {
    useQuotaStore.getState().hydrate(emptyQuotaData());
    firstNotice = `浏览器不允许本网站保存数据（${opened.error}），指标从默认值开始，本次的修改不会保存。可在浏览器设置中允许本网站保存数据，或导出 CSV/JSON 保存。`;
    unsubscribe = () => {};
    return firstNotice;
  }
  const storage = opened.storage;
  const result = loadQuotaData(storage, options.now);
  // On a first visit this starts after the first frame: an edit made meanwhile is kept and saved, not reset.
  const editedBeforeStart = !result.found && JSON.stringify(useQuotaStore.getState().data) !== JSON.stringify(emptyQuotaData());
  if (!editedBeforeStart) useQuotaStore.getState().hydrate(result.data);
  firstNotice = result.notice;
  if (!result.canSave) {
    unsubscribe = () => {};
    return firstNotice;
  }
  const saveSafely = reportingSaver('指标数据', options.onSaveError);
  let following = false;
  const follow = (data: QuotaData) => {
    following = true;
    try {
      useQuotaStore.getState().hydrate(data);
    } finally {
      following = false;
    }
  };
  const stopSaving = useQuotaStore.subscribe((state, prev) => {
    if (following || state.data === prev.data) return;
    saveSafely(() => {
      const stored = readStored(storage);
      const merged = stored ? applyChange(stored, prev.data, state.data) : state.data;
      saveQuotaData(merged, storage);
      // Another tab's edits were in what is saved: show them here too.
      if (merged !== state.data && JSON.stringify(merged) !== JSON.stringify(state.data)) follow(merged);
    });
  });
  if (editedBeforeStart) saveSafely(() => saveQuotaData(useQuotaStore.getState().data, storage));
  const events = options.events ?? (typeof window === 'undefined' ? null : window);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    const parsed = parseSaved(e.newValue);
    if (parsed.ok) follow(parsed.data);
  };
  events?.addEventListener('storage', onStorage as EventListener);
  unsubscribe = () => {
    stopSaving();
    events?.removeEventListener('storage', onStorage as EventListener);
  };
  return firstNotice;
}

function readStored(storage: Storage): QuotaData | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  const parsed = parseSaved(raw);
  return parsed.ok ? parsed.data : null;
}

/** Stops saving (for tests, or before replacing the storage). */
export function stopQuotaPersistence(): void {
  unsubscribe?.();
  unsubscribe = null;
  firstNotice = null;
}
