import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../paths';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The versioned SQL files in server/migrations, `NNN_name.sql`, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

/** The schema version this build of the server reads and writes. */
export function latestSchemaVersion(): number {
  return Math.max(...readMigrations().map((m) => m.version));
}

const LOCK_KEY = 4_190_012; // any constant shared by every process: only one migrates at a time

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction under
 * an advisory lock (several server processes may start together). Refuses a database whose schema
 * is newer than this build. Returns the schema version. (`migrations`: the tests give the first few,
 * to build a database as an older server left it.)
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<number> {
  await db.query(
    'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
  );
  for (const m of migrations) {
    await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (done.length) return;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
    });
  }
  const version = await schemaVersion(db);
  const latest = Math.max(...migrations.map((m) => m.version));
  if (version > latest) throw new Error(`数据库的结构版本（${version}）比本程序（${latest}）新，请升级服务器程序`);
  return version;
}

export async function schemaVersion(db: Database): Promise<number> {
  const [row] = await db.query<{ v: number | null }>('select max(version)::integer as v from schema_migrations');
  return row?.v ?? 0;
}

/** Our migrations hold plain statements separated by semicolons at line ends (no functions bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
