import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import type { EventHub } from '../events/hub';
import { readYear, type QuotaRow } from './cells';

export interface YearBody {
  /** The JSON answer `{ rows }` (UTF-8), serialised once per change. */
  body: Buffer<ArrayBuffer>;
  /** A hash of the body: equal in every process that holds the same rows. */
  etag: string;
}

interface Entry {
  rows: QuotaRow[];
  /** `unit|field` → index in rows. */
  index: Map<string, number>;
  /** The serialised answer; null after a change until the next reader asks. */
  answer: YearBody | null;
}

interface Loading {
  generation: number;
  promise: Promise<YearBody>;
  /** Rows of changes heard while the year was being read (applied on top of what was read). */
  heard: QuotaRow[];
}

/** A row with its keys in one order, so every process serialises the same rows to the same bytes. */
const canonical = (r: QuotaRow): QuotaRow => ({
  unit: r.unit,
  year: r.year,
  field: r.field,
  value: r.value,
  status: r.status,
  version: r.version,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt,
});

/**
 * The year lists, read far more often than written. Each year is read from the database once; a
 * change reaches the cache as an event (from any process, in commit order; this process's own
 * writes also at once) carrying the changed rows, which replace the cached ones when their version
 * is newer. So a write costs no database read and no reader waits for one: the next reader
 * serialises the year once (with an ETag) and every reader after it is answered from memory.
 * While the event listener is down nothing is cached (another process's change would go unheard);
 * one reader refreshes a year while the others wait for its answer.
 */
export class YearCache {
  private entries = new Map<number, Entry>();
  private loading = new Map<number, Loading>();
  private generations = new Map<number, number>();

  constructor(
    private readonly db: Database,
    private readonly hub: EventHub,
  ) {
    hub.subscribe((e) => {
      if (e.payload.kind === 'cells') this.apply(e.payload.rows);
      if (e.payload.kind === 'restored') this.invalidate();
    });
    hub.onStatus(() => this.invalidate());
  }

  /** Drops the given years (all when none given), at once: the next reader reads them again. */
  invalidate(years?: Iterable<number>): void {
    const list = years ? [...new Set(years)] : [...new Set([...this.entries.keys(), ...this.loading.keys(), ...this.generations.keys()])];
    for (const y of list) {
      this.generations.set(y, (this.generations.get(y) ?? 0) + 1);
      this.entries.delete(y);
      this.loading.delete(y);
    }
  }

  /** Committed rows (from an event or this process's write): each replaces its cell if newer. */
  apply(rows: readonly QuotaRow[]): void {
    for (const row of rows) {
      this.loading.get(row.year)?.heard.push(row);
      const entry = this.entries.get(row.year);
      if (entry && put(entry, row)) entry.answer = null;
    }
  }

  /** The year's answer when it is in memory and may be trusted, else undefined (no waiting). */
  cached(year: number): YearBody | undefined {
    const entry = this.entries.get(year);
    if (!entry || !this.hub.live) return undefined;
    return (entry.answer ??= serialise(entry.rows));
  }

  async get(year: number): Promise<YearBody> {
    const hit = this.cached(year);
    if (hit) return hit;
    const generation = this.generations.get(year) ?? 0;
    const running = this.loading.get(year);
    if (running && running.generation === generation) return running.promise;
    const loading: Loading = { generation, promise: null as unknown as Promise<YearBody>, heard: [] };
    loading.promise = readYear(this.db, year).then((read) => {
      const rows = read.map(canonical);
      const entry: Entry = { rows, index: new Map(rows.map((r, i) => [`${r.unit}|${r.field}`, i])), answer: null };
      for (const row of loading.heard) put(entry, row);
      const answer = (entry.answer = serialise(entry.rows));
      if ((this.generations.get(year) ?? 0) === generation && this.hub.live) this.entries.set(year, entry);
      return answer;
    });
    this.loading.set(year, loading);
    const done = () => this.loading.get(year) === loading && this.loading.delete(year);
    loading.promise.then(done, done);
    return loading.promise;
  }
}

/** Puts a row into the entry if it is newer than the one there; whether it was. */
function put(entry: Entry, row: QuotaRow): boolean {
  const i = entry.index.get(`${row.unit}|${row.field}`);
  if (i === undefined || entry.rows[i].version >= row.version) return false;
  entry.rows[i] = canonical(row);
  return true;
}

function serialise(rows: QuotaRow[]): YearBody {
  const body = Buffer.from(JSON.stringify({ rows }));
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
}
