import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../src/open';
import { readEvents } from './processes';
import { ApiClient, addAccounts, cellPath, freshDatabase, spawnServer, type DatabaseSpace } from './support';

/** Needs a PostgreSQL server (TEST_DATABASE_URL): PGlite belongs to one process. */
describe.runIf(process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let space: DatabaseSpace;
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const stop of stops) await stop();
    await space?.drop();
  });

  it('a change made through one reaches an events client of the other within a second', async () => {
    space = await freshDatabase('postgresql');
    const setup = await openMigrated(space.config, 'test setup');
    await addAccounts(setup.db, [{ username: 'planner', role: 'planner' }, { username: 'viewer', role: 'viewer' }]);
    await setup.close();
    const [one, two] = await Promise.all([spawnServer(space.config), spawnServer(space.config)]);
    stops.push(one.stop, two.stop);

    const writer = ApiClient.forUrl(one.url);
    await writer.signIn('planner');
    const session = await fetch(`${two.url}/api/v1/session`, {
      method: 'POST',
      headers: { origin: two.url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'test-password-1' }),
    });
    const cookie = /dgmap_session=[^;]+/.exec(session.headers.get('set-cookie')!)![0];
    const events = readEvents(await fetch(`${two.url}/api/v1/events`, { headers: { cookie } }));
    await events.until('event: ready');

    const sentAt = performance.now();
    const put = await writer.put(cellPath('长安镇', 2026, 'landing_quota'), { value: 11, version: 0 });
    expect(put.status).toBe(200);
    await events.until('"value":11');
    const elapsed = performance.now() - sentAt;
    await events.cancel();
    console.log(`event from process one reached process two's client after ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
