import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../src/db/backup';
import { readEvents } from './processes';
import { ApiClient, BACKENDS, startOnFreshDatabase, townAccount, type InProcessServer } from './support';

/** A small plan file as a planner writes it (a 15th Five-Year draft). */
function planFile(id: string, overrides: { nameZh?: string; draft?: boolean; elementId?: string; towns?: string[] } = {}) {
  const towns = overrides.towns ?? ['松山湖管委会', '大朗镇'];
  return {
    format: 'dgmap-plan',
    schemaVersion: 1,
    plan: {
      id,
      nameZh: overrides.nameZh ?? '十五五布局',
      title: '2026 十五五布局',
      document: '东莞市“十五五”科技创新规划（征求意见稿）',
      period: { start: 2026, end: 2030 },
      ...(overrides.draft === false ? {} : { draft: true }),
    },
    elements: [
      {
        id: overrides.elementId ?? `${id}-zone`,
        kind: 'region',
        nameZh: '创新核心区',
        nameEn: 'Innovation core',
        draw: 'zone',
        members: towns.map((town) => ({ town, coverage: 'whole', roleKind: 'member', role: '成员', roleWording: 'none', factKind: 'stated' })),
        source: { section: '第三章' },
        factKind: 'stated',
        description: '',
        color: '#0072B2',
      },
    ],
  };
}

const parseEvents = (text: string) =>
  text
    .split('\n\n')
    .filter((b) => /^event:/m.test(b))
    .map((b) => ({ event: /^event: (.*)$/m.exec(b)![1], data: /^data: (.*)$/m.exec(b)?.[1] ?? '' }));

