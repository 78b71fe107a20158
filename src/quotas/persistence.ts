import '../app/zodSetup'; // before any schema is built
import * as z from 'zod';
import { emptyQuotaData, type QuotaData } from './model';
import { describeSchemaError, deserialiseQuotaData, serialiseQuotaData, serialisedQuotaDataSchema, zhErrorMap } from './serialise';
import { useQuotaStore } from './store';
import { errorMessage } from '../lib/errorText';
import { moveAside, reportingSaver } from '../lib/savedState';

/**
 * Keeps the quota state in localStorage. A saved state that cannot be used (not JSON, wrong
 * shape, unknown version) is moved aside under its own key, never thrown away, and the load says
 * what went wrong so the app can tell the user; the app then starts from the defaults.
 */

import { STORAGE_KEY } from './storageKey';

export { STORAGE_KEY };
export const REJECTED_KEY_PREFIX = 'dgmap.quotas.rejected.';
const SCHEMA_VERSION = 1;

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
}

export function saveQuotaData(data: QuotaData, storage: Storage = localStorage, now: Date = new Date()): void {
  const payload = { schemaVersion: SCHEMA_VERSION, savedAt: now.toISOString(), data: serialiseQuotaData(data) };
  storage.setItem(STORAGE_KEY, JSON.stringify(payload));
}

export function loadQuotaData(storage: Storage = localStorage, now: () => number = Date.now): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { data: emptyQuotaData(), notice: `无法读取浏览器中保存的指标数据（${errorMessage(e)}），现使用默认值，修改不会保存。`, rejectedKey: null, canSave: false };
  }
  if (raw === null) return { data: emptyQuotaData(), notice: null, rejectedKey: null, canSave: true };

  const parsed = parseSaved(raw);
  if (parsed.ok) return { data: parsed.data, notice: null, rejectedKey: null, canSave: true };

  const rejectedKey = moveAside(storage, STORAGE_KEY, REJECTED_KEY_PREFIX, raw, now());
  const notice = rejectedKey
    ? `保存的指标数据无法使用：${parsed.reason}。原数据已另存为「${rejectedKey}」（未删除），现从默认值开始。`
    : `保存的指标数据无法使用：${parsed.reason}。原数据无法另存，已保留在「${STORAGE_KEY}」，本次的修改不会保存，以免覆盖它。`;
  return { data: emptyQuotaData(), notice, rejectedKey, canSave: rejectedKey !== null };
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
  if (version !== SCHEMA_VERSION) {
    return { ok: false, reason: version === undefined ? '缺少版本号 schemaVersion（格式不符）' : `版本 ${JSON.stringify(version)} 未知（本程序读取版本 ${SCHEMA_VERSION}）` };
  }
  const parsed = savedSchema.safeParse(json, { error: zhErrorMap });
  if (!parsed.success) return { ok: false, reason: `格式不符（${describeSchemaError(parsed.error)}）` };
  return { ok: true, data: deserialiseQuotaData(parsed.data.data) };
}

let unsubscribe: (() => void) | null = null;
let firstNotice: string | null = null;

export interface PersistenceOptions {
  storage?: Storage;
  now?: () => number;
  /** Told when a save fails (storage full or disabled). */
  onSaveError?: (message: string) => void;
}

/**
 * Loads the saved state into useQuotaStore and saves every later change. Call once at start-up;
 * returns the notice to show (null when all went well). Calling it again does nothing and
 * returns the first notice.
 */
export function initQuotaPersistence(options: PersistenceOptions = {}): string | null {
  if (unsubscribe) return firstNotice;
  const storage = options.storage ?? localStorage;
  const result = loadQuotaData(storage, options.now);
  useQuotaStore.getState().hydrate(result.data);
  firstNotice = result.notice;
  const saveSafely = reportingSaver('指标数据', options.onSaveError);
  unsubscribe = result.canSave
    ? useQuotaStore.subscribe((state, prev) => {
        if (state.data !== prev.data) saveSafely(() => saveQuotaData(state.data, storage));
      })
    : () => {};
  return firstNotice;
}

/** Stops saving (for tests, or before replacing the storage). */
export function stopQuotaPersistence(): void {
  unsubscribe?.();
  unsubscribe = null;
  firstNotice = null;
}
