import type { Database, ListenStatus } from '../db/database';
import { EVENTS_CHANNEL, type StoredPayload } from './outbox';

export interface StoredEvent {
  id: number;
  payload: StoredPayload;
}

type Subscriber = (event: StoredEvent) => void;

/** A reconnecting client is sent at most this many missed events; beyond, a reset (reload). */
export const REPLAY_LIMIT = 1000;

export type Replay = { reset: false; events: StoredEvent[] } | { reset: true; reason: string };

/**
 * Fans committed changes out to this process's event streams and caches. Every process listens on
 * the same channel; a NOTIFY only says "there is something new", and the events themselves are
 * read from the events table in id order, which is commit order (see outbox.ts). A process that
 * lost its listening connection catches up from the table when it is back; while it is away its
 * caches are not trusted (`live` is false) and /ready says so.
 */
export class EventHub {
  private lastId = 0;
  private subscribers = new Set<Subscriber>();
  private statusSubscribers = new Set<(status: ListenStatus) => void>();
  private stopListening: (() => Promise<void>) | null = null;
  private reading: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;
  private started = false;
  private _status: ListenStatus = { live: false, error: '尚未开始监听' };
  private downSince: number | null = Date.now();

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.stopped = false;
    // A hub started again goes on from what it delivered (and catches up); a new one from now.
    if (!this.started) {
      const [row] = await this.db.query<{ id: number | null }>('select max(id)::integer as id from events');
      this.lastId = row?.id ?? 0;
      this.started = true;
    }
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, () => this.catchUp(), (s) => this.setStatus(s));
    this.catchUp();
    await this.reading;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.stopListening?.();
    this.stopListening = null;
    await this.reading;
  }

  /** Whether this process hears every change now (its listener is connected and caught up). */
  get live(): boolean {
    return this._status.live;
  }

  get status(): ListenStatus & { downForSeconds?: number; lastEventId: number } {
    return { ...this._status, lastEventId: this.lastId, ...(this.downSince ? { downForSeconds: Math.round((Date.now() - this.downSince) / 1000) } : {}) };
  }

  /** The id of the newest event this process has delivered. */
  get lastDelivered(): number {
    return this.lastId;
  }

  /**
   * The newest committed event's id: where a new stream starts. Events are numbered in commit order
   * (outbox.ts), so any event that commits later has a larger id; `lastDelivered` may lag behind it
   * while a notification is still on its way, and a stream started there would get older events.
   */
  async head(): Promise<number> {
    const [row] = await this.db.query<{ max: number | null }>('select max(id)::integer as max from events');
    return row?.max ?? 0;
  }

  subscribe(fn: Subscriber): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Called when the listener goes down or comes back (caches drop what they hold on either). */
  onStatus(fn: (status: ListenStatus) => void): () => void {
    this.statusSubscribers.add(fn);
    return () => this.statusSubscribers.delete(fn);
  }

  get clientCount(): number {
    return this.subscribers.size;
  }

  /** Events after `afterId`, oldest first. */
  async since(afterId: number, limit = REPLAY_LIMIT): Promise<StoredEvent[]> {
    const rows = await this.db.query<StoredEvent>('select id::integer as id, payload from events where id > $1 order by id limit $2', [afterId, limit]);
    return rows.map((r) => ({ id: r.id, payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload }));
  }

  /**
   * What a client that saw events up to `afterId` missed: exactly those events, or a
   * reset when they are more than REPLAY_LIMIT, older than the kept window (pruned), or when the
   * id is beyond the newest event (the database was restored or replaced).
   */
  async replay(afterId: number): Promise<Replay> {
    const [bounds] = await this.db.query<{ min: number | null; max: number | null }>('select min(id)::integer as min, max(id)::integer as max from events');
    if (afterId > (bounds?.max ?? 0)) return { reset: true, reason: 'ahead' };
    if (bounds?.min != null && afterId < bounds.min - 1) return { reset: true, reason: 'pruned' };
    const events = await this.since(afterId, REPLAY_LIMIT + 1);
    if (events.length > REPLAY_LIMIT) return { reset: true, reason: 'too_many' };
    return { reset: false, events };
  }

  private setStatus(status: ListenStatus): void {
    const changed = status.live !== this._status.live;
    this._status = status;
    if (status.live) this.downSince = null;
    else this.downSince ??= Date.now();
    if (changed) for (const fn of this.statusSubscribers) fn(status);
  }

  /** Reads what is new; notifications arriving meanwhile lead to one more read, never to a parallel one. */
  private catchUp(): void {
    if (this.again) return;
    this.again = true;
    this.reading = this.reading.then(async () => {
      this.again = false;
      try {
        for (;;) {
          const events = await this.since(this.lastId);
          for (const e of events) {
            if (e.id <= this.lastId) continue;
            this.lastId = e.id;
            for (const fn of this.subscribers) {
              try {
                fn(e);
              } catch (error) {
                console.error(error);
              }
            }
          }
          if (events.length < REPLAY_LIMIT) break;
        }
      } catch (e) {
        // The database is away: the reconnect (or the next notification) catches up from lastId.
        // While the listener is down its reconnect catches up; otherwise try again in a second.
        if (this.stopped || !this._status.live) return;
        console.log(`dgmap: reading new events failed (${(e as Error).message}); retrying in 1 s`);
        setTimeout(() => !this.stopped && this.catchUp(), 1000).unref();
      }
    });
  }
}
