import { get as httpGet } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../src/open';
import { ApiClient, BACKENDS, addAccounts, cellPath, freshDatabase, spawnServer, type DatabaseSpace } from './support';

/**
 * The year list is answered from memory in server processes (server/src/http/hotPath.ts): the same
 * answer as the router's, and never a stale one after a write, a sign-out or a disabled account,
 * whichever process they went through (two processes on PostgreSQL).
 */
describe.each(BACKENDS)('the cached year answer (%s)', (backend) => {
  let space: DatabaseSpace;
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
    await space?.drop();
  });

  const shown = (r: { headers: Headers }) =>
    ['content-type', 'etag', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options'].map((h) => `${h}: ${r.headers.get(h)}`);

  /** Polls until the check passes (a change from another process arrives as an event). */
  const within = async (ms: number, check: () => Promise<boolean>) => {
    const until = performance.now() + ms;
    while (!(await check())) {
      if (performance.now() > until) return false;
      await new Promise((r) => setTimeout(r, 20));
    }
    return true;
  };

  it('is the router’s answer, follows every write and sign-out, and refuses a foreign Host', async () => {
    space = await freshDatabase(backend);
    const setup = await openMigrated(space.config, 'test setup');
    await addAccounts(setup.db, [
      { username: 'planner', role: 'planner' },
      { username: 'viewer', role: 'viewer' },
    ]);
    await setup.close();
    const servers = backend === 'postgresql' ? await Promise.all([spawnServer(space.config), spawnServer(space.config)]) : [await spawnServer(space.config)];
    stops.push(...servers.map((s) => s.stop));
    const reader = servers[0];
    const other = servers.at(-1)!;

    const viewer = ApiClient.forUrl(reader.url);
    await viewer.signIn('viewer');
    const path = '/api/v1/quotas?year=2026';
    const first = await viewer.get(path); // through the router (nothing cached yet)
    const second = await viewer.get(path); // from memory
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(shown(second)).toEqual(shown(first));
    expect(second.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);

    // a browser page from before schema 4 (no page version) is refused even when the year is cached; a current one is answered
    expect((await viewer.request('GET', path, undefined, { 'sec-fetch-site': 'same-origin' })).body.error.code).toBe('page_outdated');
    expect((await viewer.request('GET', path, undefined, { 'sec-fetch-site': 'same-origin', 'x-dgmap-page': '4' })).body).toEqual(first.body);

    const again = await viewer.request('GET', path, undefined, { 'if-none-match': second.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');

    // a write through the other process: this one's answer has it within a second, never the old one after
    const planner = ApiClient.forUrl(other.url);
    await planner.signIn('planner');
    expect((await planner.put(cellPath('长安镇', 2026, 'landing_quota'), { value: 4321, version: 0 })).status).toBe(200);
    const value = (r: { body: { rows: { unit: string; field: string; value: number | null }[] } }) =>
      r.body.rows.find((row) => row.unit === '长安镇' && row.field === 'landing_quota')!.value;
    expect(await within(1000, async () => value(await viewer.get(path)) === 4321)).toBe(true);
    const changed = await viewer.request('GET', path, undefined, { 'if-none-match': second.headers.get('etag')! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(second.headers.get('etag'));
    // the writer's own process has its write at once
    expect(value(await ApiClient.forUrl(other.url).useSession(viewer.token!).get(path))).toBe(4321);

    // a foreign Host is refused even for a cached answer (DNS rebinding)
    const { hostname, port } = new URL(reader.url);
    const foreign = await new Promise<number>((resolve, reject) => {
      // (fetch sets Host itself)
      const req = httpGet({ host: hostname, port, path, headers: { host: `evil.example:${port}`, cookie: `dgmap_session=${viewer.token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
    });
    expect(foreign).toBe(421);

    // signed out through the other process: this one refuses the session within a second
    const token = viewer.token!;
    const elsewhere = ApiClient.forUrl(other.url).useSession(token);
    expect((await elsewhere.request('DELETE', '/api/v1/session')).status).toBe(200);
    const stale = ApiClient.forUrl(reader.url).useSession(token);
    expect(await within(1000, async () => (await stale.get(path)).status === 401)).toBe(true);
  });
});
