/**
 * Accepted boundaries are kept in the browser's IndexedDB (never sent anywhere), with a schema
 * version. A record that cannot be read back (another version, damaged) is kept under a
 * `rejected-<time>` key and the app starts on the default boundaries with a notice.
 */
import type { Topology } from 'topojson-specification';
import type { GeoMeta } from '../geo/types';

const DB_NAME = 'dgmap-boundaries';
const STORE = 'boundaries';
const ACTIVE = 'active';
export const SAVED_BOUNDARIES_VERSION = 1;

export interface SavedBoundaries {
  version: typeof SAVED_BOUNDARIES_VERSION;
  savedAt: string;
  fileName: string;
  topology: Topology;
  meta: GeoMeta;
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transact<T>(factory: IDBFactory, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function isSaved(value: unknown): value is SavedBoundaries {
  const v = value as SavedBoundaries | null;
  return (
    !!v &&
    v.version === SAVED_BOUNDARIES_VERSION &&
    typeof v.fileName === 'string' &&
    v.topology?.type === 'Topology' &&
    Array.isArray(v.meta?.towns) &&
    v.meta.towns.length > 0
  );
}

export type LoadedBoundaries = { saved: SavedBoundaries | null; notice?: string };

export async function loadSavedBoundaries(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<LoadedBoundaries> {
  if (!factory) return { saved: null };
  let value: unknown;
  try {
    value = await transact(factory, 'readonly', (s) => s.get(ACTIVE));
  } catch (error) {
    return { saved: null, notice: `导入的边界无法从浏览器读取（${(error as Error).message}），现使用默认边界。` };
  }
  if (value === undefined) return { saved: null };
  if (isSaved(value)) return { saved: value };
  const aside = `rejected-${Date.now()}`;
  try {
    await transact(factory, 'readwrite', (s) => s.put(value, aside));
    await transact(factory, 'readwrite', (s) => s.delete(ACTIVE));
  } catch {
    /* kept where it was */
  }
  const version = (value as { version?: unknown })?.version;
  return {
    saved: null,
    notice: `浏览器中保存的导入边界无法读取（${version !== SAVED_BOUNDARIES_VERSION ? `版本 ${String(version)}，应为 ${SAVED_BOUNDARIES_VERSION}` : '内容不完整'}），已另存为 ${aside}，现使用默认边界。请重新导入边界文件。`,
  };
}

export async function saveBoundaries(saved: SavedBoundaries, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, 'readwrite', (s) => s.put(saved, ACTIVE));
}

export async function clearSavedBoundaries(factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, 'readwrite', (s) => s.delete(ACTIVE));
}
