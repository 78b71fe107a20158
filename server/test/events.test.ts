import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emit } from '../src/events/outbox';
import { REPLAY_LIMIT } from '../src/events/hub';
import { readEvents } from './processes';
import { ApiClient, BACKENDS, cellPath, startOnFreshDatabase, type InProcessServer } from './support';

/** The ids and kinds of a server-sent events text, in order. */
function parse(text: string): { event: string; id?: number; data: string }[] {
  return text
    .split('\n\n')
    .filter((block) => /^(event|id|data):/m.test(block))
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message',
      id: /^id: (\d+)$/m.test(block) ? Number(/^id: (\d+)$/m.exec(block)![1]) : undefined,
      data: /^data: (.*)$/m.exec(block)?.[1] ?? '',
    }));
}

describe.each(BACKENDS)('events on %s', (backend) => {
  let server: InProcessServer;
  let planner: ApiClient;
  const cookie = () => (planner as unknown as { cookie: string }).cookie;
  const maxId = async () => (await server.db.query<{ id: number }>('select coalesce(max(id), 0)::integer as id from events'))[0].id;
  /** Changes committed while a client was away (the same rows as real edits; only their number matters here). */
  const commitChanges = async (n: number) => {
    const payload = JSON.stringify({ kind: 'cells', via: 'edit', user: 'planner', rows: [] });
    await server.db.query('insert into events (payload) select $1::jsonb from generate_series(1, $2)', [payload, n]);
    await server.db.query("select pg_notify('dgmap_events', '')");
  };
  const reconnect = async (lastEventId: number, until: string) => {
    const res = await server.fetch('/api/v1/events', { headers: { cookie: cookie(), 'last-event-id': String(lastEventId) } });
    const events = readEvents(res);
    const text = await events.until(until);
    await events.cancel();
    return parse(text);
  };

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [{ username: 'planner', role: 'planner' }]);
    planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a client back after 10 missed edits gets exactly those, in order, then goes live', async () => {
    const seen = await maxId();
    for (let i = 0; i < 10; i++) expect((await planner.put(cellPath('长安镇', 2025, 'landing_quota'), { value: i + 1, version: i })).status).toBe(200);
    const got = await reconnect(seen, 'event: ready');
    const changes = got.filter((e) => e.event === 'change');
    expect(changes.map((e) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => seen + 1 + i));
    expect(changes.map((e) => JSON.parse(e.data).rows[0].value)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(got.at(-1)!.event).toBe('ready');
  });

  it(`a client back after ${REPLAY_LIMIT.toLocaleString('en')} missed changes gets exactly those`, async () => {
    const seen = await maxId();
    await commitChanges(REPLAY_LIMIT);
    const got = await reconnect(seen, 'event: ready');
    const ids = got.filter((e) => e.event === 'change').map((e) => e.id);
    expect(ids).toEqual(Array.from({ length: REPLAY_LIMIT }, (_, i) => seen + 1 + i));
  });

  it('a client back after 5,000 missed changes is told to reset (the app reloads), not given part of them', async () => {
    const seen = await maxId();
    await commitChanges(5000);
    const got = await reconnect(seen, 'event: reset');
    expect(got.filter((e) => e.event === 'change')).toEqual([]);
    expect(got.map((e) => e.event)).toEqual(['reset']);
  });

  it('a client whose last event is beyond the record (restored, replaced) or pruned away is told to reset', async () => {
    const top = await maxId();
    expect((await reconnect(top + 50, 'event: reset')).map((e) => e.event)).toEqual(['reset']);
    await server.db.query('delete from events where id <= $1', [top - 10]);
    expect((await reconnect(top - 20, 'event: reset')).map((e) => e.event)).toEqual(['reset']);
    // an up-to-date client just goes live
    expect((await reconnect(top, 'event: ready')).map((e) => e.event)).toEqual(['ready']);
  });

  it('a year list has an ETag; a client that has it gets 304, and a change gives a new one', async () => {
    const path = '/api/v1/quotas?year=2026';
    const first = await planner.get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await planner.request('GET', path, undefined, { 'if-none-match': etag })).status).toBe(304);
    const put = await planner.put(cellPath('虎门镇', 2026, 'landing_quota'), { value: 77, version: 0 });
    expect(put.status).toBe(200);
    const after = await planner.request('GET', path, undefined, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.body.rows.find((r: { unit: string; field: string }) => r.unit === '虎门镇' && r.field === 'landing_quota').value).toBe(77);
    expect(after.headers.get('etag')).not.toBe(etag);
  });
});

/**
 * Overlapping transactions on PostgreSQL: one that took its event first commits last. With ids
 * read "above the last seen", the late one was skipped for good (and caches of other processes
 * stayed stale). Events now commit in id order, so the stream sees both, in commit order.
 */
describe.runIf(BACKENDS.includes('postgresql'))('events commit in order on postgresql', () => {
  let server: InProcessServer;
  beforeAll(async () => {
    server = await startOnFreshDatabase('postgresql', [{ username: 'planner', role: 'planner' }, { username: 'viewer', role: 'viewer' }]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a change committed after a later-started one still reaches the stream, once and in order', async () => {
    const viewer = new ApiClient(server.fetch);
    await viewer.signIn('viewer');
    const planner = new ApiClient(server.fetch);
    await planner.signIn('planner');
    const res = await server.fetch('/api/v1/events', { headers: { cookie: (viewer as unknown as { cookie: string }).cookie } });
    const events = readEvents(res);
    await events.until('event: ready');

    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    // A slow transaction: writes its change and its event, then stays open.
    const slow = server.db.transaction(async (tx) => {
      await tx.query("update quota_cells set value = 4242, version = version + 1 where unit = '长安镇' and year = 2027 and field = 'landing_quota'");
      await emit(tx, { kind: 'cells', via: 'edit', user: 'slow', rows: [{ unit: '长安镇', year: 2027, field: 'landing_quota', value: 4242, status: null, version: 1, updatedBy: 'slow', updatedAt: null }] });
      entered();
      await held;
    });
    await inside;
    // A quick write started after it.
    const quick = planner.put(cellPath('虎门镇', 2027, 'landing_quota'), { value: 11, version: 0 });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await slow;
    expect((await quick).status).toBe(200);
    const text = await events.until('"value":11');
    await events.cancel();
    const changes = parse(text).filter((e) => e.event === 'change');
    expect(changes.map((e) => JSON.parse(e.data).rows[0].value)).toEqual([4242, 11]);
    expect(changes[0].id! < changes[1].id!).toBe(true);
    // and the cached year shows both
    const year = await planner.get('/api/v1/quotas?year=2027');
    const value = (unit: string) => year.body.rows.find((r: { unit: string; field: string }) => r.unit === unit && r.field === 'landing_quota').value;
    expect([value('长安镇'), value('虎门镇')]).toEqual([4242, 11]);
  });
});
