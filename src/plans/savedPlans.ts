/**
 * The planner's own plans kept in the browser's IndexedDB (local mode; never sent anywhere): one
 * record per plan, `{ version, savedAt, order, file }`, the file in the plan file format. A record
 * that cannot be read back (another version, damaged, or failing the plan checks) is moved aside
 * under `rejected-<time>-<key>`, never deleted, and the other plans load with a notice.
 */
import { planStatusMessages as planMessages } from '../i18n/catalogue/plans-status';
import { t } from '../i18n/messages';
import { planToFile, type Plan } from './planFormat';
import { transactStore, type KeyValueDb } from '../lib/keyValueDb';

const PLANS_DB: KeyValueDb = { name: 'dgmap-plans', store: 'plans' };
export const SAVED_PLANS_VERSION = 1;

interface SavedPlan {
  version: number;
  savedAt: string;
  order: number;
  file: unknown;
}

const transact = <T>(factory: IDBFactory, work: (store: IDBObjectStore) => IDBRequest<T> | void, mode: IDBTransactionMode = 'readwrite'): Promise<T | undefined> =>
  transactStore(factory, PLANS_DB, mode, work);

export interface LoadedPlans {
  plans: Plan[];
  notices: string[];
}

export async function loadSavedPlans(factory: IDBFactory | undefined = globalThis.indexedDB, now = Date.now()): Promise<LoadedPlans> {
  if (!factory) return { plans: [], notices: [] };
  let entries: [IDBValidKey, unknown][];
  try {
    let keys: IDBRequest<IDBValidKey[]> | undefined;
    const values = await transact<unknown[]>(
      factory,
      (s) => {
        keys = s.getAllKeys();
        return s.getAll();
      },
      'readonly',
    );
    entries = (keys?.result ?? []).map((k, i) => [k, values?.[i]]);
  } catch (error) {
    return { plans: [], notices: [t(planMessages.savedUnreadable, { error: (error as Error).message })] };
  }
  const plans: { order: number; plan: Plan }[] = [];
  const notices: string[] = [];
  // The plan checks (zod) load only when there is a plan to read: a first visit does without them.
  const kept = entries.filter(([key]) => !(typeof key === 'string' && key.startsWith('rejected-')));
  if (kept.length === 0) return { plans: [], notices: [] };
  const { parsePlanValue } = await import('./planFile');
  for (const [key, value] of kept) {
    const record = value as Partial<SavedPlan> | null;
    const problem =
      !record || typeof record !== 'object'
        ? t(planMessages.savedIncomplete)
        : record.version !== SAVED_PLANS_VERSION
          ? t(planMessages.savedVersion, { version: String(record.version), expected: SAVED_PLANS_VERSION })
          : null;
    const parsed = problem ? null : parsePlanValue(record!.file);
    if (parsed?.ok) {
      plans.push({ order: typeof record!.order === 'number' ? record!.order : 0, plan: parsed.plan });
      continue;
    }
    const why = problem ?? (parsed && !parsed.ok ? parsed.problems[0] : t(planMessages.savedIncomplete));
    const aside = `rejected-${now}-${String(key)}`;
    try {
      await transact(factory, (s) => {
        s.put(value, aside);
        s.delete(key);
      });
      notices.push(t(planMessages.savedSetAside, { key: String(key), why, aside }));
    } catch {
      notices.push(t(planMessages.savedSkipped, { key: String(key), why }));
    }
  }
  return { plans: plans.sort((a, b) => a.order - b.order).map((p) => p.plan), notices };
}

export async function savePlan(plan: Plan, order: number, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  const record: SavedPlan = { version: SAVED_PLANS_VERSION, savedAt: new Date().toISOString(), order, file: planToFile(plan) };
  await transact(factory, (s) => s.put(record, plan.group.id));
}

export async function deleteSavedPlan(id: string, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, (s) => s.delete(id));
}

/** Every key in the store, the moved-aside ones too (for tests and support). */
export async function savedPlanKeys(factory: IDBFactory = globalThis.indexedDB): Promise<string[]> {
  return ((await transact<IDBValidKey[]>(factory, (s) => s.getAllKeys(), 'readonly')) ?? []).map(String);
}

/** Puts a raw record under a key (tests: a damaged or future record). */
export async function putRawRecord(key: string, value: unknown, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  await transact(factory, (s) => s.put(value, key));
}
