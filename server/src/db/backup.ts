import type { Database } from './database';
import { latestSchemaVersion, schemaVersion } from './migrate';

/** Tables a backup holds, parents first. Sessions, login failures and events are passing state. */
const TABLES = ['users', 'quota_cells', 'imports', 'audit'] as const;
const SEQUENCES: Record<string, string> = { users: 'id', imports: 'id', audit: 'id' };
export const BACKUP_FORMAT = 'dgmap-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  createdAt: string;
  database: string;
  tables: Record<(typeof TABLES)[number], unknown[]>;
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

/** Replaces the data by a backup's, in one transaction. Refuses a backup of another schema version. */
export async function restoreBackup(db: Database, text: string): Promise<Record<string, number>> {
  let backup: Backup;
  try {
    backup = JSON.parse(text);
  } catch {
    throw new Error('备份文件不是有效的 JSON');
  }
  if (backup?.format !== BACKUP_FORMAT || typeof backup.tables !== 'object') throw new Error('这不是本程序的备份文件（format 不是 dgmap-backup）');
  const current = await schemaVersion(db);
  if (backup.schemaVersion !== current || current !== latestSchemaVersion()) {
    throw new Error(`备份的结构版本是 ${backup.schemaVersion}，数据库是 ${current}：版本不同，不能恢复（需要先做相应的迁移）`);
  }
  return db.transaction(async (tx) => {
    await tx.query('delete from sessions');
    await tx.query('delete from login_counters');
    for (const t of [...TABLES].reverse()) await tx.query(`delete from ${t}`);
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      const rows = backup.tables[t];
      if (!Array.isArray(rows)) throw new Error(`备份中缺少表 ${t}`);
      if (rows.length) await tx.query(`insert into ${t} select * from jsonb_populate_recordset(null::${t}, $1::jsonb)`, [JSON.stringify(rows)]);
      counts[t] = rows.length;
      const column = SEQUENCES[t];
      if (column) await tx.query(`select setval(pg_get_serial_sequence('${t}', '${column}'), coalesce((select max(${column}) from ${t}), 0) + 1, false)`);
    }
    return counts;
  });
}
