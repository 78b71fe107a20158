import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesSince, restoreBackup, takeBackup } from '../src/db/backup';
import { ApiClient, BACKENDS, cellPath, snapshot, startOnFreshDatabase, type InProcessServer } from './support';

describe.each(BACKENDS)('backup and restore on %s', (backend) => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [{ username: 'planner', role: 'planner' }]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('restores the record, the audit trail and the accounts exactly as backed up', async () => {
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: 11, version: 0 });
    const backup = await takeBackup(server.db);
    const before = await snapshot(server.db);
    const auditBefore = (await planner.get('/api/v1/audit')).body.entries;

    await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: 99, version: 1 });
    // refused while a server runs on the database (PostgreSQL: its listener holds the server lock)
    if (backend === 'postgresql') await expect(restoreBackup(server.db, JSON.stringify(backup), { yes: true })).rejects.toThrow(/正在使用这个数据库/);
    await server.hub.stop();
    // a change since the backup: refused without --yes, and it names what would be dropped
    await expect(restoreBackup(server.db, JSON.stringify(backup))).rejects.toThrow(/1 项修改.*--yes/);
    expect((await changesSince(server.db, backup)).audit.map((a) => a.new_value)).toEqual([99]);
    await restoreBackup(server.db, JSON.stringify(backup), { yes: true });
    await server.hub.start();
    expect(await snapshot(server.db)).toBe(before);
    // restoring signs everyone out; the accounts came back with it
    expect((await planner.get('/api/v1/audit')).status).toBe(401);
    await planner.signIn('planner');
    expect((await planner.get('/api/v1/audit')).body.entries).toEqual(auditBefore);
    // ids go on after the restored ones
    const next = await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: 12, version: 1 });
    expect(next.status).toBe(200);
  });

  it('after a restore, an import gets a new id, never one given before (an old undo cannot hit another import)', async () => {
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    const backup = await takeBackup(server.db);
    const csv = (v: number) => `镇街,年份,指标,数值\n长安镇,2027,发现指标,${v}\n`;
    const first = await planner.post('/api/v1/quotas/import', csv(5));
    expect(first.status).toBe(200);
    await server.hub.stop();
    await restoreBackup(server.db, JSON.stringify(backup), { yes: true });
    await server.hub.start();
    await planner.signIn('planner');
    const second = await planner.post('/api/v1/quotas/import', csv(6));
    expect(second.status).toBe(200);
    expect(second.body.importId).toBeGreaterThan(first.body.importId);
    expect((await planner.post(`/api/v1/imports/${first.body.importId}/undo`)).status).toBe(404);
  });

  it('refuses a backup of another schema version, and a file that is not a backup, changing nothing', async () => {
    const backup = await takeBackup(server.db);
    const before = await snapshot(server.db);
    await expect(restoreBackup(server.db, JSON.stringify({ ...backup, schemaVersion: backup.schemaVersion + 1 }))).rejects.toThrow(/版本不同，不能恢复/);
    await expect(restoreBackup(server.db, '{"tables":{}}')).rejects.toThrow(/不是本程序的备份文件/);
    await expect(restoreBackup(server.db, 'not json')).rejects.toThrow(/不是有效的 JSON/);
    expect(await snapshot(server.db)).toBe(before);
  });
});
