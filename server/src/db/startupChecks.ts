import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from './database';

/** The server refuses to start: the message names the problem and the fix. */
export class StartupCheckFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupCheckFailed';
  }
}

const RESTORE_FIX = (where: string) =>
  `修复：停止使用它的程序，把${where}移到别处保存（供排查），再用最近的备份恢复：npm run db -- restore <备份文件>（见 README「Database, migrations, backup」），然后重新启动。`;

/**
 * PGlite's own files, before it opens them: a missing or blank control file makes the WASM build
 * abort with "Aborted(). Build with -sASSERTIONS", which names neither the folder nor the fix.
 */
export function checkPgliteFiles(dataDir: string): void {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return; // a new folder: PGlite creates the database
  const control = join(dataDir, 'global', 'pg_control');
  const fix = RESTORE_FIX(`数据目录 ${dataDir} `);
  if (!existsSync(control)) throw new StartupCheckFailed(`内置数据库已损坏：数据目录 ${dataDir} 中缺少控制文件 global/pg_control，不能打开。${fix}`);
  const size = statSync(control).size;
  if (size < 512 || readFileSync(control).subarray(0, 512).every((b) => b === 0)) {
    throw new StartupCheckFailed(`内置数据库已损坏：数据目录 ${dataDir} 中的控制文件 global/pg_control 是空的或被清零（${size} 字节），不能打开。${fix}`);
  }
}

/** What PGlite throws for damaged files, as a message that names the folder and the fix. */
export function pgliteOpenFailed(dataDir: string, error: unknown): StartupCheckFailed {
  return new StartupCheckFailed(`内置数据库无法打开（数据目录 ${dataDir}）：${(error as Error)?.message ?? String(error)}。文件可能已损坏。${RESTORE_FIX(`数据目录 ${dataDir} `)}`);
}

/**
 * The record checked against its audit trail before the server serves it (and before missing
 * cells are created, which would hide lost ones). Every write of a cell adds one audit entry
 * carrying the cell's new version, so a cell's version is the number of its entries; every name in
 * the audit trail is an account (accounts are disabled, never deleted). A truncated or zeroed table
 * file reads as fewer rows without any error from the database: this is where it shows.
 */
export async function checkRecord(db: Queryable, where: string): Promise<void> {
  try {
    await checkRecordOrThrow(db, where);
  } catch (e) {
    if (e instanceof StartupCheckFailed) throw e;
    // e.g. "could not read blocks 0..0 in file …": a table file shorter than its index says
    throw new StartupCheckFailed(`检查数据时数据库报错：${(e as Error)?.message ?? String(e)}。数据库文件已损坏，服务器不会在这样的数据上启动。${RESTORE_FIX(where)}`);
  }
}

async function checkRecordOrThrow(db: Queryable, where: string): Promise<void> {
  const fix = RESTORE_FIX(where);
  // totals first (plain scans: what the audit page would show)
  const [totals] = await db.query<{ versions: number; entries: number }>(
    'select (select coalesce(sum(version), 0) from quota_cells)::integer as versions, (select count(*) from audit)::integer as entries',
  );
  if (totals.entries < totals.versions) {
    throw new StartupCheckFailed(
      `审计记录不完整：单元格共被修改 ${totals.versions} 次，审计记录只有 ${totals.entries} 条。数据库文件可能被截断或损坏，服务器不会在这样的数据上启动。${fix}`,
    );
  }
  const [cells] = await db.query<{ cells: number; versions: number; entries: number; short: number; missing: number }>(`
    select (select count(*) from quota_cells)::integer as cells,
           (select coalesce(sum(version), 0) from quota_cells)::integer as versions,
           (select count(*) from audit)::integer as entries,
           (select count(*) from quota_cells c
              where c.version > (select count(*) from audit a where a.unit = c.unit and a.year = c.year and a.field = c.field))::integer as short,
           (select count(*) from (select distinct unit, year, field from audit) a
              where not exists (select 1 from quota_cells c where c.unit = a.unit and c.year = a.year and c.field = a.field))::integer as missing`);
  if (cells.short > 0) {
    throw new StartupCheckFailed(
      `审计记录不完整：单元格共被修改 ${cells.versions} 次，审计记录只有 ${cells.entries} 条（${cells.short} 个单元格的修改缺少记录）。数据库文件可能被截断或损坏，服务器不会在这样的数据上启动。${fix}`,
    );
  }
  if (cells.missing > 0) {
    throw new StartupCheckFailed(
      `单元格数据不完整：审计记录中有 ${cells.missing} 个单元格在数据表中不存在（现有 ${cells.cells} 个）。数据库文件可能被截断或损坏，服务器不会在这样的数据上启动。${fix}`,
    );
  }
  const [users] = await db.query<{ accounts: number; unknown: number; example: string | null }>(`
    select (select count(*) from users)::integer as accounts,
           count(*)::integer as unknown, min(username) as example
      from (select distinct username from audit) a
     where not exists (select 1 from users u where u.username = a.username)`);
  if (users.unknown > 0) {
    throw new StartupCheckFailed(
      `账号表不完整：审计记录中的 ${users.unknown} 个账号（如「${users.example}」）在账号表中不存在（账号表现有 ${users.accounts} 个账号；账号只会停用，不会删除）。数据库文件可能被清零或损坏，若照常启动，这些用户将无法登录。${fix}`,
    );
  }
}
