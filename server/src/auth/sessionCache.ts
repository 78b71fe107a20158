import type { Database } from '../db/database';
import type { EventHub } from '../events/hub';
import { sessionUser, tokenHash, type User } from './users';

const MAX_ENTRIES = 20_000;
/** An entry is re-read after this even without an event (belt and braces). */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Signed-in sessions held in the process, so a request does not cost a database query. A sign-out,
 * a disabled account or a new password (in any process, or the users command) is an event that
 * drops the entries at once; while the event listener is down, every request asks the database.
 */
export class SessionCache {
  private generation = 0;
  private entries = new Map<string, { user: User; expiresAt: number; readAt: number }>();
  private reading = new Map<string, { generation: number; promise: Promise<User | null> }>();

  constructor(
    private readonly db: Database,
    private readonly hub: EventHub,
  ) {
    hub.subscribe((e) => {
      const p = e.payload;
      if (p.kind === 'restored') {
        this.generation++;
        this.entries.clear();
      }
      if (p.kind !== 'sessions') return;
      this.generation++;
      if (p.tokenHash) this.entries.delete(p.tokenHash);
      if (p.userId !== undefined) for (const [k, v] of this.entries) if (v.user.id === p.userId) this.entries.delete(k);
    });
    hub.onStatus(() => {
      this.generation++;
      this.entries.clear();
    });
  }

  /** A mark to give `remember`: a session event after it means what was read before may be stale. */
  mark(): number {
    return this.generation;
  }

  /**
   * Holds a session just made by a sign-in, so the user's first requests do not each ask the
   * database (36 town users signing in and writing at once waited up to 1.5 s for their sessions).
   * Not held when a session event came after `since` (the account may have been disabled since).
   */
  remember(token: string, user: User, expiresAt: number, since: number): void {
    if (!this.hub.live || since !== this.generation) return;
    this.hold(tokenHash(token), { user, expiresAt, readAt: Date.now() });
  }

  /** Keeps an entry, dropping the oldest when the cache is full. */
  private hold(key: string, entry: { user: User; expiresAt: number; readAt: number }): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
  }

  forget(token: string): void {
    this.entries.delete(tokenHash(token));
  }

  /** The session's user when it is in memory and may be trusted, else undefined (ask `user`). */
  cached(token: string): User | undefined {
    const hit = this.entries.get(tokenHash(token));
    const now = Date.now();
    return hit && this.hub.live && hit.expiresAt > now && now - hit.readAt < MAX_AGE_MS ? hit.user : undefined;
  }

  /** The session's user (null: no such session): from memory, or one database read shared by all who ask meanwhile. */
  user(token: string): Promise<User | null> {
    const hit = this.cached(token);
    if (hit) return Promise.resolve(hit);
    const key = tokenHash(token);
    const running = this.reading.get(key);
    // a read that started before a sign-out event may have read the session still there: not joined
    if (running && running.generation === this.generation) return running.promise;
    this.entries.delete(key);
    const generation = this.generation;
    const now = Date.now();
    const promise = sessionUser(this.db, token).then((row) => {
      if (!row) return null;
      const { expiresAt, ...user } = row;
      if (this.hub.live && generation === this.generation) {
        this.hold(key, { user, expiresAt, readAt: now });
      }
      return user;
    });
    this.reading.set(key, { generation, promise });
    const done = () => this.reading.get(key)?.promise === promise && this.reading.delete(key);
    promise.then(done, done);
    return promise;
  }
}
