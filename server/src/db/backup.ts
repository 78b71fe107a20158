import { emit } from '../events/outbox';
import type { Database, Queryable } from './database';
import { latestSchemaVersion, schemaVersion } from './migrate';

/** Tables a backup holds, parents first. Sessions, login failures and events are passing state. */
const TABLES = ['users', 'quota_cells', 'imports', 'audit', 'plans', 'plan_audit'] as const;
const SEQUENCES: Record<string, string> = { users: 'id', imports: 'id', audit: 'id', plan_audit: 'id' };
export const BACKUP_FORMAT = 'dgmap-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  createdAt: string;
  database: string;
  tables: Record<(typeof TABLES)[number], unknown[]>;
  /** Set by parseBackup when the file was of an older schema and was converted (see upgradeBackup). */
  upgradedFrom?: number;
}

/** One consistent snapshot: every table read inside one repeatable-read transaction. */
export async function takeBackup(db: Database): Promise<Backup> {
  return db.transaction(
    async (tx) => {
      const [{ v }] = await tx.query<{ v: number }>('select max(version)::integer as v from schema_migrations');
      const tables = {} as Backup['tables'];
      for (const t of TABLES) {
        const rows = await tx.query<{ row: unknown }>(`select to_jsonb(t) as row from ${t} t order by 1`);
        tables[t] = rows.map((r) => (typeof r.row === 'string' ? JSON.parse(r.row) : r.row));
      }
      return { format: BACKUP_FORMAT, schemaVersion: v, createdAt: new Date().toISOString(), database: db.kind, tables };
    },
    { isolation: 'repeatable read' },
  );
}

/** Held (shared) by every running server on PostgreSQL; see postgres.ts. */
const SERVER_LOCK_KEY = 4_190_013;

/** What a restore would drop: the audit entries and imports written after the backup was taken. */
export async function changesSince(db: Queryable, backup: Backup): Promise<{ audit: { id: number; at: string; username: string; unit: string; year: number; field: string; old_value: number | null; new_value: number | null; via: string }[]; imports: number[] }> {
  const maxOf = (rows: unknown[]) => Math.max(0, ...rows.map((r) => Number((r as { id: number }).id)));
  const audit = await db.query<{ id: number; at: string; username: string; unit: string; year: number; field: string; old_value: number | null; new_value: number | null; via: string }>(
    `select id::integer as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as at, username, unit, year, field, old_value, new_value, via from audit where id > $1 order by id`,
    [maxOf(backup.tables.audit)],
  );
  const imports = await db.query<{ id: number }>('select id from imports where id > $1 order by id', [maxOf(backup.tables.imports)]);
  return { audit, imports: imports.map((r) => r.id) };
}

export function parseBackup(text: string): Backup {
  let backup: Backup;
  try {
    backup = JSON.parse(text);
  } catch {
    throw new Error('备份文件不是有效的 JSON');
  }
  if (backup?.format !== BACKUP_FORMAT || typeof backup.tables !== 'object') throw new Error('这不是本程序的备份文件（format 不是 dgmap-backup）');
  for (const t of TABLES) if (!Array.isArray(backup.tables[t])) throw new Error(`备份中缺少表 ${t}`);
  return upgradeBackup(backup);
}

/** A row of a backup with the column `from` renamed `to` (a row without it is left as it is). */
function renameColumn(rows: unknown[], from: string, to: string): unknown[] {
  return rows.map((row) => {
    if (typeof row !== 'object' || row === null || !(from in row)) return row;
    const { [from]: value, ...rest } = row as Record<string, unknown>;
    return { ...rest, [to]: value };
  });
}

/**
 * Brings a backup written by an older server up to the schema of this build, as the migrations
 * changed the tables, so that `npm run db -- restore` reads an old file instead of refusing it:
 * schema 3 → 4 (migration 004) renamed `metric` to `field` in quota_cells and audit. A backup of a
 * schema with no conversion here is returned as it is (restoreBackup then refuses it, naming both
 * versions).
 */
export function upgradeBackup(backup: Backup): Backup {
  if (backup.schemaVersion !== 3) return backup;
  const tables = {
    ...backup.tables,
    quota_cells: renameColumn(backup.tables.quota_cells, 'metric', 'field'),
    audit: renameColumn(backup.tables.audit, 'metric', 'field'),
  };
  return { ...backup, schemaVersion: 4, tables, upgradedFrom: backup.upgradedFrom ?? 3 };
}

/**
 * Replaces the data by a backup's, in one transaction. Refuses a backup of another schema version;
 * refuses while a server runs on the database (PostgreSQL; a PGlite folder is locked by its
 * server); refuses to drop changes made since the backup unless `yes`. Ids (imports, audit) go on
 * from the highest ever given, so an old "undo import 7" can never name another import.
 */
export async function restoreBackup(db: Database, text: string, options: { yes?: boolean } = {}): Promise<Record<string, number>> {
  const backup = parseBackup(text);
  const current = await schemaVersion(db);
  if (backup.schemaVersion !== current || current !== latestSchemaVersion()) {
    throw new Error(`备份的结构版本是 ${backup.schemaVersion}，数据库是 ${current}：版本不同，不能恢复（需要先做相应的迁移）`);
  }
  return db.transaction(async (tx) => {
    if (db.kind === 'postgresql') {
      const [{ free }] = await tx.query<{ free: boolean }>('select pg_try_advisory_xact_lock($1) as free', [SERVER_LOCK_KEY]);
      if (!free) throw new Error('有服务器进程正在使用这个数据库：请先停止所有服务器（systemctl stop dgmap@*），再恢复');
    }
    const dropped = await changesSince(tx, backup);
    if ((dropped.audit.length || dropped.imports.length) && !options.yes) {
      throw new Error(`备份之后已有 ${dropped.audit.length} 项修改、${dropped.imports.length} 次导入，恢复会丢弃它们（见上面的清单）；确认后加 --yes 再运行`);
    }
    const top: Record<string, number> = {};
    for (const [t, column] of Object.entries(SEQUENCES)) {
      const [{ n }] = await tx.query<{ n: number }>(`select greatest((select last_value from ${t}_${column}_seq), coalesce((select max(${column}) from ${t}), 0))::bigint as n`);
      top[t] = Number(n);
    }
    await tx.query('delete from sessions');
    await tx.query('delete from login_counters');
    for (const t of [...TABLES].reverse()) await tx.query(`delete from ${t}`);
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      const rows = backup.tables[t];
      if (rows.length) await tx.query(`insert into ${t} select * from jsonb_populate_recordset(null::${t}, $1::jsonb)`, [JSON.stringify(rows)]);
      counts[t] = rows.length;
      const column = SEQUENCES[t];
      if (column) await tx.query(`select setval(pg_get_serial_sequence('${t}', '${column}'), greatest($1::bigint, coalesce((select max(${column}) from ${t}), 0)) + 1, false)`, [top[t] ?? 0]);
    }
    // Every server drops its caches and signs everyone out; open pages reload.
    await emit(tx, { kind: 'restored' });
    return counts;
  });
}
