import { createHash } from 'node:crypto';
import { parseQuotaCsv, type RejectedRow } from '../../../src/quotas/csvImport';
import type { AuditEntry, ChangeMessage, ServerRow, Via } from '../../../src/quotas/shared/apiTypes';
import { MAX_COUNT, cellKey, type Year } from '../../../src/quotas/model';
import type { User } from '../auth/users';
import type { Database, Queryable } from '../db/database';
import { emit } from '../events/outbox';
import { ApiError, badRequest, forbidden } from '../http/errors';
import { QUOTA_FIELDS, QUOTA_UNITS, YEARS, isActual, type QuotaField } from '../units';

export type QuotaRow = ServerRow;
export type ChangeEvent = ChangeMessage;
export type { AuditEntry, Via };


const ROW_COLUMNS = `unit, year, metric, value, status, version, updated_by as "updatedBy",
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"`;

/** Creates the missing cells (value null, version 0) for every unit, year and metric the model knows. */
export async function ensureCells(db: Queryable): Promise<void> {
  const units: string[] = [];
  const years: number[] = [];
  const metrics: string[] = [];
  for (const u of QUOTA_UNITS) {
    for (const y of YEARS) {
      for (const m of QUOTA_FIELDS) {
        units.push(u);
        years.push(y);
        metrics.push(m);
      }
    }
  }
  await db.query(
    'insert into quota_cells (unit, year, metric) select * from unnest($1::text[], $2::integer[], $3::text[]) on conflict do nothing',
    [units, years, metrics],
  );
}

const unitOrder = new Map(QUOTA_UNITS.map((u, i) => [u, i]));
const sortRows = (rows: QuotaRow[]) =>
  rows.sort((a, b) => a.year - b.year || unitOrder.get(a.unit)! - unitOrder.get(b.unit)! || QUOTA_FIELDS.indexOf(a.metric) - QUOTA_FIELDS.indexOf(b.metric));

/** Every unit × metric of the year (only units the model knows, in its order). */
export async function readYear(db: Queryable, year: number): Promise<QuotaRow[]> {
  const rows = await db.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells where year = $1 and unit = any($2)`, [year, QUOTA_UNITS]);
  return sortRows(rows);
}

async function lockCell(tx: Queryable, unit: string, year: number, metric: QuotaField): Promise<QuotaRow> {
  const [row] = await tx.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells where unit = $1 and year = $2 and metric = $3 for update`, [unit, year, metric]);
  if (!row) throw badRequest('unknown_cell', `没有这个单元格：${unit} ${year} ${metric}`);
  return row;
}

/** What a user may write: planners everything; a town user its own unit's actuals; viewers nothing. */
export function checkWriteRight(user: User, unit: string, metric: QuotaField): void {
  if (user.role === 'planner') return;
  if (user.role === 'viewer') throw forbidden('只读账号不能修改数据');
  if (unit !== user.unit) throw forbidden(`镇街账号「${user.username}」只能填报本镇街（${user.unit}）的数据，不能修改 ${unit}`);
  if (!isActual(metric)) throw forbidden('镇街账号只能填报实际完成数，指标由市里下达');
}

function statusAfter(user: User, metric: QuotaField, value: number | null): QuotaRow['status'] {
  if (!isActual(metric) || value === null) return null;
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
     where unit = $1 and year = $2 and metric = $3 returning ${ROW_COLUMNS}`,
    [old.unit, old.year, old.metric, value, status, user.username],
  );
  await tx.query(
    `insert into audit (username, unit, year, metric, old_value, new_value, old_status, new_status, via, import_id, version)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [user.username, old.unit, old.year, old.metric, old.value, value, old.status, status, via, importId, row.version],
  );
  return row;
}


const conflict = (current: QuotaRow) =>
  new ApiError(409, 'version_conflict', `${current.unit} ${current.year} 的这个数值已被 ${current.updatedBy ?? '他人'} 修改（现为 ${current.value ?? '未设'}），请查看后再决定`, {
    current,
  });

/** A version-checked write of one cell. */
export async function putCell(db: Database, user: User, unit: string, year: number, metric: QuotaField, value: number | null, version: number): Promise<QuotaRow> {
  checkWriteRight(user, unit, metric);
  return db.transaction(async (tx) => {
    const old = await lockCell(tx, unit, year, metric);
    if (old.version !== version) throw conflict(old);
    const status = statusAfter(user, metric, value);
    if (old.value === value && old.status === status) return old;
    const row = await writeCell(tx, user, old, value, status, 'edit');
    await emit(tx, { kind: 'cells', via: 'edit', user: user.username, rows: [row] });
    return row;
  });
}

/** A planner confirms a town's reported actual. */
export async function confirmCell(db: Database, user: User, unit: string, year: number, metric: QuotaField, version: number): Promise<QuotaRow> {
  if (user.role !== 'planner') throw forbidden('只有规划人员可以确认镇街填报的数据');
  if (!isActual(metric)) throw badRequest('not_an_actual', '只有实际完成数需要确认');
  return db.transaction(async (tx) => {
    const old = await lockCell(tx, unit, year, metric);
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
  metric: QuotaField;
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
    else changes.push({ unit: r.town, year: r.year, metric: r.field, line: r.line, from: cell.value, to: r.value, version: cell.version });
  }
  const previewToken = createHash('sha256').update(JSON.stringify(changes)).digest('base64url').slice(0, 32);
  return { format: parsed.format, changes, unchanged, rejected: parsed.rejected, warnings: parsed.warnings, previewToken };
}

/** A server row's key: the client's `cellKey`, so the two sides never spell it differently. */
const keyOf = (cell: { unit: string; year: number; metric: QuotaField }) => cellKey(cell.unit, cell.year as Year, cell.metric);

async function currentCells(tx: Queryable, lock: boolean): Promise<Map<string, QuotaRow>> {
  const rows = await tx.query<QuotaRow>(`select ${ROW_COLUMNS} from quota_cells${lock ? ' for update' : ''}`);
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
      rows.push(await writeCell(tx, user, old, c.to, statusAfter(user, c.metric, c.to), 'import', importId));
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
    const entries = await tx.query<{ unit: string; year: number; metric: QuotaField; old_value: number | null; old_status: QuotaRow['status']; version: number }>(
      'select unit, year, metric, old_value, old_status, version from audit where import_id = $1 and via = $2',
      [importId, 'import'],
    );
    const current = await currentCells(tx, true);
    const changedSince = entries.filter((e) => current.get(keyOf(e))!.version !== e.version);
    if (changedSince.length) {
      const names = changedSince.slice(0, 5).map((e) => `${e.unit} ${e.year} ${e.metric}`).join('、');
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

export async function readAudit(db: Queryable, filter: { unit?: string; year?: number; metric?: string; limit: number }): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, username as "user", unit, year, metric,
       old_value as old, new_value as new, old_status as "oldStatus", new_status as "newStatus", via, import_id as "importId"
     from audit where ($1::text is null or unit = $1) and ($2::integer is null or year = $2) and ($3::text is null or metric = $3)
     order by id desc limit $4`,
    [filter.unit ?? null, filter.year ?? null, filter.metric ?? null, filter.limit],
  );
}

export { MAX_COUNT };
