import { afterAll, describe, expect, it } from 'vitest';
import { openMigrated } from '../src/open';
import { QUOTA_FIELDS, QUOTA_UNITS, YEARS } from '../src/units';
import { ApiClient, BACKENDS, addAccounts, freshDatabase, spawnServer, type DatabaseSpace } from './support';

/** Every unit × year × field once: 35 × 3 × 4 = 420 values (more if the model gains units). */
function fullCsv(offset: number): { csv: string; count: number } {
  const lines = ['镇街,年份,指标,数值'];
  let n = 0;
  for (const unit of QUOTA_UNITS) for (const year of YEARS) for (const field of QUOTA_FIELDS) lines.push(`${unit},${year},${field},${offset + n++}`);
  return { csv: lines.join('\n') + '\n', count: n };
}

async function countSet(client: ApiClient): Promise<number> {
  let n = 0;
  for (const year of YEARS) n += (await client.get(`/api/v1/quotas?year=${year}`)).body.rows.filter((r: { value: number | null }) => r.value !== null).length;
  return n;
}

describe.each(BACKENDS)('a server killed mid-import on %s', (backend) => {
  let space: DatabaseSpace;
  afterAll(async () => space?.drop());

  it('restarts with all of an import or none of it', async () => {
    space = await freshDatabase(backend);
    const setup = await openMigrated(space.config, 'test setup');
    await addAccounts(setup.db, [{ username: 'planner', role: 'planner' }]);
    await setup.close();
    const { csv, count } = fullCsv(1);
    expect(count).toBeGreaterThanOrEqual(420);

    // 1. Killed while the import's transaction is half written: none of it is there after a restart.
    const slow = await spawnServer(space.config, {}, 'server/test/pausingServer.ts');
    const client = ApiClient.forUrl(slow.url);
    await client.signIn('planner');
    const pending = client.post('/api/v1/quotas/import', csv).catch((e: Error) => e);
    // An import that answers before it pauses (refused, or the pause never came) fails here with its answer.
    const paused = slow.waitFor('values written').then(() => null);
    paused.catch(() => {}); // raced below: an import that answered first is the failure to report
    const answeredFirst = await Promise.race([paused, pending]);
    if (answeredFirst) {
      await slow.kill('SIGKILL');
      const answer = answeredFirst instanceof Error ? answeredFirst.message : `${answeredFirst.status} ${JSON.stringify(answeredFirst.body).slice(0, 300)}`;
      throw new Error(`the import answered before it paused: ${answer}\n${slow.output()}`);
    }
    // The exit is awaited through kill(): it may come before the request's error does.
    const killed = slow.kill('SIGKILL');
    expect(await pending).toBeInstanceOf(Error);
    await killed;

    const again = await spawnServer(space.config);
    const after = ApiClient.forUrl(again.url);
    await after.signIn('planner');
    expect(await countSet(after)).toBe(0);

    // 2. Killed right after the import answered: all of it is there after a restart.
    const done = await after.post('/api/v1/quotas/import', csv);
    expect(done.body.changed).toBe(count);
    await again.kill('SIGKILL');
    const third = await spawnServer(space.config);
    const last = ApiClient.forUrl(third.url);
    await last.signIn('planner');
    expect(await countSet(last)).toBe(count);
    await third.stop();
  });
});
