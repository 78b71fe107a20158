/**
 * Accepted boundaries are kept in the browser's IndexedDB (never sent anywhere), with a schema
 * version. A record that cannot be read back (another version, damaged) is kept under a
 * `rejected-<time>` key and the app starts on the default boundaries with a notice.
 */
import { SAVED_BOUNDARIES_VERSION, type SavedBoundaries } from './savedBoundariesRecord';
import type { GeoData } from '../geo/geoData';
import { errorMessage } from '../lib/errorText';
import { savedBoundaryMessages as m } from '../i18n/catalogue/boundaries-saved';
import { t } from '../i18n/messages';
import { judge } from '../lib/savedRecord';
import { transactStore, type KeyValueDb } from '../lib/keyValueDb';

export { SAVED_BOUNDARIES_VERSION, type SavedBoundaries };

const BOUNDARIES_DB: KeyValueDb = { name: 'dgmap-boundaries', store: 'boundaries' };
const ACTIVE = 'active';

/** Resolves with the request's result once the transaction has committed. */
const transact = async <T>(factory: IDBFactory, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
  (await transactStore(factory, BOUNDARIES_DB, mode, work)) as T;

/** `geo` is the saved boundaries decoded (checked whole by checkSavedBoundaries). */
export type LoadedBoundaries = { saved: SavedBoundaries | null; geo?: GeoData; notice?: string };

/**
 * Reads the saved boundaries through the whole-content check (the same door as every saved record,
 * src/lib/savedRecord.ts). Never throws: an unreadable database or an unusable record gives the
 * default boundaries and a notice naming what was wrong; the record is moved aside, never deleted.
 */
export async function loadSavedBoundaries(factory?: IDBFactory): Promise<LoadedBoundaries> {
  let value: unknown;
  try {
    factory ??= globalThis.indexedDB;
    if (!factory) return { saved: null };
    value = await transact(factory, 'readonly', (s) => s.get(ACTIVE));
  } catch (error) {
    return { saved: null, notice: t(m.unreadableStore, { error: errorMessage(error) }) };
  }
  if (value === undefined) return { saved: null };
  // The check (zod) loads only when there is a record: the first view of a browser without one does without it.
  let check: typeof import('./checkSavedBoundaries').checkSavedBoundaries;
  try {
    ({ checkSavedBoundaries: check } = await import('./checkSavedBoundaries'));
  } catch (error) {
    return { saved: null, notice: t(m.unreadableStore, { error: errorMessage(error) }) };
  }
  const verdict = judge(check, value);
  if (verdict.ok) return { saved: verdict.value.saved, geo: verdict.value.geo };
  const aside = `rejected-${Date.now()}`;
  let moved = false;
  try {
    await transact(factory, 'readwrite', (s) => s.put(value, aside));
    const copy = await transact(factory, 'readonly', (s) => s.get(aside));
    if (copy !== undefined) {
      await transact(factory, 'readwrite', (s) => s.delete(ACTIVE));
      moved = true;
    }
  } catch {
    /* kept where it was */
  }
  return {
    saved: null,
    notice: moved
      ? t(m.savedUnusableMoved, { reason: verdict.reason, aside })
      : t(m.savedUnusableKept, { reason: verdict.reason }),
  };
}

export async function saveBoundaries(saved: SavedBoundaries, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, 'readwrite', (s) => s.put(saved, ACTIVE));
}

export async function clearSavedBoundaries(factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, 'readwrite', (s) => s.delete(ACTIVE));
}
