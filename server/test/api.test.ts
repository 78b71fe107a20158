import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetPassword, setDisabled } from '../src/auth/users';
import { QUOTA_FIELDS, QUOTA_UNITS } from '../src/units';
import { readEvents } from './processes';
import { ApiClient, BACKENDS, addAccounts, auditCount, cellPath, snapshot, startOnFreshDatabase, townAccount, type InProcessServer } from './support';

describe.each(BACKENDS)('API on %s', (backend) => {
  let server: InProcessServer;
  const client = () => new ApiClient(server.fetch);
  let planner: ApiClient;
  let changan: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [
      { username: 'planner', role: 'planner' },
      { username: 'viewer', role: 'viewer' },
      townAccount('长安镇'),
      townAccount('虎门镇'),
    ]);
    planner = client();
    changan = client();
    viewer = client();
    await planner.signIn('planner');
    await changan.signIn(townAccount('长安镇').username);
    await viewer.signIn('viewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('says which database it runs on and its schema version, with a CSP that forbids framing', async () => {
    const r = await client().get('/api/v1/health');
    expect(r.body).toEqual({ ok: true, database: backend, schemaVersion: 4 });
    const csp = r.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie that expires, and signs out', async () => {
    const c = client();
    const res = await server.fetch('/api/v1/session', {
      method: 'POST',
      headers: { origin: 'http://127.0.0.1:8080', 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'town' + QUOTA_UNITS.indexOf('长安镇'), password: 'test-password-1' }),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=3600/);
    await c.signIn('planner');
    expect((await c.get('/api/v1/session')).body).toMatchObject({ username: 'planner', role: 'planner', unit: null });
    expect((await c.request('DELETE', '/api/v1/session')).status).toBe(200);
    const after = await c.get('/api/v1/session');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/未登录/);
  });

  it('ends sessions that expired, and those of a disabled account or after a password reset', async () => {
    await addAccounts(server.db, [{ username: 'temp', role: 'viewer' }]);
    const c = client();
    await c.signIn('temp');
    expect((await c.get('/api/v1/session')).status).toBe(200);
    // The session's hour passes, for the database and for the server's own clock (its session cache).
    await server.db.query("update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where username = 'temp')");
    const anHourOn = Date.now() + 3600_000 + 1000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => anHourOn);
    try {
      expect((await c.get('/api/v1/session')).status).toBe(401);
    } finally {
      clock.mockRestore();
    }

    // A signed-in user's session is held in the server's memory; the users command's change (another
    // process, as an operator runs it) reaches it as an event, within moments.
    await c.signIn('temp');
    expect((await c.get('/api/v1/session')).status).toBe(200);
    expect(await setDisabled(server.db, 'temp', true)).toBe(true);
    await expect.poll(async () => (await c.get('/api/v1/session')).status, { timeout: 2000, interval: 20 }).toBe(401);
    expect((await c.post('/api/v1/session', { username: 'temp', password: 'test-password-1' })).status).toBe(401);
    await setDisabled(server.db, 'temp', false);

    await c.signIn('temp');
    expect((await c.get('/api/v1/session')).status).toBe(200);
    expect(await resetPassword(server.db, 'temp', 'a-new-password-2')).toBe(true);
    await expect.poll(async () => (await c.get('/api/v1/session')).status, { timeout: 2000, interval: 20 }).toBe(401);
    expect((await c.post('/api/v1/session', { username: 'temp', password: 'test-password-1' })).status).toBe(401);
    await c.signIn('temp', 'a-new-password-2');
    // and the other signed-in users were not touched
    expect((await planner.get('/api/v1/session')).status).toBe(200);
  });

  it('refuses a wrong password with a Chinese message and blocks after repeated failures', async () => {
    await addAccounts(server.db, [{ username: 'victim', role: 'viewer' }]);
    const c = client();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.post('/api/v1/session', { username: 'victim', password: 'wrong-guess' })).status);
    expect(statuses).toEqual(Array(5).fill(401));
    const blocked = await c.post('/api/v1/session', { username: 'victim', password: 'test-password-1' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/登录失败次数过多/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('refuses writes from another origin or without one', async () => {
    const before = await snapshot(server.db);
    const path = cellPath('长安镇', 2025, 'landing_quota');
    expect((await planner.request('PUT', path, { value: 3, version: 0 }, { origin: 'https://evil.example' })).body.error.code).toBe('bad_origin');
    expect(await snapshot(server.db)).toBe(before);
  });

  it('lists every unit × field of a year; a cell never written is null with version 0', async () => {
    const r = await viewer.get('/api/v1/quotas?year=2026');
    expect(r.body.rows).toHaveLength(QUOTA_UNITS.length * QUOTA_FIELDS.length);
    expect(new Set(r.body.rows.map((row: { unit: string }) => row.unit))).toEqual(new Set(QUOTA_UNITS));
    expect(r.body.rows[0]).toEqual({ unit: QUOTA_UNITS[0], year: 2026, field: 'discovery_quota', value: null, status: null, version: 0, updatedBy: null, updatedAt: null });
    expect((await client().get('/api/v1/quotas?year=2026')).status).toBe(401);
    expect((await viewer.get('/api/v1/quotas?year=2031')).body.error.code).toBe('unknown_year');
  });

  it('writes with the version, answers 409 with the current row when stale, and keeps who and when', async () => {
    const path = cellPath('虎门镇', 2025, 'landing_quota');
    const first = await planner.put(path, { value: 22, version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ unit: '虎门镇', value: 22, version: 1, updatedBy: 'planner' });
    expect(Date.parse(first.body.updatedAt)).toBeGreaterThan(Date.now() - 60_000);
    const stale = await planner.put(path, { value: 30, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ value: 22, version: 1 });
    expect(stale.body.error.message).toMatch(/已被 planner 修改/);
  });

  it('rights: a town reports its own actuals only; 403 changes nothing and leaves no audit entry', async () => {
    const before = await snapshot(server.db);
    const auditBefore = await auditCount(server.db);
    for (const [who, path] of [
      [changan, cellPath('虎门镇', 2025, 'landing_actual')], // another unit
      [changan, cellPath('长安镇', 2025, 'landing_quota')], // a quota
      [viewer, cellPath('长安镇', 2025, 'landing_actual')],
    ] as const) {
      const r = await who.put(path, { value: 9, version: 0 });
      expect(r.status).toBe(403);
      expect(r.body.error.message).toMatch(/只能|只读/);
    }
    expect((await changan.post('/api/v1/quotas/import?dryRun=1', '镇街,年份,指标,数值\n长安镇,2025,落地实际,3\n')).status).toBe(403);
    expect(await snapshot(server.db)).toBe(before);
    expect(await auditCount(server.db)).toBe(auditBefore);

    const own = await changan.put(cellPath('长安镇', 2025, 'landing_actual'), { value: 7, version: 0 });
    expect(own.body).toMatchObject({ value: 7, status: 'reported', version: 1 });
    expect(await auditCount(server.db)).toBe(auditBefore + 1);
  });

  it('a planner confirms a reported actual; the audit trail records edit and confirm', async () => {
    const path = cellPath('长安镇', 2025, 'discovery_actual');
    const reported = await changan.put(path, { value: 4, version: 0 });
    expect((await changan.post(`${path}/confirm`, { version: reported.body.version })).status).toBe(403);
    const confirmed = await planner.post(`${path}/confirm`, { version: reported.body.version });
    expect(confirmed.body).toMatchObject({ value: 4, status: 'confirmed', version: 2, updatedBy: 'planner' });
    const audit = await viewer.get('/api/v1/audit?unit=长安镇&year=2025&field=discovery_actual');
    expect(audit.body.entries.map((e: { via: string; user: string; old: number | null; new: number | null }) => [e.via, e.user, e.old, e.new])).toEqual([
      ['confirm', 'planner', 4, 4],
      ['edit', townAccount('长安镇').username, null, 4],
    ]);
  });

  it('previews an import, applies exactly the preview in one go, and undoes it', async () => {
    const csv = '镇街,年份,指标,数值\n长安镇,2026,落地指标,11\n虎门镇,2026,落地指标,22\n不存在镇,2026,落地指标,5\n';
    const preview = await planner.post('/api/v1/quotas/import?dryRun=1', csv);
    expect(preview.status).toBe(200);
    expect(preview.body.changes.map((c: { unit: string; to: number }) => [c.unit, c.to])).toEqual([
      ['长安镇', 11],
      ['虎门镇', 22],
    ]);
    expect(preview.body.rejected[0]).toMatchObject({ line: 4 });
    expect((await viewer.get('/api/v1/quotas?year=2026')).body.rows.find((r: { unit: string; field: string }) => r.unit === '长安镇' && r.field === 'landing_quota').value).toBeNull();

    const applied = await planner.post('/api/v1/quotas/import', csv, { 'x-preview-token': preview.body.previewToken });
    expect(applied.body.changed).toBe(2);
    const again = await planner.post('/api/v1/quotas/import', csv, { 'x-preview-token': preview.body.previewToken });
    expect(again.status).toBe(409); // the preview no longer describes the data
    const audit = await viewer.get('/api/v1/audit?year=2026');
    expect(audit.body.entries.filter((e: { via: string }) => e.via === 'import')).toHaveLength(2);

    const undone = await planner.post(`/api/v1/imports/${applied.body.importId}/undo`);
    expect(undone.body.rows.map((r: { value: number | null }) => r.value)).toEqual([null, null]);
    expect((await planner.post(`/api/v1/imports/${applied.body.importId}/undo`)).status).toBe(409);
    expect((await viewer.get('/api/v1/audit?year=2026')).body.entries.filter((e: { via: string }) => e.via === 'undo')).toHaveLength(2);
  });

  it('sends every committed change to an event stream', async () => {
    const res = await server.fetch('/api/v1/events', { headers: { cookie: (viewer as unknown as { cookie: string }).cookie } });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = readEvents(res);
    await events.until('event: ready');
    await changan.put(cellPath('长安镇', 2027, 'landing_actual'), { value: 5, version: 0 });
    const text = await events.until('"unit":"长安镇","year":2027');
    expect(text).toMatch(/event: change\ndata: .*"via":"edit".*"status":"reported"/);
    await events.cancel();
  });
});
