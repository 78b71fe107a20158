/**
 * The plans in server mode (#21 §7), against a fake of the plan API that keeps versions as the
 * server does (server/test/plans.test.ts covers the server itself): the list is the shared record's,
 * a planner's import, copy, 发布 and 删除 go to it with the version read, another planner's plan
 * arrives from the event stream without a reload, a stale save keeps both versions with a choice,
 * and a town account sees no write buttons (a refused write is said and taken back).
 */
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlansView } from '../../src/modes/plans/PlansView';
import { BUILTIN_PLANS } from '../../src/plans/builtin';
import { planCatalog } from '../../src/plans/catalog';
import type { PlanChangeMessage, ServerPlan } from '../../src/plans/planApiTypes';
import { planToFile } from '../../src/plans/planFile';
import { savedPlanKeys } from '../../src/plans/savedPlans';
import { api, type ServerUser } from '../../src/quotas/shared/api';
import { useSharedStore } from '../../src/quotas/shared/sharedStore';
import { copyAsDraft, dispatchPlans, ensurePlansLoaded, resetPlansStore, usePlansStore } from '../../src/state/plansStore';
import { startServerPlans, stopServerPlans, useServerPlansStore } from '../../src/state/serverPlans';

const PLANNER: ServerUser = { username: 'planner', role: 'planner', roleLabel: '规划人员', unit: null };
const TOWN: ServerUser = { username: 'changan', role: 'town', roleLabel: '镇街', unit: '长安镇' };

const builtin2018 = BUILTIN_PLANS.find((p) => p.group.id === 'plan2018')!;

/** A plan file of our own, from the 2018 plan's first element under new ids. */
function ownFile(id: string, nameZh: string, draft = false) {
  const file = planToFile(builtin2018);
  return {
    ...file,
    plan: { ...file.plan, id, nameZh, title: `2026 ${nameZh}`, period: { start: 2026, end: 2030 }, ...(draft ? { draft: true } : {}) },
    elements: [{ ...file.elements[0], id: `${id}-core`, nameZh: `${nameZh}核心区` }],
  };
}

/** The plan API in memory, with versions, rights and drafts as the server keeps them. */
function fakePlanServer(user: () => ServerUser) {
  const plans = new Map<string, ServerPlan>();
  const calls: string[] = [];
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const store = (file: ReturnType<typeof ownFile>, version: number, by: string): ServerPlan => {
    const row: ServerPlan = { id: file.plan.id, version, draft: file.plan.draft === true, file, createdBy: by, updatedBy: by, updatedAt: '2026-12-05T08:00:00.000Z' };
    plans.set(row.id, row);
    return row;
  };
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = url.replace(/^api\/v1/, '');
    calls.push(`${method} ${path}`);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const seen = (p: ServerPlan) => !p.draft || user().role === 'planner';
    if (method === 'GET' && path === '/plans') return json(200, { plans: [...plans.values()].filter(seen) });
    const id = decodeURIComponent(/^\/plans\/([^/?]+)/.exec(path)?.[1] ?? '');
    if (method === 'GET') return plans.has(id) && seen(plans.get(id)!) ? json(200, plans.get(id)) : json(404, { error: { code: 'unknown_plan', message: '没有' } });
    if (user().role !== 'planner') return json(403, { error: { code: 'forbidden', message: `镇街账号「${user().username}」不能修改规划` } });
    if (method === 'POST' && path === '/plans') return json(201, store(body.file, 1, user().username));
    const current = plans.get(id) ?? null;
    const version = method === 'DELETE' ? Number(/version=(\d+)/.exec(path)![1]) : body.version;
    if (!current || current.version !== version) {
      return json(409, { error: { code: 'version_conflict', message: `规划已被 ${current?.updatedBy ?? '他人'} 修改` }, current, yours: { file: body?.file ?? null, version } });
    }
    if (method === 'DELETE') {
      plans.delete(id);
      return json(200, { id, version: version + 1 });
    }
    return json(200, store(body.file, version + 1, user().username));
  });
  /** Another planner writes (the page has not heard of it yet). */
  const otherSaves = (file: ReturnType<typeof ownFile>) => store(file, (plans.get(file.plan.id)?.version ?? 0) + 1, 'planner2');
  return { fetch, plans, calls, otherSaves };
}

