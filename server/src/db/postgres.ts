import pg from 'pg';
import { DB_TIMEOUTS, isUnavailable, type Database, type ListenStatus, type Queryable } from './database';

// Keep int8 (bigserial ids, counts) as JavaScript numbers, as PGlite does; ids stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

/** Held (shared) by every server process on its listening connection; a restore needs it exclusively. */
export const SERVER_LOCK_KEY = 4_190_013;

const clientOptions = (url: string): pg.ClientConfig => ({
  connectionString: url,
  connectionTimeoutMillis: DB_TIMEOUTS.connectMs,
  // The server cancels a statement after this; the client gives up a little later (a frozen
  // server cancels nothing), so no request waits on the database for more than about 9 s.
  statement_timeout: DB_TIMEOUTS.statementMs,
  query_timeout: DB_TIMEOUTS.statementMs + 1000,
  idle_in_transaction_session_timeout: DB_TIMEOUTS.statementMs + 2000,
  lock_timeout: DB_TIMEOUTS.statementMs - 1000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 5000,
});

/** A PostgreSQL server through a pool; LISTEN holds one client of its own, reconnecting with backoff. */
export async function openPostgres(url: string, log: (line: string) => void = (l) => console.log(l)): Promise<Database> {
  const pool = new pg.Pool({ ...clientOptions(url), max: Number(process.env.PG_POOL_SIZE ?? 10) });
  pool.on('error', () => {}); // an idle client that dies is replaced on the next query
  // Every pooled client always has an error listener: a server shut down under load sends FATAL
  // 57P01 to connections between the pool's own listeners, and an 'error' event without a
  // listener ends the process (seen in the fault script: one of two processes died on the
  // restart). The failure still reaches the query that was using the connection.
  pool.on('connect', (client) => client.on('error', () => {}));
  await pool.query('select 1');
  const stoppers = new Set<() => Promise<void>>();

  /**
   * Set while the event listener is away: a query that succeeds means the database is back, so the
   * listener tries again at once rather than at its next backoff step (it is back, and this
   * process's caches on, within a moment of the database).
   */
  let wakeListener: (() => void) | null = null;
  const query = async <T>(sql: string, params: unknown[] = []) => {
    const rows = (await pool.query(sql, params)).rows as T[];
    wakeListener?.();
    return rows;
  };
  return {
    kind: 'postgresql',
    query,
    ping: async () => {
      await query('select 1');
    },
    transaction: async (fn, options) => {
      const client = await pool.connect();
      // A connection that breaks while checked out emits 'error': without a listener that would
      // end the process. The failing query reports it.
      const ignore = () => {};
      client.on('error', ignore);
      let broken: Error | undefined;
      try {
        await client.query(options?.isolation ? `begin isolation level ${options.isolation}` : 'begin');
        const tx: Queryable = { query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[] };
        const result = await fn(tx);
        await client.query('commit');
        wakeListener?.();
        return result;
      } catch (e) {
        // A connection that timed out or broke is thrown away, never handed to the next request.
        if (isUnavailable(e)) broken = e as Error;
        else await client.query('rollback').catch((r) => (broken = r));
        throw e;
      } finally {
        client.off('error', ignore);
        client.release(broken);
      }
    },
    listen: async (channel, onPayload, onStatus = () => {}) => {
      let client: pg.Client | null = null;
      let stopped = false;
      let attempts = 0;
      let ping: NodeJS.Timeout | undefined;
      let retry: NodeJS.Timeout | undefined;
      const status = (s: ListenStatus) => onStatus(s);

      const drop = (c: pg.Client, why: string) => {
        if (client !== c) return;
        client = null;
        clearInterval(ping);
        c.end().catch(() => {});
        if (stopped) return;
        log(`dgmap: event listener lost its database connection (${why}); reconnecting`);
        status({ live: false, error: why, attempts });
        schedule();
      };
      let connecting = false;
      const attempt = () => {
        clearTimeout(retry);
        if (connecting || stopped || client) return;
        connecting = true;
        wakeListener = null;
        void connect()
          .catch(onFailure)
          .finally(() => (connecting = false));
      };
      const schedule = () => {
        // At once, then 0.1 s, 0.2 s, 0.4 s, then every half second, with some jitter so processes
        // spread out; and at once whenever a query of the pool succeeds (wakeListener). Not longer:
        // while the listener is away this process's caches are off and /ready says 503, so it
        // should be back within a second of the database (an attempt every half second per
        // process costs the database nothing).
        const delay = attempts === 0 ? 0 : Math.min(500, 50 * 2 ** Math.min(attempts, 4)) * (0.8 + Math.random() * 0.4);
        wakeListener = attempt;
        retry = setTimeout(attempt, delay);
      };
      const onFailure = (e: Error) => {
        attempts++;
        if (stopped) return;
        if (attempts === 1 || attempts % 20 === 0) log(`dgmap: event listener cannot reach the database (attempt ${attempts}: ${e.message})`);
        status({ live: false, error: e.message, attempts });
        schedule();
      };
      const connect = async (): Promise<void> => {
        const c = new pg.Client(clientOptions(url));
        c.on('notification', (n) => n.channel === channel && onPayload(n.payload ?? ''));
        c.on('error', (e) => drop(c, e.message));
        c.on('end', () => drop(c, 'connection closed'));
        try {
          if (stopped) throw new Error('stopped');
          await c.connect();
          await c.query(`listen ${pg.escapeIdentifier(channel)}`);
          await c.query('select pg_advisory_lock_shared($1)', [SERVER_LOCK_KEY]);
        } catch (e) {
          c.end().catch(() => {});
          throw e;
        }
        if (stopped) {
          await c.end().catch(() => {});
          return;
        }
        client = c;
        if (attempts > 0) log(`dgmap: event listener reconnected after ${attempts} attempt(s); catching up from the events table`);
        attempts = 0;
        // A frozen server keeps the socket open: a ping every few seconds notices it.
        ping = setInterval(() => {
          c.query({ text: 'select 1', query_timeout: 3000 } as pg.QueryConfig).catch((e: Error) => drop(c, `no answer: ${e.message}`));
        }, 3000);
        status({ live: true });
        // A reconnect may have missed notifications: tell the listener to catch up.
        onPayload('');
      };
      await connect();
      const stop = async () => {
        stopped = true;
        clearTimeout(retry);
        clearInterval(ping);
        stoppers.delete(stop);
        const c = client;
        client = null;
        if (c) await c.end().catch(() => {});
      };
      stoppers.add(stop);
      return stop;
    },
    close: async () => {
      await Promise.all([...stoppers].map((s) => s()));
      await pool.end();
    },
  };
}
