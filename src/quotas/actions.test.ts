import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quotaUpdate, replay, type QuotaAction, type QuotaState } from './actions';
import { emptyQuotaData, type QuotaData } from './model';
import { setValue } from './operations';
import { STORAGE_KEY, initQuotaPersistence, loadQuotaData, stopQuotaPersistence } from './persistence';
import { dispatchQuota, listenQuotas, resetQuotaStore, useQuotaStore } from './store';
import { connect, disconnect } from './shared/sharedSource';
import { useSharedStore } from './shared/sharedStore';
import type { ServerRow } from './shared/api';
import { effectiveValue } from './defaults';

const empty = (): QuotaState => ({ data: emptyQuotaData(), undo: null });
const cell = (town: string, field: 'landing_quota' | 'discovery_quota' = 'landing_quota') => ({ town, year: 2025 as const, field });

describe('quota actions', () => {
  it('a session’s action log replays into the same state (data and undo)', () => {
    resetQuotaStore();
    const log: QuotaAction[] = [];
    const stop = listenQuotas('log', ({ action }) => log.push(action));
    const s = () => useQuotaStore.getState();
    s().setValue('长安镇', 2025, 'landing_quota', 10);
    s().setStrongTown('石龙镇', true);
    s().applyImport([{ town: '虎门镇', year: 2026, field: 'discovery_quota', value: 7, line: 2 }]);
    s().undoImport();
    s().setHighTechZone('滨海湾新区', true);
    dispatchQuota({ type: 'quota/receive', values: { '莞城街道|2027|landing_actual': 3 } }, 'tab');
    s().replaceWithScenario(setValue(emptyQuotaData(), '中堂镇', 2025, 'landing_quota', 4));
    s().undoImport();
    s().resetToDefaults();
    stop();
    const { data, undo } = s();
    expect(log).toHaveLength(9);
    expect(replay(empty(), log)).toEqual({ data, undo });
    expect(effectiveValue(data, '长安镇', 2025, 'landing_quota')).toBeNull();
    expect(replay(empty(), log.slice(0, 8)).data).toEqual(replay(empty(), log.slice(0, 6)).data);
  });

  it('updaters are pure: the input state is left alone', () => {
    const before = empty();
    const copy = JSON.stringify(before);
    quotaUpdate(before, { type: 'quota/setValue', cell: cell('长安镇'), value: 5 });
    quotaUpdate(before, { type: 'quota/reset' });
    expect(JSON.stringify(before)).toBe(copy);
  });

  it('a change from another tab keeps the undo of an import it does not touch, and drops one it touches', () => {
    let s = quotaUpdate(empty(), { type: 'quota/applyImport', rows: [{ ...cell('长安镇'), value: 30, line: 2 }] });
    s = quotaUpdate(s, { type: 'quota/receive', values: { '虎门镇|2025|landing_quota': 4 } });
    expect(s.undo?.action).toBe('import');
    s = quotaUpdate(s, { type: 'quota/receive', values: { '长安镇|2025|landing_quota': 31 } });
    expect(s.undo).toBeNull();
  });
});

describe('a listener that throws', () => {
  const row = (unit: string, value: number | null, version: number): ServerRow => ({ unit, year: 2025, field: 'landing_quota', value, status: null, version, updatedBy: null, updatedAt: null });
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  let puts: string[];
  let stopBroken: () => void;

  beforeEach(() => {
    stopQuotaPersistence();
    resetQuotaStore();
    localStorage.clear();
    puts = [];
  });
  afterEach(() => {
    stopBroken?.();
    stopQuotaPersistence();
    disconnect();
    vi.unstubAllGlobals();
    useSharedStore.setState({ mode: 'detecting', user: null, meta: {}, conflicts: [] });
  });

  it('leaves later edits flowing to storage', () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    stopBroken = listenQuotas('broken', () => {
      throw new Error('boom');
    });
    initQuotaPersistence({ channel: null });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 1);
    useQuotaStore.getState().setValue('虎门镇', 2025, 'landing_quota', 2);
    const saved = loadQuotaData().data;
    expect([effectiveValue(saved, '长安镇', 2025, 'landing_quota'), effectiveValue(saved, '虎门镇', 2025, 'landing_quota')]).toEqual([1, 2]);
    expect(reported).toHaveBeenCalledTimes(2);
    reported.mockRestore();
  });

  it('leaves later edits flowing to the server, even when the server’s own answer makes a listener throw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const versions = new Map<string, number>();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        if (!init.method || init.method === 'GET') return json({ rows: [] });
        const unit = decodeURIComponent(url).split('/')[3];
        puts.push(unit);
        const version = (versions.get(unit) ?? 0) + 1;
        versions.set(unit, version);
        return json(row(unit, JSON.parse(String(init.body)).value, version));
      }),
    );
    useSharedStore.setState({ mode: 'server', user: { username: 'p', role: 'planner', roleLabel: '规划', unit: null }, meta: {}, conflicts: [] });
    await connect();
    // throws on every action, the server's answers included (where the old guard flag stuck)
    stopBroken = listenQuotas('broken', () => {
      throw new Error('boom');
    });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 1);
    await vi.waitFor(() => expect(puts).toEqual(['长安镇']));
    await new Promise((r) => setTimeout(r, 0));
    useQuotaStore.getState().setValue('虎门镇', 2025, 'landing_quota', 2);
    await vi.waitFor(() => expect(puts).toEqual(['长安镇', '虎门镇']));
    expect(effectiveValue(useQuotaStore.getState().data, '虎门镇', 2025, 'landing_quota')).toBe(2);
  });

  it('a change from another tab is not sent back to the server', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit = {}) => {
        if (!init.method || init.method === 'GET') return json({ rows: [] });
        puts.push('put');
        return json({});
      }),
    );
    useSharedStore.setState({ mode: 'server', user: { username: 'p', role: 'planner', roleLabel: '规划', unit: null }, meta: {}, conflicts: [] });
    await connect();
    dispatchQuota({ type: 'quota/receive', values: { '长安镇|2025|landing_quota': 9 } }, 'server');
    await new Promise((r) => setTimeout(r, 10));
    expect(puts).toEqual([]);
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(9);
  });
});

describe('saved data', () => {
  it('is written under the versioned key with the stamps of who changed what', () => {
    stopQuotaPersistence();
    resetQuotaStore();
    localStorage.clear();
    initQuotaPersistence({ channel: null, tab: 'A' });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 5);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { stamps: Record<string, { tab: string }>; data: QuotaData };
    expect(saved.stamps['长安镇|2025|landing_quota'].tab).toBe('A');
    stopQuotaPersistence();
  });
});