describe.each(BACKENDS)('plans in the shared record on %s', (backend) => {
  let server: InProcessServer;
  let planner: ApiClient;
  let second: ApiClient;
  let town: ApiClient;
  let viewer: ApiClient;
  const cookieOf = (c: ApiClient) => (c as unknown as { cookie: string }).cookie;
  const auditRows = async (id: string) => server.db.query<{ username: string; action: string; version: number }>('select username, action, version from plan_audit where plan_id = $1 order by id', [id]);

  beforeAll(async () => {
    server = await startOnFreshDatabase(backend, [
      { username: 'planner', role: 'planner' },
      { username: 'planner2', role: 'planner' },
      { username: 'viewer', role: 'viewer' },
      townAccount('长安镇'),
    ]);
    planner = new ApiClient(server.fetch);
    second = new ApiClient(server.fetch);
    town = new ApiClient(server.fetch);
    viewer = new ApiClient(server.fetch);
    await planner.signIn('planner');
    await second.signIn('planner2');
    await town.signIn(townAccount('长安镇').username);
    await viewer.signIn('viewer');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a planner saves a draft: other planners see it, a town account does not', async () => {
    const created = await planner.post('/api/v1/plans', { file: planFile('p15-draft') });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'p15-draft', version: 1, draft: true, createdBy: 'planner', updatedBy: 'planner' });
    expect(created.body.file.elements[0].members.map((m: { town: string }) => m.town)).toEqual(['松山湖管委会', '大朗镇']);

    expect((await second.get('/api/v1/plans')).body.plans.map((p: { id: string }) => p.id)).toContain('p15-draft');
    expect((await town.get('/api/v1/plans')).body.plans.map((p: { id: string }) => p.id)).not.toContain('p15-draft');
    expect((await town.get('/api/v1/plans/p15-draft')).status).toBe(404);
    expect((await viewer.get('/api/v1/plans/p15-draft')).status).toBe(404);
    expect(await auditRows('p15-draft')).toEqual([{ username: 'planner', action: 'create', version: 1 }]);
  });

  it('publishing by a planner makes it everyone’s, with an audit entry', async () => {
    const published = await second.post('/api/v1/plans/p15-draft/publish', { version: 1 });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 2, draft: false, updatedBy: 'planner2' });
    expect(published.body.file.plan.draft).toBeUndefined();
    const seenByTown = await town.get('/api/v1/plans/p15-draft');
    expect(seenByTown.status).toBe(200);
    expect(seenByTown.body.file.plan.nameZh).toBe('十五五布局');
    expect((await auditRows('p15-draft')).map((r) => `${r.username} ${r.action} ${r.version}`)).toEqual(['planner create 1', 'planner2 publish 2']);
    expect((await planner.post('/api/v1/plans/p15-draft/publish', { version: 2 })).body.error.code).toBe('not_a_draft');
  });

  it('a town account cannot write plans (403), and nothing changes', async () => {
    const before = await planner.get('/api/v1/plans');
    const attempts = [
      await town.post('/api/v1/plans', { file: planFile('town-plan') }),
      await town.put('/api/v1/plans/p15-draft', { file: planFile('p15-draft', { nameZh: '镇街改的' }), version: 2 }),
      await town.post('/api/v1/plans/p15-draft/publish', { version: 2 }),
      await town.request('DELETE', '/api/v1/plans/p15-draft?version=2'),
      await viewer.post('/api/v1/plans', { file: planFile('viewer-plan') }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    expect(attempts[0].body.error.message).toMatch(/镇街账号.*不能修改规划/);
    expect((await planner.get('/api/v1/plans')).body).toEqual(before.body);
  });

  it('a stale save gets 409 with both versions, and the stored plan stays as the other planner saved it', async () => {
    const mine = planFile('p15-draft', { nameZh: '十五五布局（甲）', draft: false });
    const theirs = planFile('p15-draft', { nameZh: '十五五布局（乙）', draft: false, towns: ['松山湖管委会', '大朗镇', '大岭山镇'] });
    // both read version 2; the second planner saves first
    expect((await second.put('/api/v1/plans/p15-draft', { file: theirs, version: 2 })).body.version).toBe(3);
    const stale = await planner.put('/api/v1/plans/p15-draft', { file: mine, version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect(stale.body.error.message).toMatch(/planner2.*第 3 版.*第 2 版/);
    expect(stale.body.current.version).toBe(3);
    expect(stale.body.current.file.plan.nameZh).toBe('十五五布局（乙）');
    expect(stale.body.yours.version).toBe(2);
    expect(stale.body.yours.file.plan.nameZh).toBe('十五五布局（甲）');
    const stored = await town.get('/api/v1/plans/p15-draft');
    expect(stored.body.file.plan.nameZh).toBe('十五五布局（乙）');
    expect(stored.body.file.elements[0].members).toHaveLength(3);
    // the choice "keep mine" is a save over the version now read
    const over = await planner.put('/api/v1/plans/p15-draft', { file: mine, version: 3 });
    expect(over.status).toBe(200);
    expect(over.body).toMatchObject({ version: 4, updatedBy: 'planner' });
    // a stale delete is refused too
    const staleDelete = await second.request('DELETE', '/api/v1/plans/p15-draft?version=3');
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.current.file.plan.nameZh).toBe('十五五布局（甲）');
  });

  it('refuses a bad plan with every problem named, a taken id, and an id that differs from the address', async () => {
    const bad = planFile('p15-bad', { towns: ['长按镇', '大朗镇', '大朗镇'] });
    const r = await planner.post('/api/v1/plans', { file: bad });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_plan');
    expect(r.body.problems.join('\n')).toMatch(/“长按镇”不是东莞的镇街名称，是不是 “长安镇”？/);
    expect(r.body.problems.join('\n')).toMatch(/列了两次/);
    const html = planFile('p15-html', { nameZh: '<img src=x onerror=alert(1)>' });
    expect((await planner.post('/api/v1/plans', { file: html })).body.problems[0]).toMatch(/规划信息 › nameZh：含有 HTML 标记/);
    expect((await planner.post('/api/v1/plans', { file: planFile('plan2018') })).body.error.code).toBe('id_taken');
    expect((await planner.post('/api/v1/plans', { file: planFile('p15-other', { elementId: 'core-songshanhu' }) })).body.error.message).toMatch(/core-songshanhu.*已被占用/);
    expect((await planner.post('/api/v1/plans', { file: planFile('p15-draft') })).status).toBe(409);
    expect((await planner.put('/api/v1/plans/p15-else', { file: planFile('p15-draft'), version: 1 })).body.error.code).toBe('plan_id_mismatch');
    expect((await planner.get('/api/v1/plans')).body.plans.map((p: { id: string }) => p.id)).toEqual(['p15-draft']);
  });

  it('other planners hear of a published plan at once; a town hears of it only once published', async () => {
    const listen = async (c: ApiClient) => {
      const res = await server.fetch('/api/v1/events', { headers: { cookie: cookieOf(c) } });
      const events = readEvents(res);
      await events.until('event: ready');
      return events;
    };
    const planners = await listen(second);
    const towns = await listen(town);
    const draft = await planner.post('/api/v1/plans', { file: planFile('p15-live') });
    expect(draft.status).toBe(201);
    await planner.post('/api/v1/plans/p15-live/publish', { version: 1 });
    const plannerText = await planners.until('"via":"publish"');
    const townText = await towns.until('"via":"publish"');
    await planners.cancel();
    await towns.cancel();
    const plannerEvents = parseEvents(plannerText).filter((e) => e.event === 'plan').map((e) => JSON.parse(e.data));
    const townEvents = parseEvents(townText).filter((e) => e.event === 'plan').map((e) => JSON.parse(e.data));
    expect(plannerEvents.map((e) => `${e.id} ${e.via} ${e.version}`)).toEqual(['p15-live create 1', 'p15-live publish 2']);
    expect(townEvents.map((e) => `${e.id} ${e.via} ${e.version}`)).toEqual(['p15-live publish 2']);
  });

  it('a backup holds the plans and their audit trail', async () => {
    const backup = await takeBackup(server.db);
    expect((backup.tables.plans as { id: string; version: number }[]).map((p) => [p.id, p.version])).toEqual([
      ['p15-draft', 4],
      ['p15-live', 2],
    ]);
    expect(backup.tables.plan_audit.length).toBeGreaterThanOrEqual(6);
  });

  it('a planner deletes a plan with its version; its last file stays in the audit trail', async () => {
    const r = await planner.request('DELETE', '/api/v1/plans/p15-live?version=2');
    expect(r.status).toBe(200);
    expect((await planner.get('/api/v1/plans/p15-live')).status).toBe(404);
    const [last] = await server.db.query<{ action: string; file: unknown }>("select action, file from plan_audit where plan_id = 'p15-live' order by id desc limit 1");
    expect(last.action).toBe('delete');
    const file = (typeof last.file === 'string' ? JSON.parse(last.file) : last.file) as { plan: { id: string } };
    expect(file.plan.id).toBe('p15-live');
    expect((await planner.get('/api/v1/plans/p15-live/audit')).body.entries.map((e: { action: string }) => e.action)).toEqual(['delete', 'publish', 'create']);
  });
});
