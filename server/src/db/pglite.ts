import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DB_TIMEOUTS, DatabaseUnavailable, type Database, type Queryable } from './database';
import { checkPgliteFiles, pgliteOpenFailed } from './startupChecks';

interface Job {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

/**
 * Transactions and plain queries take turns when both wait: a write waits behind at most one read
 * per write ahead of it (never behind a crowd of readers), and reads are never starved by writers.
 */
const WRITES_BEFORE_A_READ = 1;

/**
 * PGlite: PostgreSQL compiled to WebAssembly, one connection, data in a folder. It runs one thing at
 * a time, so the work waits in a queue of ours:
 * - Transactions (every write is one) and plain queries (reads, mostly answered from the caches
 *   anyway) wait in two queues that take turns, so a write never waits behind a crowd of readers.
 * - Each piece of work starts from a fresh turn of the event loop. PGlite runs in this thread and
 *   settles its promises without the event loop: back-to-back queries would otherwise be one
 *   unbroken chain of microtasks during which no timer fires (no deadline) and no socket is read.
 * - Work that could not start within the statement timeout is given up (503) and never runs, so
 *   nothing is written after its client was told it was not. Once started it runs to the end.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  checkPgliteFiles(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir);
  } catch (e) {
    throw pgliteOpenFailed(dataDir, e);
  }
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  const busy = () => new DatabaseUnavailable(`内置数据库忙（等待超过 ${DB_TIMEOUTS.statementMs / 1000} 秒）`);

  const writes: Job[] = [];
  const reads: Job[] = [];
  let running = false;
  let scheduled = false;
  let writesInARow = 0;

  const next = (): Job | undefined => {
    if (reads.length && (writesInARow >= WRITES_BEFORE_A_READ || !writes.length)) {
      writesInARow = 0;
      return reads.shift();
    }
    writesInARow++;
    return writes.shift();
  };
  const pump = () => {
    scheduled = false;
    if (running) return;
    const job = next();
    if (!job) return;
    running = true;
    clearTimeout(job.timer);
    job
      .run()
      .then(job.resolve, job.reject)
      .finally(() => {
        running = false;
        schedule();
      });
  };
  const schedule = () => {
    if (scheduled || running || (!writes.length && !reads.length)) return;
    scheduled = true;
    setImmediate(pump);
  };
  const enqueue = <T>(queue: Job[], run: () => Promise<T>, first = false): Promise<T> => {
    if (pg.closed) return Promise.reject(new DatabaseUnavailable('PGlite is closed'));
    return new Promise<T>((resolve, reject) => {
      const job: Job = { run, resolve: resolve as (v: unknown) => void, reject };
      job.timer = setTimeout(() => {
        const i = queue.indexOf(job);
        if (i < 0) return;
        queue.splice(i, 1);
        reject(busy());
      }, DB_TIMEOUTS.statementMs);
      if (first) queue.unshift(job);
      else queue.push(job);
      schedule();
    });
  };

  const top = wrap(pg);
  return {
    kind: 'pglite',
    query: <T>(sql: string, params?: unknown[]) => enqueue(reads, () => top.query<T>(sql, params)),
    transaction: (fn, options) =>
      enqueue(writes, () =>
        pg.transaction(async (tx) => {
          if (options?.isolation) await tx.query(`set transaction isolation level ${options.isolation}`);
          return fn(wrap(tx));
        }),
      ),
    // a busy server is not a broken one: the health probe goes ahead of the queued work
    ping: async () => {
      await enqueue(writes, () => pg.query('select 1'), true);
    },
    listen: async (channel, onPayload, onStatus) => {
      const stop = await pg.listen(channel, onPayload);
      onStatus?.({ live: true });
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    close: async () => {
      for (const job of [...writes.splice(0), ...reads.splice(0)]) {
        clearTimeout(job.timer);
        job.reject(new DatabaseUnavailable('PGlite is closed'));
      }
      if (!pg.closed) await pg.close();
    },
  };
}
