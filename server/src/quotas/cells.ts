import { createHash } from 'node:crypto';
import { parseQuotaCsv, type RejectedRow } from '../../../src/quotas/csvImport';
import type { AuditEntry, ChangeMessage, ServerRow, Via } from '../../../src/quotas/shared/apiTypes';
import { MAX_COUNT, cellKey, type Year } from '../../../src/quotas/model';
import type { User } from '../auth/users';
import { DB_TIMEOUTS, DatabaseUnavailable, isUnavailable, type Database, type Queryable } from '../db/database';
import { EVENTS_CHANNEL, EVENTS_LOCK_KEY, emit } from '../events/outbox';
import { ApiError, badRequest, forbidden } from '../http/errors';
import { QUOTA_FIELDS, QUOTA_UNITS, YEARS, isActual, type QuotaField } from '../units';

export type QuotaRow = ServerRow;
export type ChangeEvent = ChangeMessage;
export type { AuditEntry, Via };


/** The columns of a row as the API sends it; `t` qualifies them (e.g. 'c.'). */
const rowColumns = (t = '') => `${t}unit, ${t}year, ${t}field, ${t}value, ${t}status, ${t}version, ${t}updated_by as "updatedBy",
  to_char(${t}updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`;
const ROW_COLUMNS = rowColumns();

/** Creates the missing cells (value null, version 0) for every unit, year and field the model knows. */
export async function ensureCells(db: Queryable): Promise<void> {
  const units: string[] = [];
  const years: number[] = [];
  const fields: string[] = [];
  for (const u of QUOTA_UNITS) {
    for (const y of YEARS) {
      for (const m of QUOTA_FIELDS) {
        units.push(u);
        years.push(y);
        fields.push(m);
      }
    }
  }
  await db.query(
    'insert into quota_cells (unit, year, field) select * from unnest($1::text[], $2::integer[], $3::text[]) on conflict do nothing',
    [units, years, fields],
  );
}

const unitOrder = new Map(QUOTA_UNITS.map((u, i) => [u, i]));
const sortRows = (rows: QuotaRow[]) =>
  rows.sort((a, b) => a.year - b.year || unitOrder.get(a.unit)! - unitOrder.get(b.unit)! || QUOTA_FIELDS.indexOf(a.field) - QUOTA_FIELDS.indexOf(b.field));

/** Every unit × field of the year (only units the model knows, in its order). */
export async function readYear(db: Queryable, year: number): Promise<QuotaRow[]> {
  const rows = await db.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells where year = $1 and unit = any($2)`, [year, QUOTA_UNITS]);
  return sortRows(rows);
}

async function lockCell(tx: Queryable, unit: string, year: number, field: QuotaField): Promise<QuotaRow> {
  const [row] = await tx.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells where unit = $1 and year = $2 and field = $3 for update`, [unit, year, field]);
  if (!row) throw badRequest('unknown_cell', `没有这个单元格：${unit} ${year} ${field}`);
  return row;
}

/** What a user may write: planners everything; a town user its own unit's actuals; viewers nothing. */
export function checkWriteRight(user: User, unit: string, field: QuotaField): void {
  if (user.role === 'planner') return;
  if (user.role === 'viewer') throw forbidden('只读账号不能修改数据');
  if (unit !== user.unit) throw forbidden(`镇街账号「${user.username}」只能填报本镇街（${user.unit}）的数据，不能修改 ${unit}`);
  if (!isActual(field)) throw forbidden('镇街账号只能填报实际完成数，指标由市里下达');
}

function statusAfter(user: User, field: QuotaField, value: number | null): QuotaRow['status'] {
  if (!isActual(field) || value === null) return null;
  return user.role === 'planner' ? 'confirmed' : 'reported';
}

