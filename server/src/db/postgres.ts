import pg from 'pg';
import type { Database, Queryable } from './database';

// Keep int8 (bigserial ids, counts) as JavaScript numbers, as PGlite does; ids stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** A PostgreSQL server through a pool; LISTEN holds one client of its own, reconnecting if it drops. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
  pool.on('error', () => {}); // an idle client that dies is replaced on the next query
  await pool.query('select 1');
  const listeners: pg.Client[] = [];
  let closed = false;

  const query = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];
  return {
    kind: 'postgresql',
    query,
    transaction: async (fn, options) => {
      const client = await pool.connect();
      try {
        await client.query(options?.isolation ? `begin isolation level ${options.isolation}` : 'begin');
        const tx: Queryable = { query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[] };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      let client: pg.Client | null = null;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const c = new pg.Client({ connectionString: url });
        c.on('notification', (n) => n.channel === channel && onPayload(n.payload ?? ''));
        c.on('error', () => {
          listeners.splice(listeners.indexOf(c), 1);
          c.end().catch(() => {});
          if (!stopped && !closed) setTimeout(() => void connect().catch(() => {}), 500);
        });
        await c.connect();
        await c.query(`listen ${pg.escapeIdentifier(channel)}`);
        client = c;
        listeners.push(c);
        // A reconnect may have missed notifications: tell the listener to catch up.
        onPayload('');
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) {
          listeners.splice(listeners.indexOf(client), 1);
          await client.end().catch(() => {});
        }
      };
    },
    close: async () => {
      closed = true;
      await Promise.all(listeners.splice(0).map((c) => c.end().catch(() => {})));
      await pool.end();
    },
  };
}
