import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrations } from '../src/db/migrate';
import { openMigrated } from '../src/open';

/**
 * Creating a PGlite database (its initdb) takes seconds; tests copy one migrated template made
 * once (kept in node_modules/.cache, keyed by the migrations and the PGlite version).
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const pgliteVersion = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version;
  const key = createHash('sha256').update(pgliteVersion).update(JSON.stringify(readMigrations())).digest('hex').slice(0, 16);
  const root = join('node_modules', '.cache', 'dgmap-pglite-template');
  const template = join(root, key);
  mkdirSync(root, { recursive: true });
  if (!existsSync(join(template, 'PG_VERSION'))) {
    const building = join(root, `building-${process.pid}`);
    rmSync(building, { recursive: true, force: true });
    const { close } = await openMigrated({ dataDir: building }, 'test template');
    await close();
    rmSync(join(building, 'dgmap.lock'), { force: true });
    cpSync(building, template, { recursive: true });
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}
