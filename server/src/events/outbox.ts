import type { Queryable } from '../db/database';
import type { ChangeMessage } from '../../../src/quotas/shared/apiTypes';
import type { PlanChangeMessage } from '../../../src/plans/planApiTypes';

export const EVENTS_CHANNEL = 'dgmap_events';

/** Held from an event's insert until its transaction commits (see emit). */
const EVENTS_LOCK_KEY = 4_190_014;

/** A change of cells or of a plan (sent to the app), or of sign-ins (read only by the servers' session caches). */
export type StoredPayload = ChangeMessage | PlanChangeMessage | { kind: 'sessions'; userId?: number; tokenHash?: string } | { kind: 'restored' };

/**
 * Writes an event into the outbox; must be the transaction's last statement. The events lock is
 * taken first and held until commit, so events get their ids in commit order: when a reader sees
 * event n, every event below n is committed (or rolled back for good). Reading "id > last seen"
 * then never skips a change that commits late (what a plain sequence does with overlapping
 * transactions). The lock is held only for the insert and the commit.
 */
export async function emit(tx: Queryable, payload: StoredPayload): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [EVENTS_LOCK_KEY]);
  const [{ id }] = await tx.query<{ id: number }>('insert into events (payload) values ($1) returning id', [JSON.stringify(payload)]);
  await tx.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, String(id)]);
}