/** An EventSource the test speaks through, as the server's stream would. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {}
  emit(type: string, data: unknown) {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

let server: ReturnType<typeof fakePlanServer>;
let user: ServerUser;
let idb: IDBFactory;
let stopEvents: () => void;
const notices: string[] = [];
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (name: string) => rows().find((r) => within(r).getByRole('rowheader').textContent!.startsWith(name));
const shownIds = () => planCatalog().plans.slice(BUILTIN_PLANS.length).map((p) => p.group.id);

beforeEach(async () => {
  idb = new IDBFactory();
  resetPlansStore(idb);
  user = PLANNER;
  server = fakePlanServer(() => user);
  server.plans.set('p15', { id: 'p15', version: 3, draft: false, file: ownFile('p15', '十五五布局'), createdBy: 'planner2', updatedBy: 'planner2', updatedAt: '2026-12-05T07:00:00.000Z' });
  vi.stubGlobal('fetch', server.fetch);
  vi.stubGlobal('EventSource', FakeEventSource);
  notices.length = 0;
  useSharedStore.setState({ mode: 'server', database: 'pglite', user, meta: {}, conflicts: [] });
  startServerPlans({ notify: (_level, text) => notices.push(text) });
  stopEvents = api.events(() => {}, () => {});
  await ensurePlansLoaded();
  await vi.waitFor(() => expect(shownIds()).toEqual(['p15']));
});

afterEach(() => {
  stopEvents();
  stopServerPlans();
  vi.unstubAllGlobals();
  useSharedStore.setState({ mode: 'detecting', user: null, meta: {}, conflicts: [] });
  resetPlansStore(undefined);
});

describe('plans in server mode', () => {
  it('shows the shared record’s plans, and a planner’s import and copy go to it, not to the browser', async () => {
    render(<PlansView />);
    expect(rowOf('十五五布局')).toBeDefined();
    expect(screen.getByText(/规划保存在共享记录中/)).toBeInTheDocument();
    const file = new File([JSON.stringify(ownFile('p16', '十六五布局'))], 'p16.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('导入规划'), file);
    await vi.waitFor(() => expect(server.plans.get('p16')?.version).toBe(1));
    act(() => void copyAsDraft('p15'));
    await vi.waitFor(() => expect(server.plans.get('p15-copy')?.draft).toBe(true));
    expect(server.calls.filter((c) => c.startsWith('POST'))).toEqual(['POST /plans', 'POST /plans']);
    expect(await savedPlanKeys(idb)).toEqual([]);
  });

  it('发布 saves the draft as a plan in force with the version read', async () => {
    server.otherSaves(ownFile('p17', '十七五布局', true));
    await act(async () => {
      FakeEventSource.last!.emit('plan', { kind: 'plans', via: 'create', user: 'planner2', id: 'p17', version: 1, draft: true } satisfies PlanChangeMessage);
    });
    render(<PlansView />);
    await vi.waitFor(() => expect(rowOf('十七五布局')).toHaveTextContent('草稿'));
    await userEvent.click(within(rowOf('十七五布局')!).getByRole('button', { name: '发布 十七五布局' }));
    await vi.waitFor(() => expect(server.plans.get('p17')).toMatchObject({ version: 2, draft: false }));
    expect(server.calls).toContain('PUT /plans/p17');
    expect(rowOf('十七五布局')).toHaveTextContent('在期');
  });

  it('a plan another planner publishes appears without a reload', async () => {
    render(<PlansView />);
    expect(rowOf('十八五布局')).toBeUndefined();
    server.otherSaves(ownFile('p18', '十八五布局'));
    await act(async () => {
      FakeEventSource.last!.emit('plan', { kind: 'plans', via: 'create', user: 'planner2', id: 'p18', version: 1, draft: false } satisfies PlanChangeMessage);
    });
    await vi.waitFor(() => expect(rowOf('十八五布局')).toHaveTextContent('在期'));
    expect(shownIds()).toEqual(['p15', 'p18']);
    // and a deletion by another planner takes it away again
    server.plans.delete('p18');
    await act(async () => {
      FakeEventSource.last!.emit('plan', { kind: 'plans', via: 'delete', user: 'planner2', id: 'p18', version: 2, draft: false } satisfies PlanChangeMessage);
    });
    await vi.waitFor(() => expect(rowOf('十八五布局')).toBeUndefined());
  });

  it('a stale save keeps both versions: theirs is shown, mine waits for the choice, and 另存为副本 keeps both', async () => {
    render(<PlansView />);
    // Another planner saves p15 first (the page has not heard yet) …
    server.otherSaves(ownFile('p15', '十五五布局（乙）'));
    // … then this planner saves their rename over the version they read.
    const mine = { ...planCatalog().plans.find((p) => p.group.id === 'p15')! };
    act(() => dispatchPlans({ type: 'plans/put', plan: { ...mine, group: { ...mine.group, nameZh: '十五五布局（甲）' } } }));
    const conflict = await screen.findByRole('alert', { name: '规划保存冲突' });
    expect(conflict).toHaveTextContent('您的版本（未保存）');
    expect(conflict).toHaveTextContent('“十五五布局（甲）”');
    expect(conflict).toHaveTextContent('planner2保存的版本');
    expect(conflict).toHaveTextContent('“十五五布局（乙）”');
    expect(rowOf('十五五布局（乙）')).toBeDefined(); // the stored one is what the map shows meanwhile
    expect(server.plans.get('p15')!.version).toBe(4);
    await userEvent.click(within(conflict).getByRole('button', { name: '我的版本另存为副本' }));
    await vi.waitFor(() => expect(server.plans.get('p15-copy')?.file).toMatchObject({ plan: { nameZh: '十五五布局（甲）（副本）' } }));
    expect(screen.queryByRole('alert', { name: '规划保存冲突' })).toBeNull();
    expect(server.plans.get('p15')!.file).toMatchObject({ plan: { nameZh: '十五五布局（乙）' } });
  });

  it('用我的版本覆盖 saves mine over the version now read', async () => {
    render(<PlansView />);
    server.otherSaves(ownFile('p15', '十五五布局（乙）'));
    const mine = planCatalog().plans.find((p) => p.group.id === 'p15')!;
    act(() => dispatchPlans({ type: 'plans/put', plan: { ...mine, group: { ...mine.group, nameZh: '十五五布局（甲）' } } }));
    const conflict = await screen.findByRole('alert', { name: '规划保存冲突' });
    await userEvent.click(within(conflict).getByRole('button', { name: '用我的版本覆盖' }));
    await vi.waitFor(() => expect(server.plans.get('p15')).toMatchObject({ version: 5, updatedBy: 'planner', file: { plan: { nameZh: '十五五布局（甲）' } } }));
    expect(rowOf('十五五布局（甲）')).toBeDefined();
  });

  it('a town account sees the published plans with no write buttons; a write it tries anyway is said and taken back', async () => {
    user = TOWN;
    act(() => useSharedStore.setState({ user: TOWN }));
    server.plans.set('p19', { id: 'p19', version: 1, draft: true, file: ownFile('p19', '草稿布局', true), createdBy: 'planner', updatedBy: 'planner', updatedAt: '2026-12-05T07:00:00.000Z' });
    await vi.waitFor(() => expect(server.calls.filter((c) => c === 'GET /plans')).toHaveLength(2));
    render(<PlansView />);
    expect(rowOf('草稿布局')).toBeUndefined();
    expect(screen.queryByLabelText('导入规划')).toBeNull();
    expect(within(rowOf('十五五布局')!).queryByRole('button', { name: /删除|复制为草稿/ })).toBeNull();
    expect(within(rowOf('十五五布局')!).getByRole('button', { name: /导出规划/ })).toBeInTheDocument();
    act(() => void copyAsDraft('p15'));
    await vi.waitFor(() => expect(notices.join('\n')).toMatch(/未保存：镇街账号「changan」不能修改规划/));
    await vi.waitFor(() => expect(shownIds()).toEqual(['p15']));
    expect(useServerPlansStore.getState().conflicts).toEqual([]);
    expect(usePlansStore.getState().plans.map((p) => p.group.id)).toEqual(['p15']);
  });
});
