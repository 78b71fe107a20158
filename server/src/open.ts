import { openDatabase, type Database } from './db/database';
import { lockDataDir } from './db/dataDirLock';
import { migrate } from './db/migrate';
import { checkRecord } from './db/startupChecks';
import { ensureCells } from './quotas/cells';

export interface OpenedDatabase {
  db: Database;
  schemaVersion: number;
  close: () => Promise<void>;
}

/** Opens the configured database (locking a PGlite folder), applies the migrations, creates missing cells. */
export async function openMigrated(config: { databaseUrl?: string; dataDir: string }, what: string, options: { checkRecord?: boolean } = {}): Promise<OpenedDatabase> {
  const unlock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir, what);
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (e) {
    unlock();
    throw e;
  }
  try {
    const schemaVersion = await migrate(db);
    // before missing cells are created, which would hide lost ones (the server checks; the
    // commands that mend a database, such as restore, must not be refused)
    if (options.checkRecord) await checkRecord(db, config.databaseUrl ? '数据库（先用 pg_dump 保存）' : `数据目录 ${config.dataDir} `);
    await ensureCells(db);
    return {
      db,
      schemaVersion,
      close: async () => {
        await db.close();
        unlock();
      },
    };
  } catch (e) {
    await db.close().catch(() => {});
    unlock();
    throw e;
  }
}
