import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/** PGlite: PostgreSQL compiled to WebAssembly, one connection, data in a folder. */
export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn, options) =>
      pg.transaction(async (tx) => {
        if (options?.isolation) await tx.query(`set transaction isolation level ${options.isolation}`);
        return fn(wrap(tx));
      }),
    listen: async (channel, onPayload) => {
      const stop = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    close: async () => {
      if (!pg.closed) await pg.close();
    },
  };
}
