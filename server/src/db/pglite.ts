import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DB_TIMEOUTS, DatabaseUnavailable, type Database, type Queryable } from './database';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, one connection, data in a folder. Everything runs one
 * statement at a time, so a long transaction makes the others wait: a query that could not start
 * within the statement timeout is given up (503), and a transaction that starts after its caller
 * was given up rolls back at once, so nothing is written after the client was told it was not.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  const busy = () => new DatabaseUnavailable(`内置数据库忙（等待超过 ${DB_TIMEOUTS.statementMs / 1000} 秒）`);
  /** begin() says whether the work may still start (and from then on, the deadline no longer applies). */
  const withDeadline = <T>(run: (begin: () => boolean) => Promise<T>): Promise<T> => {
    let timedOut = false;
    let started = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (started) return;
        timedOut = true;
        reject(busy());
      }, DB_TIMEOUTS.statementMs);
    });
    const work = run(() => {
      if (!timedOut) started = true;
      return started;
    });
    work.catch(() => {});
    return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
  };
  const top = wrap(pg);
  return {
    kind: 'pglite',
    query: <T>(sql: string, params?: unknown[]) => {
      if (pg.closed) return Promise.reject(new DatabaseUnavailable('PGlite is closed'));
      return withDeadline(() => top.query<T>(sql, params));
    },
    transaction: (fn, options) =>
      withDeadline((begin) =>
        pg.transaction(async (tx) => {
          if (!begin()) throw busy();
          if (options?.isolation) await tx.query(`set transaction isolation level ${options.isolation}`);
          return fn(wrap(tx));
        }),
      ),
    listen: async (channel, onPayload, onStatus) => {
      const stop = await pg.listen(channel, onPayload);
      onStatus?.({ live: true });
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
