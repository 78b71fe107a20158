import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import type { EventHub } from '../events/hub';
import { readYear } from './cells';

export interface YearBody {
  /** The JSON answer `{ rows }`, serialised once per change. */
  body: string;
  /** A hash of the body: equal in every process that holds the same rows. */
  etag: string;
}

/**
 * The year lists, read far more often than written: each year is read and serialised once per
 * change, with an ETag. A change reaches this cache as an event (from any process) and clears only
 * the years it touched; while the event listener is down nothing is cached (another process's
 * change would go unheard). One reader refreshes a year while the others wait for its answer.
 */
export class YearCache {
  private entries = new Map<number, YearBody>();
  private pending = new Map<number, { generation: number; promise: Promise<YearBody> }>();
  private generations = new Map<number, number>();

  constructor(
    private readonly db: Database,
    private readonly hub: EventHub,
  ) {
    hub.subscribe((e) => {
      if (e.payload.kind === 'cells') this.invalidate(e.payload.rows.map((r) => r.year));
      if (e.payload.kind === 'restored') this.invalidate();
    });
    hub.onStatus(() => this.invalidate());
  }

  /** Drops the given years (all when none given), at once. */
  invalidate(years?: Iterable<number>): void {
    const list = years ? [...new Set(years)] : [...new Set([...this.entries.keys(), ...this.pending.keys(), ...this.generations.keys()])];
    for (const y of list) {
      this.generations.set(y, (this.generations.get(y) ?? 0) + 1);
      this.entries.delete(y);
      this.pending.delete(y);
    }
  }

  async get(year: number): Promise<YearBody> {
    const hit = this.entries.get(year);
    if (hit && this.hub.live) return hit;
    const generation = this.generations.get(year) ?? 0;
    const running = this.pending.get(year);
    if (running && running.generation === generation) return running.promise;
    const promise = readYear(this.db, year).then((rows) => {
      const body = JSON.stringify({ rows });
      const entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
      if ((this.generations.get(year) ?? 0) === generation && this.hub.live) this.entries.set(year, entry);
      return entry;
    });
    this.pending.set(year, { generation, promise });
    promise.then(
      () => this.pending.get(year)?.promise === promise && this.pending.delete(year),
      () => this.pending.get(year)?.promise === promise && this.pending.delete(year),
    );
    return promise;
  }
}
