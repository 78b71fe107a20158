import type { Queryable } from '../db/database';
import type { ChangeMessage } from '../../../src/quotas/shared/apiTypes';
import type { PlanChangeMessage } from '../../../src/plans/planApiTypes';

export const EVENTS_CHANNEL = 'dgmap_events';

/** Held from an event's insert until its transaction commits (see emit). */
export const EVENTS_LOCK_KEY = 4_190_014;

/** A change of cells or of a plan (sent to the app), or of sign-ins (read only by the servers' session caches). */
export type StoredPayload = ChangeMessage | PlanChangeMessage | { kind: 'sessions'; userId?: number; tokenHash?: string } | { kind: 'restored' }
  /** Written by a migration that changes what the API sends (004): pages opened before it reload. */
  | { kind: 'upgraded'; schemaVersion: number };

/**
 * Writes an event into the outbox; must be the transaction's last statement. The events lock is
 * taken first and held until commit, so events get their ids in commit order: when a reader sees
 * event n, every event below n is committed (or rolled back for good). Reading "id > last seen"
 * then never skips a change that commits late (what a plain sequence does with overlapping
 * transactions). The lock is held only for the insert and the commit.
 */
export async function emit(tx: Queryable, payload: StoredPayload): Promise<void> {
  await emitAll(tx, [payload]);
}

/**
 * Several events (a group commit's), with ids in the order given; like emit, the transaction's last
 * statement. One statement: the events lock is joined to every inserted row, so it is held before
 * any id is drawn (a row's id is computed with the row, after both sides of the join).
 */
export async function emitAll(tx: Queryable, payloads: StoredPayload[]): Promise<void> {
  if (!payloads.length) return;
  await tx.query(
    `with locked as (select pg_advisory_xact_lock($1::bigint) as l),
     added as (insert into events (payload) select e from locked, jsonb_array_elements($2::jsonb) with ordinality as t(e, n) order by n returning id)
     select pg_notify($3, max(id)::text) from added`,
    [EVENTS_LOCK_KEY, JSON.stringify(payloads), EVENTS_CHANNEL],
  );
}
