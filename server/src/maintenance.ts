import type { Database } from './db/database';
import { LOGIN_LIMITS } from './auth/users';

/**
 * Deletes what only grows: expired sessions, sign-in counters not touched for a day, and events
 * older than the replay window (always keeping the newest, so an up-to-date client is not reset).
 */
export async function prune(db: Database, options: { eventKeepDays: number }): Promise<{ sessions: number; counters: number; events: number }> {
  const sessions = await db.query('delete from sessions where expires_at < now() returning 1');
  const counters = await db.query('delete from login_counters where last_at < now() - make_interval(secs => $1) returning 1', [LOGIN_LIMITS.forgetAfterSeconds]);
  const events = await db.query(
    'delete from events where at < now() - make_interval(secs => $1 * 86400) and id < (select max(id) from events) returning 1',
    [options.eventKeepDays],
  );
  return { sessions: sessions.length, counters: counters.length, events: events.length };
}

/** Prunes a minute after start and then every hour; several processes pruning at once is harmless. */
export function startPruning(db: Database, options: { eventKeepDays: number }): () => void {
  const run = () =>
    prune(db, options)
      .then((n) => {
        if (n.sessions + n.counters + n.events) console.log(`dgmap: pruned ${n.sessions} expired sessions, ${n.counters} sign-in counters, ${n.events} old events`);
      })
      .catch((e) => console.log(`dgmap: pruning failed (${(e as Error).message}); will try again`));
  const first = setTimeout(run, 60_000);
  const every = setInterval(run, 3600_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
