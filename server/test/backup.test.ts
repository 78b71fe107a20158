import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup, takeBackup } from '../src/db/backup';
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
    await restoreBackup(server.db, JSON.stringify(backup));
    expect(await snapshot(server.db)).toBe(before);
    // restoring signs everyone out; the accounts came back with it
    expect((await planner.get('/api/v1/audit')).status).toBe(401);
    await planner.signIn('planner');
    expect((await planner.get('/api/v1/audit')).body.entries).toEqual(auditBefore);
    // ids go on after the restored ones
    const next = await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: 12, version: 1 });
    expect(next.status).toBe(200);
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
