/** Where the quota state is saved (src/quotas/persistence.ts); a module of its own, so start-up can look without loading the schemas. */
export const STORAGE_KEY = 'dgmap.quotas.v1';

/** True unless the browser certainly holds no saved quota state. */
export function mayHaveSavedQuotas(storage?: Storage): boolean {
  try {
    // Reading window.localStorage itself throws when the browser blocks site data.
    const store = storage ?? globalThis.localStorage;
    return !store || store.getItem(STORAGE_KEY) !== null;
  } catch {
    return true;
  }
}
