import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTA_UNITS } from '../src/units';
import { ApiClient, BACKENDS, auditCount, cellPath, startOnFreshDatabase, townAccount, type InProcessServer } from './support';

const UPDATES_PER_TOWN = 20;

interface Accepted {
  unit: string;
  value: number;
  version: number;
}

describe.each(BACKENDS)('concurrent version-checked writes on %s', (backend) => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [{ username: 'planner', role: 'planner' }, ...QUOTA_UNITS.map((u) => townAccount(u))]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`${QUOTA_UNITS.length} towns × ${UPDATES_PER_TOWN} updates plus a planner on the same cells: nothing accepted is lost`, async () => {
    const accepted: Accepted[] = [];
    let conflicts = 0;
    const auditBefore = await auditCount(server.db);

    /** Writes `values` to the unit's cell one after the other, re-reading the version after a 409. */
    async function writer(client: ApiClient, unit: string, values: number[]) {
      const path = cellPath(unit, 2025, 'landing_actual');
      let version = 0;
      for (const value of values) {
        for (;;) {
          const r = await client.put(path, { value, version });
          if (r.status === 200) {
            accepted.push({ unit, value, version: r.body.version });
            version = r.body.version;
            break;
          }
          expect(r.status, JSON.stringify(r.body)).toBe(409);
          conflicts++;
          version = r.body.current.version;
        }
      }
    }

    const towns = await Promise.all(
      QUOTA_UNITS.map(async (unit) => {
        const c = new ApiClient(server.fetch);
        await c.signIn(townAccount(unit).username);
        return { unit, c };
      }),
    );
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');

    await Promise.all([
      ...towns.map(({ unit, c }, i) => writer(c, unit, Array.from({ length: UPDATES_PER_TOWN }, (_, k) => i * 1000 + k + 1))),
      // the planner corrects every town's cell twice, racing the towns
      (async () => {
        for (let round = 0; round < 2; round++) {
          await Promise.all(QUOTA_UNITS.map((unit, i) => writer(planner, unit, [900_000 + round * 100 + i])));
        }
      })(),
    ]);

    const rows: { unit: string; field: string; value: number; version: number }[] = (await planner.get('/api/v1/quotas?year=2025')).body.rows;
    for (const unit of QUOTA_UNITS) {
      const mine = accepted.filter((a) => a.unit === unit).sort((a, b) => a.version - b.version);
      // every accepted write got its own version, one after the other: none overwrote another unseen
      expect(mine.map((a) => a.version)).toEqual(mine.map((_, i) => i + 1));
      const row = rows.find((r) => r.unit === unit && r.field === 'landing_actual')!;
      expect(row.value).toBe(mine[mine.length - 1].value);
      expect(row.version).toBe(mine.length);
    }
    expect(accepted.length).toBe(QUOTA_UNITS.length * (UPDATES_PER_TOWN + 2));
    expect(await auditCount(server.db)).toBe(auditBefore + accepted.length);
    console.log(`${backend}: ${accepted.length} accepted, ${conflicts} conflicts answered with 409`);
  });
});
