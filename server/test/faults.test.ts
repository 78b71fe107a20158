import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/auth/users';
import { DB_TIMEOUTS, type Queryable } from '../src/db/database';
import { openMigrated } from '../src/open';
import { QUOTA_UNITS } from '../src/units';
import { canRunCluster, startCluster } from './pgCluster';
import { readEvents } from './processes';
import { ApiClient, addAccounts, cellPath, freshDatabase, spawnServer, startOnFreshDatabase, type InProcessServer } from './support';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Logs how long each phase of a script took (to see where its time goes). */
function phases(name: string) {
  const start = performance.now();
  let last = start;
  return (what: string) => {
    const now = performance.now();
    console.log(`${name}: ${what} after ${((now - last) / 1000).toFixed(1)} s (total ${((now - start) / 1000).toFixed(1)} s)`);
    last = now;
  };
}

/** The change events of a stream, in order, as "unit year field version". */
function changesOf(text: string): string[] {
  return [...text.matchAll(/^event: change\ndata: (.*)$/gm)].flatMap((m) =>
    (JSON.parse(m[1]).rows as { unit: string; year: number; field: string; version: number }[]).map((r) => `${r.unit} ${r.year} ${r.field} v${r.version}`),
  );
}

/** Writers that each edit their own town's actual: version-checked, recording how long each request took. */
function writers(clients: { unit: string; c: ApiClient }[]) {
  let running = true;
  const latencies: number[] = [];
  /** Of requests a server answered (not those refused at connect while no server listened). */
  const answered: number[] = [];
  const statuses = new Map<number, number>();
  /** Per town, the last write the server said it saved. */
  const acknowledged = new Map<string, { value: number; version: number }>();
  const loops = clients.map(async ({ unit, c }) => {
    let version = 0;
    let value = 0;
    while (running) {
      const t = performance.now();
      const r = await c.put(cellPath(unit, 2026, 'landing_actual'), { value: ++value, version }).catch(() => null);
      latencies.push(performance.now() - t);
      if (r) answered.push(performance.now() - t);
      statuses.set(r?.status ?? 0, (statuses.get(r?.status ?? 0) ?? 0) + 1);
      if (r?.status === 200) {
        version = r.body.version;
        acknowledged.set(unit, { value: r.body.value, version });
      }
      else if (r?.status === 409) version = r.body.current.version;
      else await sleep(200);
    }
  });
  return {
    latencies,
    answered,
    statuses,
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Sessions for these users made in the database (36 sign-ins, each a scrypt hash, take 10-20 s on the loaded test machine). */
async function sessionsFor(db: Queryable, usernames: string[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const username of usernames) {
    const [{ id }] = await db.query<{ id: number }>('select id from users where username = $1', [username]);
    tokens.set(username, await createSession(db, id, 3600));
  }
  return tokens;
}

const accounts = [{ username: 'planner', role: 'planner' as const }, { username: 'viewer', role: 'viewer' as const }, ...QUOTA_UNITS.map((unit, i) => ({ username: `town${i}`, role: 'town' as const, unit }))];

/**
 * PostgreSQL stopped and restarted, then frozen (SIGSTOP) and thawed, under 36 writers on two
 * server processes, each with an open event stream.
 */
// These once hung: they waited for the text "unit year field vN" in the stream, which only ever
// holds JSON (now: the last committed event's id, with a time limit), and on PGlite back-to-back
// queries settled without the event loop, so the script's own sleep never fired (now the database
// layer starts each query from a fresh turn). Measured on the shared 2-core machine: PostgreSQL
// 46-68 s (load average 4-26), PGlite hang 30-35 s, PGlite restart 60 s (load 14); most of it is
// starting processes and PGlite under load. FAULTS=0 leaves them out of a quick local run.
const FAULT_SCRIPTS_PASSING = process.env.FAULTS !== '0';

describe.runIf(FAULT_SCRIPTS_PASSING && process.env.TEST_DATABASE_URL && canRunCluster)('faults on postgresql: two processes, 36 writers', () => {
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  const stops: (() => Promise<void>)[] = [];
  const outputs: (() => string)[] = [];
  afterAll(async () => {
    for (const o of outputs) console.log(o().slice(-3000));
    cluster?.thaw();
    for (const stop of stops) await stop();
    cluster?.destroy();
  });

  it('every committed change reaches both streams once and in order; /ready reports the outage; no request waits over 10 s', async () => {
    const phase = phases('faults on postgresql');
    cluster = startCluster ? await startCluster() : undefined;
    const config = { databaseUrl: cluster!.url, dataDir: '/nonexistent' };
    const setup = await openMigrated(config, 'fault setup');
    await addAccounts(setup.db, accounts);
    const tokens = await sessionsFor(setup.db, accounts.map((a) => a.username));
    await setup.close();
    const servers = await Promise.all([spawnServer(config), spawnServer(config)]);
    for (const s of servers) {
      stops.push(s.stop);
      outputs.push(s.output);
    }
    phase('cluster and two processes started');

    const streams = await Promise.all(
      servers.map(async (s) => {
        const viewer = ApiClient.forUrl(s.url);
        await viewer.signIn('viewer');
        const res = await fetch(`${s.url}/api/v1/events`, { headers: { cookie: (viewer as unknown as { cookie: string }).cookie } });
        const events = readEvents(res);
        await events.until('event: ready');
        return { events, viewer, url: s.url };
      }),
    );
    const clients = [{ username: 'planner', unit: '长安镇' }, ...QUOTA_UNITS.map((unit, i) => ({ username: `town${i}`, unit }))].map((a, i) => ({
      unit: a.unit,
      c: ApiClient.forUrl(servers[i % 2].url).useSession(tokens.get(a.username)!),
    }));
    phase('streams open, 36 writers signed in');
    // the planner writes the quota of 长安镇 (towns write actuals): give it its own cell
    const load = writers(clients.slice(1));
    const plannerLoad = writers([{ unit: '长安镇', c: Object.assign(clients[0].c, { put: (p: string, b: unknown) => clients[0].c.request('PUT', p.replace('landing_actual', 'landing_quota'), b) }) }]);
    await sleep(1500);

    // 1. stopped: /ready says so on both, requests answer (503) rather than hang
    cluster!.stop();
    await sleep(2500);
    for (const s of streams) {
      const t = performance.now();
      const ready = await fetch(`${s.url}/api/v1/ready`);
      expect(performance.now() - t).toBeLessThan(10_000);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBeTruthy();
      expect((await ready.json()).problems.join(' ')).toMatch(/数据库不可用/);
      const get = await s.viewer.get('/api/v1/quotas?year=2026');
      expect(get.status).toBe(503);
    }
    phase('stopped; /ready and GET answered 503');
    cluster!.start();
    phase('restarted');
    const restartedAt = performance.now();
    // 2. both processes serve the database's values within a second of the restart
    const direct = new pg.Client({ connectionString: cluster!.url });
    await direct.connect();
    await direct.query("update quota_cells set value = 777, version = version + 1 where unit = '虎门镇' and year = 2027 and field = 'landing_quota'");
    // (the test's own new connection and update take a while on a loaded machine: measured from here too)
    const writtenAt = performance.now();
    const fresh = await Promise.all(
      streams.map(async (s) => {
        for (;;) {
          const t0 = performance.now();
          const r = await s.viewer.get('/api/v1/quotas?year=2027');
          if (process.env.FAULTS_DEBUG) console.log(`${s.url} GET ${r.status} in ${(performance.now() - t0).toFixed(0)} ms at ${(performance.now() - restartedAt).toFixed(0)} ms ${r.status !== 200 ? JSON.stringify(r.body) : ''}`);
          if (r.status === 200 && r.body.rows.find((x: { unit: string; field: string }) => x.unit === '虎门镇' && x.field === 'landing_quota').value === 777) return performance.now() - restartedAt;
          await sleep(50);
        }
      }),
    );
    await direct.end();
    const sinceWrite = fresh.map((f) => f - (writtenAt - restartedAt));
    console.log(
      `after the restart, both processes served the database's value after ${fresh.map((f) => f.toFixed(0)).join(' / ')} ms (${sinceWrite.map((f) => f.toFixed(0)).join(' / ')} ms after it was written)`,
    );
    // Within a second (issue #18). Measured on the shared 2-core machine at load average ~18-20:
    // 1.2-1.6 s after pg_ctl returned, of which the test's own connection and update took about
    // 1 s; 0.2-0.6 s after the value was written (before the group commit and the immediate
    // listener reconnect: 2.8-4.2 s, the reads queued behind 36 writers' new connections).
    expect(Math.max(...sinceWrite)).toBeLessThan(1000);
    expect(Math.max(...fresh)).toBeLessThan(5000);
    // and /ready is back once the listener reconnected
    for (const s of streams) {
      let ok = false;
      for (let i = 0; i < 60 && !ok; i++) {
        ok = (await fetch(`${s.url}/api/v1/ready`)).status === 200;
        if (!ok) await sleep(250);
      }
      expect(ok).toBe(true);
    }
    phase('both processes fresh and ready');
    await sleep(1500);

    // 3. frozen: requests answer within 10 s, /ready reports it; then thawed
    cluster!.freeze();
    const t = performance.now();
    const [ready, get] = await Promise.all([fetch(`${streams[0].url}/api/v1/ready`), streams[1].viewer.get('/api/v1/quotas?year=2025')]);
    expect(ready.status).toBe(503);
    expect([200, 503]).toContain(get.status);
    expect(performance.now() - t).toBeLessThan(10_000);
    await sleep(4000);
    cluster!.thaw();
    await sleep(3000);
    phase('frozen and thawed');
    await load.stop();
    await plannerLoad.stop();
    phase('writers stopped');
    await sleep(1500);

    // 4. every committed change, once and in order, on both streams
    const check = await openMigrated(config, 'fault check');
    const rows = await check.db.query<{ id: number; payload: { rows: { unit: string; year: number; field: string; version: number }[] } }>(
      "select id::integer as id, payload from events where payload->>'kind' = 'cells' order by id",
    );
    await check.close();
    const committed = rows.flatMap((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).rows.map((x: { unit: string; year: number; field: string; version: number }) => `${x.unit} ${x.year} ${x.field} v${x.version}`));
    for (const s of streams) {
      const text = await s.events.until(`id: ${rows.at(-1)!.id}\n`, 15_000);
      await s.events.cancel();
      expect(changesOf(text)).toEqual(committed);
      // the open pages were told the database went away and came back (they read the record again then)
      expect(text).toMatch(/event: status\ndata: \{"live":false\}[\s\S]*event: status\ndata: \{"live":true\}/);
    }
    phase('streams compared');
    const all = [...load.latencies, ...plannerLoad.latencies];
    console.log(`faults: ${committed.length} committed changes; statuses ${[...load.statuses].map(([k, n]) => `${k}×${n}`).join(' ')}; slowest request ${Math.max(...all).toFixed(0)} ms`);
    expect(committed.length).toBeGreaterThan(100);
    expect(Math.max(...all)).toBeLessThan(10_500);
  }, 120_000);
});

type EventRow = { id: number; payload: { rows: { unit: string; year: number; field: string; version: number }[] } };
const changesOfRows = (rows: EventRow[]) =>
  rows.flatMap((r) => (typeof r.payload === 'string' ? (JSON.parse(r.payload) as EventRow['payload']) : r.payload).rows.map((x) => `${x.unit} ${x.year} ${x.field} v${x.version}`));

/**
 * PGlite is embedded: the database is the server process's own, so "PostgreSQL stopped and
 * restarted" is, for PGlite, the server process stopped (SIGTERM, as systemd restarts it) and
 * started again on the same folder and port, under 36 writers. While it is away nothing answers
 * (connection refused: the load balancer's /ready check fails); the open pages' event streams end
 * and reconnect with Last-Event-ID. Checked: every committed change reaches the stream once and in
 * order across the restart, every write the server acknowledged is in what it serves after it, the
 * restarted server is ready at once, and no request waits over 10 s.
 */
describe.runIf(FAULT_SCRIPTS_PASSING)('faults on pglite: the server process stopped and restarted under writes', () => {
  const stops: (() => Promise<void>)[] = [];
  let space: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  afterAll(async () => {
    for (const stop of stops) await stop();
    await space?.drop();
  });

  it('loses, repeats and reorders nothing across the restart; acknowledged writes survive; no request waits over 10 s', async () => {
    const phase = phases('pglite restart');
    space = await freshDatabase('pglite');
    const setup = await openMigrated(space.config, 'fault setup');
    await addAccounts(setup.db, accounts);
    const tokens = await sessionsFor(setup.db, accounts.map((a) => a.username));
    await setup.close();
    const first = await spawnServer(space.config);
    stops.push(first.stop);
    const port = new URL(first.url).port;
    phase('server started');

    const viewer = ApiClient.forUrl(first.url).useSession(tokens.get('viewer')!);
    // as the app does: a stream refused for now (503 with Retry-After while the server is busy
    // catching up after its start) is asked for again
    const openStream = async (lastEventId?: string) => {
      for (let attempt = 1; ; attempt++) {
        const res = await fetch(`${first.url}/api/v1/events`, { headers: { cookie: `dgmap_session=${tokens.get('viewer')}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } });
        if (res.status === 503 && attempt < 10) {
          await res.body?.cancel();
          await sleep(1000);
          continue;
        }
        expect(res.status).toBe(200);
        const events = readEvents(res);
        await events.until('event: ready');
        return events;
      }
    };
    const before = await openStream();
    const load = writers(QUOTA_UNITS.map((unit, i) => ({ unit, c: ApiClient.forUrl(first.url).useSession(tokens.get(`town${i}`)!) })));
    // stopped once every writer has had a write saved (the loaded machine takes its time)
    for (let i = 0; i < 900 && load.acknowledged.size < QUOTA_UNITS.length; i++) await sleep(100);
    expect(load.acknowledged.size, `statuses ${[...load.statuses].map(([k, n]) => `${k}×${n}`).join(' ')}`).toBe(QUOTA_UNITS.length);
    phase('every writer has written');

    // The open stream has shown writes live before the stop (on a loaded machine its first change can
    // trail the writers' acknowledgements by a moment; a stream that shows none fails here).
    await before.until('event: change', 30_000);
    // stopped: the process drains and exits; the stream ends
    await first.stop();
    const stoppedText = await before.end(10_000);
    phase('stopped');
    expect(changesOf(stoppedText).length).toBeGreaterThan(0);
    await sleep(500);
    const second = await spawnServer(space.config, { PORT: port });
    stops.push(second.stop);
    const restartedAt = performance.now();
    expect(second.url).toBe(first.url);
    phase('restarted');
    // ready at once, and serving what the database holds (the writes acknowledged before the stop)
    const ready = await fetch(`${second.url}/api/v1/ready`);
    expect({ status: ready.status, body: await ready.json() }).toMatchObject({ status: 200 });
    // the page reconnects with the last id it saw
    const lastSeen = [...stoppedText.matchAll(/^id: (\d+)$/gm)].at(-1)![1];
    const after = await openStream(lastSeen);
    console.log(`pglite restart: ready and the stream resumed ${(performance.now() - restartedAt).toFixed(0)} ms after the restart`);
    // writing goes on after the restart (each writer once more at least)
    const writtenBefore = load.latencies.length;
    for (let i = 0; i < 300 && load.latencies.length < writtenBefore + 2 * QUOTA_UNITS.length; i++) await sleep(100);
    await load.stop();
    phase('writers stopped');

    const served = await viewer.get('/api/v1/quotas?year=2026');
    expect(served.status).toBe(200);
    for (const [unit, { value, version }] of load.acknowledged) {
      const row = served.body.rows.find((r: { unit: string; field: string }) => r.unit === unit && r.field === 'landing_actual');
      expect({ unit, value: row.value, version: row.version }).toEqual({ unit, value, version });
    }
    await second.stop();
    const afterText = await after.end(10_000);
    const check = await openMigrated(space.config, 'fault check');
    const rows = await check.db.query<EventRow>("select id::integer as id, payload from events where payload->>'kind' = 'cells' order by id");
    await check.close();
    const committed = changesOfRows(rows);
    expect([...changesOf(stoppedText), ...changesOf(afterText)]).toEqual(committed);
    phase('streams compared');
    console.log(`pglite restart: ${committed.length} committed changes; statuses ${[...load.statuses].map(([k, n]) => `${k}×${n}`).join(' ')} (0: no server listening); slowest answer ${Math.max(...load.answered).toFixed(0)} ms, slowest refused connection ${Math.max(...load.latencies).toFixed(0)} ms`);
    expect(load.acknowledged.size).toBe(QUOTA_UNITS.length);
    // every answer within 10 s (a connection refused while no process listened is not a wait on the server)
    expect(Math.max(...load.answered)).toBeLessThan(10_000);
  }, 300_000);
});

/**
 * PGlite is in the process: it cannot be stopped or frozen apart from the server. Its equivalent
 * of a frozen database is a transaction that does not end (everything else waits behind it):
 * requests answer 503 with Retry-After within the timeout, /ready says so, no write is applied
 * after its client was told it was not, and the streams get every committed change once, in order.
 */
describe.runIf(FAULT_SCRIPTS_PASSING)('faults on pglite: a database that stops answering', () => {
  let server: InProcessServer;
  const saved = { ...DB_TIMEOUTS };
  afterAll(async () => {
    Object.assign(DB_TIMEOUTS, saved);
    await server?.close();
  });

  it('answers 503 within the timeout while it hangs, and loses or repeats nothing', async () => {
    const phase = phases('faults on pglite');
    const overrides = { requestTimeoutMs: 10_000 };
    server = await startOnFreshDatabase('pglite', accounts, overrides);
    const viewer = new ApiClient(server.fetch);
    await viewer.signIn('viewer');
    const res = await server.fetch('/api/v1/events', { headers: { cookie: (viewer as unknown as { cookie: string }).cookie } });
    const events = readEvents(res);
    await events.until('event: ready');
    const tokens = await sessionsFor(server.db, QUOTA_UNITS.map((_, i) => `town${i}`));
    const clients = QUOTA_UNITS.map((unit, i) => ({ unit, c: new ApiClient(server.fetch).useSession(tokens.get(`town${i}`)!) }));
    phase('started, 36 writers signed in');
    // shorter timeouts than in service, so that the test is short
    DB_TIMEOUTS.statementMs = 1500;
    overrides.requestTimeoutMs = 2500;
    const load = writers(clients);
    await sleep(1000);
    let release: (() => void) | undefined;
    const hang = server.db.transaction(() => new Promise<void>((r) => (release = r)));
    hang.catch(() => {}); // awaited below; a failed assertion before then must not leave it unhandled
    // from when it holds the database (the writers' work queued before it runs first)
    for (let i = 0; i < 200 && !release; i++) await sleep(50);
    expect(release).toBeDefined();
    phase('writing, then a transaction that does not end');
    await sleep(200);
    const t = performance.now();
    const ready = await server.fetch('/api/v1/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    const get = await viewer.get('/api/v1/quotas?year=2025');
    expect(get.status).toBe(503);
    expect(get.headers.get('retry-after')).toBeTruthy();
    expect(performance.now() - t).toBeLessThan(2 * 2600);
    await sleep(1500);
    phase('/ready and GET answered 503');
    release!();
    await hang;
    phase('released');
    await sleep(1500);
    await load.stop();
    phase('writers stopped');
    await sleep(500);
    const rows = await server.db.query<{ id: number; payload: { rows: { unit: string; year: number; field: string; version: number }[] } }>("select id::integer as id, payload from events where payload->>'kind' = 'cells' order by id");
    const committed = rows.flatMap((r) => r.payload.rows.map((x) => `${x.unit} ${x.year} ${x.field} v${x.version}`));
    const text = await events.until(`id: ${rows.at(-1)!.id}\n`, 15_000);
    await events.cancel();
    phase('stream read to the end');
    expect(changesOf(text)).toEqual(committed);
    // every cell's version is the number of its audit entries: nothing applied twice or half
    const [{ bad }] = await server.db.query<{ bad: number }>(
      "select count(*)::integer as bad from quota_cells c where version <> (select count(*) from audit a where a.unit = c.unit and a.year = c.year and a.field = c.field)",
    );
    expect(bad).toBe(0);
    expect(load.statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(Math.max(...load.latencies)).toBeLessThan(2600 + 500);
  }, 150_000);
});
