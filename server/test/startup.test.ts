import { cpSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/auth/users';
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';
import { ApiClient, addAccounts, cellPath, freshDatabase, startInProcess } from './support';

/**
 * The server checks the record against its audit trail, and PGlite's files, before it serves: a
 * damaged folder is refused with a message naming the problem and the fix, never served as if
 * nothing had happened (an audit showing 0 of 780 entries, every sign-in a 401, an abort).
 */
describe('startup checks on a damaged PGlite folder', () => {
  let space: Awaited<ReturnType<typeof freshDatabase>>;
  const files: Record<string, string> = {};
  const copies: string[] = [];
  beforeAll(async () => {
    space = await freshDatabase('pglite');
    const server = await startInProcess(space);
    await addAccounts(server.db, [{ username: 'town0', role: 'town', unit: QUOTA_UNITS[0] }]);
    const [{ id }] = await server.db.query<{ id: number }>("select id from users where username = 'town0'");
    const town = new ApiClient(server.fetch).useSession(await createSession(server.db, id, 3600));
    for (let v = 0; v < 5; v++) expect((await town.put(cellPath(QUOTA_UNITS[0], 2026, 'landing_actual'), { value: v + 1, version: v })).status).toBe(200);
    for (const table of ['audit', 'users']) {
      const [{ path }] = await server.db.query<{ path: string }>('select pg_relation_filepath($1) as path', [table]);
      files[table] = path;
    }
    await server.close();
  }, 180_000);
  afterAll(async () => {
    for (const c of copies) rmSync(c, { recursive: true, force: true });
    await space?.drop();
  });

  /** A copy of the good folder, damaged by `harm`. */
  const damaged = (harm: (dir: string) => void) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dgmap-damaged-')), 'data');
    copies.push(dir);
    cpSync(space.config.dataDir, dir, { recursive: true });
    harm(dir);
    return { dataDir: dir };
  };
  const opening = (config: { dataDir: string }) => openMigrated(config, 'startup check test', { checkRecord: true });

  it('the undamaged folder opens', async () => {
    const ok = await opening(damaged(() => {}));
    await ok.close();
  }, 60_000);

  it('a truncated audit file: refused, naming the missing entries and the restore', async () => {
    const config = damaged((dir) => truncateSync(join(dir, files.audit), 0));
    await expect(opening(config)).rejects.toThrow(/审计记录不完整：单元格共被修改 5 次，审计记录只有 0 条.*npm run db -- restore/);
  }, 60_000);

  it('a zeroed users file: refused, naming an account of the audit trail that is gone', async () => {
    const config = damaged((dir) => writeFileSync(join(dir, files.users), Buffer.alloc(statSync(join(dir, files.users)).size)));
    await expect(opening(config)).rejects.toThrow(/账号表不完整：.*「town0」.*npm run db -- restore/);
  }, 60_000);

  it('a deleted pg_control: refused with the folder and the fix, not "Aborted()"', async () => {
    const config = damaged((dir) => rmSync(join(dir, 'global', 'pg_control')));
    await expect(opening(config)).rejects.toThrow(new RegExp(`缺少控制文件 global/pg_control.*${config.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${config.dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*缺少控制文件 global/pg_control`));
  }, 60_000);
});