async function writeCell(
  tx: Queryable,
  user: User,
  old: QuotaRow,
  value: number | null,
  status: QuotaRow['status'],
  via: Via,
  importId: number | null = null,
): Promise<QuotaRow> {
  const [row] = await tx.query<QuotaRow>(
    `update quota_cells set value = $4, status = $5, version = version + 1, updated_by = $6, updated_at = now()
     where unit = $1 and year = $2 and field = $3 returning ${ROW_COLUMNS}`,
    [old.unit, old.year, old.field, value, status, user.username],
  );
  await tx.query(
    `insert into audit (username, unit, year, field, old_value, new_value, old_status, new_status, via, import_id, version)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [user.username, old.unit, old.year, old.field, old.value, value, old.status, status, via, importId, row.version],
  );
  return row;
}


const conflict = (current: QuotaRow) =>
  new ApiError(409, 'version_conflict', `${current.unit} ${current.year} 的这个数值已被 ${current.updatedBy ?? '他人'} 修改（现为 ${current.value ?? '未设'}），请查看后再决定`, {
    current,
  });

/**
 * A version-checked write of one cell. Writes that arrive while others are being committed wait
 * and are then committed together, in one transaction (group commit, see CellWriter): 36 writers
 * cost a few transactions rather than 36 in a row. Each write is still checked, refused (409) or
 * accepted on its own, audited once and sent as its own event.
 */
export async function putCell(db: Database, user: User, unit: string, year: number, field: QuotaField, value: number | null, version: number): Promise<QuotaRow> {
  checkWriteRight(user, unit, field);
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new CellWriter(db)));
  return writer.submit({ user, unit, year, field, value, version, deadline: performance.now() + DB_TIMEOUTS.statementMs });
}

interface CellWrite {
  user: User;
  unit: string;
  year: number;
  field: QuotaField;
  value: number | null;
  version: number;
  /** Not written after this (performance.now()): its client has been told 503 by then, or soon will be. */
  deadline: number;
}

const writers = new WeakMap<Database, CellWriter>();
/** A group commit holds at most this many writes (and at most one per cell). */
const MAX_BATCH = 200;

/**
 * Group commit of cell writes. While a transaction commits, the writes that arrive queue up; the
 * next transaction takes them all (one per cell; a second write of a cell waits for the next
 * round, so it sees the first one's version). In that transaction the cells are locked in key
 * order (so two processes' batches cannot deadlock), each write is checked against its cell's
 * version, the accepted ones are written with a statement for all, each gets its audit entry and
 * its own event (ids in the order of the writes, under the events lock: commit order). A batch
 * that fails for a reason other than the database being away is retried write by write, so one
 * write's problem is never another's.
 */
class CellWriter {
  private queue: { write: CellWrite; resolve: (row: QuotaRow) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(private readonly db: Database) {}

  submit(write: CellWrite): Promise<QuotaRow> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length) {
        const batch: typeof this.queue = [];
        const later: typeof this.queue = [];
        const cells = new Set<string>();
        for (const item of this.queue) {
          const key = keyOf(item.write);
          if (cells.has(key) || batch.length >= MAX_BATCH) later.push(item);
          else {
            cells.add(key);
            batch.push(item);
          }
        }
        this.queue = later;
        let outcomes: (QuotaRow | Error)[];
        try {
          outcomes = await writeCells(this.db, batch.map((b) => b.write));
        } catch (e) {
          if (batch.length === 1 || isUnavailable(e)) {
            for (const b of batch) b.reject(e);
            continue;
          }
          // one write's problem (or a deadlock with an import) is not the others': one at a time
          for (const b of batch) await writeCells(this.db, [b.write]).then(([o]) => (o instanceof Error ? b.reject(o) : b.resolve(o)), b.reject);
          continue;
        }
        batch.forEach((b, i) => {
          const o = outcomes[i];
          if (o instanceof Error) b.reject(o);
          else b.resolve(o);
        });
      }
    } finally {
      this.running = false;
    }
  }
}

/** The outcome row of the batch statement: the cell as it was locked, and as written if it was. */
interface BatchOutcome {
  n: number;
  current: QuotaRow | null;
  written: QuotaRow | null;
}

const rowJson = (t: string) => `jsonb_build_object('unit', ${t}.unit, 'year', ${t}.year, 'field', ${t}.field, 'value', ${t}.value, 'status', ${t}.status,
  'version', ${t}.version, 'updatedBy', ${t}.updated_by, 'updatedAt', to_char(${t}.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

/**
 * A batch of writes (distinct cells) as ONE statement, so its own transaction: a database round
 * trip costs a turn of an event loop busy with readers, and begin, lock, write, events and commit
 * as five statements made a write's time five of those turns. In it: the cells are locked in key
 * order (as every locker here locks them, so two processes cannot deadlock); a write whose version
 * is its cell's and whose value or status differs is written, with its audit entry; the events
 * lock is taken before any event id is drawn (ids in commit order, see outbox.ts) and each written
 * cell gets its own event, in the order of the writes; one notification wakes the listeners.
 * Returns each write's cell as locked and as written (null: not written).
 */
const BATCH_WRITE = `
  with input as (select e, n from jsonb_array_elements($1::jsonb) with ordinality as t(e, n)),
  locked as (
    select c.unit, c.year, c.field, c.value, c.status, c.version, c.updated_by, c.updated_at, i.e, i.n
    from quota_cells c join input i on c.unit = i.e->>'u' and c.year = (i.e->>'y')::integer and c.field = i.e->>'m'
    order by c.unit, c.year, c.field
    for update of c),
  accepted as (
    select * from locked l
    where l.version = (l.e->>'ver')::integer
      and (l.value is distinct from (l.e->>'v')::integer or l.status is distinct from l.e->>'s')),
  changed as (
    update quota_cells c set value = (a.e->>'v')::integer, status = a.e->>'s', version = c.version + 1, updated_by = a.e->>'by', updated_at = now()
    from accepted a where c.unit = a.unit and c.year = a.year and c.field = a.field
    returning c.unit, c.year, c.field, c.value, c.status, c.version, c.updated_by, c.updated_at, a.n, a.value as old_value, a.status as old_status, a.e->>'by' as by),
  audited as (
    insert into audit (username, unit, year, field, old_value, new_value, old_status, new_status, via, version)
    select by, unit, year, field, old_value, value, old_status, status, 'edit', version from changed),
  evented as (
    insert into events (payload)
    select jsonb_build_object('kind', 'cells', 'via', 'edit', 'user', ch.by, 'rows', jsonb_build_array(${rowJson('ch')}))
    from (select pg_advisory_xact_lock($2::bigint)) events_lock, changed ch order by ch.n
    returning id)
  select i.n::integer as n,
    case when l.n is null then null else ${rowJson('l')} end as current,
    case when ch.n is null then null else ${rowJson('ch')} end as written,
    (select pg_notify($3, max(id)::text) from evented having count(*) > 0) is not null as notified
  from input i left join locked l on l.n = i.n left join changed ch on ch.n = i.n
  order by i.n`;

/** A batch of writes (distinct cells): for each, its new row, the unchanged row, or the refusal. */
async function writeCells(db: Database, batch: CellWrite[]): Promise<(QuotaRow | Error)[]> {
  // A write that waited past its deadline (behind a database that did not answer) is not
  // written: its client is told 503, and nothing may change after that.
  const now = performance.now();
  const outcomes: (QuotaRow | Error | undefined)[] = batch.map((w) =>
    w.deadline < now ? new DatabaseUnavailable(`数据库忙（等待超过 ${DB_TIMEOUTS.statementMs / 1000} 秒）`) : undefined,
  );
  const writes = batch.flatMap((w, i) => (outcomes[i] ? [] : [{ i, w }]));
  if (writes.length) {
    const input = JSON.stringify(
      writes.map(({ w }) => ({ u: w.unit, y: w.year, m: w.field, v: w.value, s: statusAfter(w.user, w.field, w.value), ver: w.version, by: w.user.username })),
    );
    const rows = await db.query<BatchOutcome>(BATCH_WRITE, [input, EVENTS_LOCK_KEY, EVENTS_CHANNEL]);
    rows.forEach(({ current, written }, k) => {
      const { i, w } = writes[k]!;
      if (written) outcomes[i] = written;
      else if (!current) outcomes[i] = badRequest('unknown_cell', `没有这个单元格：${w.unit} ${w.year} ${w.field}`);
      else if (current.version !== w.version) outcomes[i] = conflict(current);
      else outcomes[i] = current; // the same value and status: nothing to write
    });
  }
  return outcomes as (QuotaRow | Error)[];
}

/**
 * Runs the batch statement once at start on a write that cannot apply (no version is -1): the
 * database plans it and the cell is only looked at, so nothing is written, audited or sent. On
 * PGlite the first batch after a start otherwise waits for that planning.
 */
export async function warmUpCellWrites(db: Database): Promise<void> {
  const input = JSON.stringify([{ u: QUOTA_UNITS[0], y: YEARS[0], m: QUOTA_FIELDS[0], v: null, s: null, ver: -1, by: 'warm-up' }]);
  await db.query(BATCH_WRITE, [input, EVENTS_LOCK_KEY, EVENTS_CHANNEL]);
}

/** A planner confirms a town's reported actual. */
export async function confirmCell(db: Database, user: User, unit: string, year: number, field: QuotaField, version: number): Promise<QuotaRow> {
  if (user.role !== 'planner') throw forbidden('只有规划人员可以确认镇街填报的数据');
  if (!isActual(field)) throw badRequest('not_an_actual', '只有实际完成数需要确认');
  return db.transaction(async (tx) => {
    const old = await lockCell(tx, unit, year, field);
    if (old.version !== version) throw conflict(old);
    if (old.status !== 'reported') throw new ApiError(409, 'not_reported', '这个数值不是待确认的填报', { current: old });
    const row = await writeCell(tx, user, old, old.value, 'confirmed', 'confirm');
    await emit(tx, { kind: 'cells', via: 'confirm', user: user.username, rows: [row] });
    return row;
  });
}

export interface ImportChange {
  unit: string;
  year: number;
  field: QuotaField;
  line: number;
  from: number | null;
  to: number;
  version: number;
}

export interface ImportPreview {
  format: 'long' | 'wide' | null;
  changes: ImportChange[];
  unchanged: number;
  rejected: RejectedRow[];
  warnings: string[];
  /** Given back with the apply, so that it applies exactly what was previewed. */
  previewToken: string;
}

type ImportStep = (step: { importId: number; written: number; total: number }) => Promise<void>;
let afterHalfImported: ImportStep | null = null;

/**
 * A seam for the crash test: called inside the import's transaction once half its values are
 * written. Only `server/test/pausingServer.ts` (a test entry, never built) sets it.
 */
export function setAfterHalfImported(step: ImportStep | null): void {
  afterHalfImported = step;
}

function previewAgainst(current: Map<string, QuotaRow>, csv: string): ImportPreview {
  const parsed = parseQuotaCsv(csv);
  if (parsed.error) throw badRequest('bad_csv', parsed.error);
  const changes: ImportChange[] = [];
  let unchanged = 0;
  for (const r of parsed.rows) {
    const cell = current.get(cellKey(r.town, r.year, r.field));
    if (!cell) throw badRequest('unknown_cell', `没有这个单元格：${r.town} ${r.year}`);
    if (cell.value === r.value) unchanged++;
    else changes.push({ unit: r.town, year: r.year, field: r.field, line: r.line, from: cell.value, to: r.value, version: cell.version });
  }
  const previewToken = createHash('sha256').update(JSON.stringify(changes)).digest('base64url').slice(0, 32);
  return { format: parsed.format, changes, unchanged, rejected: parsed.rejected, warnings: parsed.warnings, previewToken };
}

/** A server row's key: the client's `cellKey`, so the two sides never spell it differently. */
const keyOf = (cell: { unit: string; year: number; field: QuotaField }) => cellKey(cell.unit, cell.year as Year, cell.field);

async function currentCells(tx: Queryable, lock: boolean): Promise<Map<string, QuotaRow>> {
  // locked in key order, as the group commit locks its cells (two lockers in one order cannot deadlock)
  const rows = await tx.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells${lock ? ' order by unit, year, field for update' : ''}`);
  return new Map(rows.map((r) => [keyOf(r), r]));
}

export async function previewImport(db: Database, user: User, csv: string): Promise<ImportPreview> {
  if (user.role !== 'planner') throw forbidden('只有规划人员可以导入数据');
  return previewAgainst(await currentCells(db, false), csv);
}

/** Applies every valid row of the CSV in one transaction: all of them or none. */
export async function applyImport(db: Database, user: User, csv: string, previewToken: string | null): Promise<{ importId: number | null; rows: QuotaRow[] }> {
  if (user.role !== 'planner') throw forbidden('只有规划人员可以导入数据');
  return db.transaction(async (tx) => {
    const current = await currentCells(tx, true);
    const preview = previewAgainst(current, csv);
    if (previewToken !== null && preview.previewToken !== previewToken) {
      throw new ApiError(409, 'preview_outdated', '预览之后数据已有变化，请重新检查后再导入', { preview });
    }
    if (preview.changes.length === 0 && preview.unchanged === 0) {
      const first = preview.rejected[0];
      throw badRequest('nothing_valid', `没有可导入的有效数值${first ? `（第 ${first.line} 行：${first.reason}${preview.rejected.length > 1 ? ` 等 ${preview.rejected.length} 行` : ''}）` : ''}`);
    }
    if (preview.changes.length === 0) return { importId: null, rows: [] };
    const [{ id: importId }] = await tx.query<{ id: number }>('insert into imports (username, changed) values ($1, $2) returning id', [user.username, preview.changes.length]);
    const rows: QuotaRow[] = [];
    const half = Math.floor(preview.changes.length / 2);
    for (const [i, c] of preview.changes.entries()) {
      if (i === half && afterHalfImported) await afterHalfImported({ importId, written: half, total: preview.changes.length });
      const old = current.get(keyOf(c))!;
      rows.push(await writeCell(tx, user, old, c.to, statusAfter(user, c.field, c.to), 'import', importId));
    }
    await emit(tx, { kind: 'cells', via: 'import', user: user.username, importId, rows });
    return { importId, rows: sortRows(rows) };
  });
}

/** Takes back an import, if none of its cells changed since. */
export async function undoImport(db: Database, user: User, importId: number): Promise<QuotaRow[]> {
  if (user.role !== 'planner') throw forbidden('只有规划人员可以撤销导入');
  return db.transaction(async (tx) => {
    const [imp] = await tx.query<{ undone: boolean }>('select undone_at is not null as undone from imports where id = $1 for update', [importId]);
    if (!imp) throw new ApiError(404, 'unknown_import', `没有编号为 ${importId} 的导入`);
    if (imp.undone) throw new ApiError(409, 'already_undone', '这次导入已经撤销过了');
    const entries = await tx.query<{ unit: string; year: number; field: QuotaField; old_value: number | null; old_status: QuotaRow['status']; version: number }>(
      'select unit, year, field, old_value, old_status, version from audit where import_id = $1 and via = $2',
      [importId, 'import'],
    );
    const current = await currentCells(tx, true);
    const changedSince = entries.filter((e) => current.get(keyOf(e))!.version !== e.version);
    if (changedSince.length) {
      const names = changedSince.slice(0, 5).map((e) => `${e.unit} ${e.year} ${e.field}`).join('、');
      throw new ApiError(409, 'changed_since_import', `导入之后已有 ${changedSince.length} 个数值被再次修改（${names}），不能整体撤销`);
    }
    const rows: QuotaRow[] = [];
    for (const e of entries) {
      rows.push(await writeCell(tx, user, current.get(keyOf(e))!, e.old_value, e.old_status, 'undo', importId));
    }
    await tx.query('update imports set undone_at = now() where id = $1', [importId]);
    await emit(tx, { kind: 'cells', via: 'undo', user: user.username, importId, rows });
    return sortRows(rows);
  });
}

export async function readAudit(db: Queryable, filter: { unit?: string; year?: number; field?: string; limit: number }): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, username as "user", unit, year, field,
       old_value as old, new_value as new, old_status as "oldStatus", new_status as "newStatus", via, import_id as "importId"
     from audit where ($1::text is null or unit = $1) and ($2::integer is null or year = $2) and ($3::text is null or field = $3)
     order by id desc limit $4`,
    [filter.unit ?? null, filter.year ?? null, filter.field ?? null, filter.limit],
  );
}

export { MAX_COUNT };
