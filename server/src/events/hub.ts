import type { Database } from '../db/database';
import { EVENTS_CHANNEL, type ChangeEvent } from '../quotas/cells';

export interface StoredEvent {
  id: number;
  payload: ChangeEvent;
}

type Subscriber = (event: StoredEvent) => void;

/**
 * Fans committed changes out to this process's event streams. Every process listens on the same
 * channel; a NOTIFY only says "there is something new", and the events themselves are read from
 * the events table, so a process that missed a notification (or a client that reconnects with
 * Last-Event-ID) catches up from the database.
 */
export class EventHub {
  private lastId = 0;
  private subscribers = new Set<Subscriber>();
  private stopListening: (() => Promise<void>) | null = null;
  private reading: Promise<void> = Promise.resolve();
  private again = false;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    const [row] = await this.db.query<{ id: number | null }>('select max(id)::integer as id from events');
    this.lastId = row?.id ?? 0;
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, () => this.catchUp());
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
    await this.reading;
  }

  subscribe(fn: Subscriber): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  get clientCount(): number {
    return this.subscribers.size;
  }

  /** Events after `afterId` (for a client that reconnects), oldest first. */
  async since(afterId: number, limit = 1000): Promise<StoredEvent[]> {
    return this.db.query<StoredEvent>('select id::integer as id, payload from events where id > $1 order by id limit $2', [afterId, limit]).then((rows) =>
      rows.map((r) => ({ id: r.id, payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload })),
    );
  }

  /** Reads what is new; notifications arriving meanwhile lead to one more read, never to a parallel one. */
  private catchUp(): void {
    if (this.again) return;
    this.again = true;
    this.reading = this.reading.then(async () => {
      this.again = false;
      try {
        const events = await this.since(this.lastId);
        for (const e of events) {
          this.lastId = Math.max(this.lastId, e.id);
          for (const fn of this.subscribers) fn(e);
        }
      } catch {
        // the database is away (closing, reconnecting): the next notification catches up
      }
    });
  }
}
