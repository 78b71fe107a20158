/**
 * An IndexedDB database holding one object store (schema version 1), the shape every record this
 * browser keeps in IndexedDB uses (imported boundaries, the planner's own plans). `transactStore`
 * opens it, runs `work` in one transaction and closes it; it resolves with the last request's result
 * once the transaction has committed, and rejects if the transaction fails or is aborted.
 */
export interface KeyValueDb {
  name: string;
  store: string;
}

function open(factory: IDBFactory, db: KeyValueDb): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(db.name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(db.store);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function transactStore<T>(
  factory: IDBFactory,
  db: KeyValueDb,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const opened = await open(factory, db);
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = opened.transaction(db.store, mode);
      const request = work(tx.objectStore(db.store));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    opened.close();
  }
}
