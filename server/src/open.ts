import { openDatabase, type Database } from './db/database';
import { lockDataDir } from './db/dataDirLock';
import { migrate } from './db/migrate';
import { ensureCells } from './quotas/cells';

export interface OpenedDatabase {
  db: Database;
  schemaVersion: number;
  close: () => Promise<void>;
}

/** Opens the configured database (locking a PGlite folder), applies the migrations, creates missing cells. */
export async function openMigrated(config: { databaseUrl?: string; dataDir: string }, what: string): Promise<OpenedDatabase> {
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
