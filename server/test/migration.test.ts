import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup, restoreBackup, takeBackup } from '../src/db/backup';
import { openDatabase } from '../src/db/database';
import { migrate, readMigrations } from '../src/db/migrate';
import { readEvents } from './processes';
import { ApiClient, BACKENDS, addAccounts, freshDatabase, startInProcess, type DatabaseSpace, type InProcessServer } from './support';

/**
 * Migration 004 on a database as a server of schema 3 left it: the quota column `metric` becomes
 * `field` in quota_cells and audit, stored change events say `field`, a page open from before is
 * told to reload, and a backup written by that older server still restores.
 */
describe.each(BACKENDS)('migration 004 (metric → field) on %s', (backend) => {
  let space: DatabaseSpace;
  let server: InProcessServer;
  let oldBackup: string;
  let lastSeenByOldPage: number;

  beforeAll(async () => {
    const fresh = await freshDatabase(backend);
    // PGlite: a new, empty folder (the fresh copy is of the migrated template)
    space = backend === 'pglite' ? { ...fresh, config: { dataDir: join(fresh.config.dataDir, '..', 'schema3') } } : fresh;
    const old = await openDatabase(space.config);
    expect(await migrate(old, readMigrations().filter((m) => m.version <= 3))).toBe(3);
    await addAccounts(old, [{ username: 'planner', role: 'planner' }]);
    // what a schema-3 server wrote for one edit: the cell, its audit entry and its change event
    await old.query("insert into quota_cells (unit, year, metric, value, version, updated_by, updated_at) values ('长安镇', 2026, 'landing_quota', 42, 1, 'planner', now())");
    await old.query("insert into quota_cells (unit, year, metric) values ('长安镇', 2026, 'discovery_quota')");
    await old.query("insert into audit (username, unit, year, metric, old_value, new_value, via, version) values ('planner', '长安镇', 2026, 'landing_quota', null, 42, 'edit', 1)");
    const row = { unit: '长安镇', year: 2026, metric: 'landing_quota', value: 42, status: null, version: 1, updatedBy: 'planner', updatedAt: null };
    await old.query('insert into events (payload) values ($1::jsonb)', [JSON.stringify({ kind: 'cells', via: 'edit', user: 'planner', rows: [row] })]);
    lastSeenByOldPage = (await old.query<{ id: number }>('select max(id)::integer as id from events'))[0].id - 1;
    oldBackup = JSON.stringify(await takeBackup(old));
    await old.close();
    server = await startInProcess(space);
  });
  afterAll(async () => {
    await server?.close();
    await space?.drop();
  });

  it('renames the column in both tables, keeping every value, and the API says `field`', async () => {
    const columns = await server.db.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_name in ('quota_cells', 'audit') and column_name in ('metric', 'field') order by 1",
    );
    expect(columns).toEqual([
      { table_name: 'audit', column_name: 'field' },
      { table_name: 'quota_cells', column_name: 'field' },
    ]);
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    const rows = (await planner.get('/api/v1/quotas?year=2026')).body.rows;
    expect(rows.find((r: { unit: string; field: string }) => r.unit === '长安镇' && r.field === 'landing_quota')).toMatchObject({ value: 42, version: 1 });
    expect(rows.some((r: object) => 'metric' in r)).toBe(false);
    expect((await planner.get('/api/v1/audit?unit=长安镇&year=2026&field=landing_quota')).body.entries).toMatchObject([{ field: 'landing_quota', new: 42 }]);
    // a page from before asks for the audit with `metric`: the same answer
    expect((await planner.get('/api/v1/audit?unit=长安镇&year=2026&metric=landing_quota')).body.entries).toMatchObject([{ field: 'landing_quota', new: 42 }]);
    // the check constraint came along under its new name, and still refuses an unknown field
    await expect(server.db.query("insert into quota_cells (unit, year, field) values ('长安镇', 2026, 'landing')")).rejects.toThrow(/quota_cells_field_check/);
    // a write goes on from the migrated version
    expect((await planner.put('/api/v1/quotas/长安镇/2026/landing_quota', { value: 43, version: 1 })).body).toMatchObject({ field: 'landing_quota', value: 43, version: 2 });
  });

  it('a page open from before gets the stored events with `field`, then is told to reload', async () => {
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    // a browser page (Sec-Fetch-Site) that does not name the API it reads, reconnecting with its last event id
    const headers = { cookie: (planner as unknown as { cookie: string }).cookie, 'last-event-id': String(lastSeenByOldPage), 'sec-fetch-site': 'same-origin' };
    const res = await server.fetch('/api/v1/events', { headers });
    const events = readEvents(res);
    const text = await events.until('event: reset');
    await events.cancel();
    const change = /event: change\ndata: (.*)\n/.exec(text);
    expect(JSON.parse(change![1]).rows).toEqual([{ unit: '长安镇', year: 2026, field: 'landing_quota', value: 42, status: null, version: 1, updatedBy: 'planner', updatedAt: null }]);
    expect(text).toMatch(/event: reset\ndata: \{"reason":"upgraded"\}/);
  });

  it('refuses a browser page from before the upgrade with a message, instead of rows it would misread', async () => {
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    const browser = { 'sec-fetch-site': 'same-origin' };
    const old = await planner.request('GET', '/api/v1/quotas?year=2026', undefined, browser);
    expect(old.status).toBe(409);
    expect(old.body.error).toMatchObject({ code: 'page_outdated', message: expect.stringMatching(/请刷新页面/) });
    expect((await planner.request('PUT', '/api/v1/quotas/长安镇/2026/landing_quota', { value: 1, version: 2 }, browser)).body.error.code).toBe('page_outdated');
    expect((await planner.request('GET', '/api/v1/quotas?year=2026', undefined, { ...browser, 'x-dgmap-page': '4' })).status).toBe(200);
    const cookie = (planner as unknown as { cookie: string }).cookie;
    expect((await server.fetch('/api/v1/events', { headers: { cookie, ...browser } })).status).toBe(409);
    const current = await server.fetch('/api/v1/events?page=4', { headers: { cookie, ...browser } });
    expect(current.status).toBe(200);
    await current.body?.cancel();
  });

  it('restores a backup written by the schema-3 server, converting `metric` to `field`', async () => {
    const parsed = parseBackup(oldBackup);
    expect(parsed).toMatchObject({ schemaVersion: 4, upgradedFrom: 3 });
    await server.hub.stop();
    await restoreBackup(server.db, oldBackup, { yes: true });
    await server.hub.start();
    const cells = await server.db.query('select unit, year, field, value, version from quota_cells order by field');
    expect(cells).toEqual([
      { unit: '长安镇', year: 2026, field: 'discovery_quota', value: null, version: 0 },
      { unit: '长安镇', year: 2026, field: 'landing_quota', value: 42, version: 1 },
    ]);
    const [audit] = await server.db.query<{ field: string; new_value: number }>('select field, new_value from audit');
    expect(audit).toEqual({ field: 'landing_quota', new_value: 42 });
  });
});
