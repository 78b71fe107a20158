import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { effectiveValue } from './defaults';
import { emptyQuotaData } from './model';
import { setValue } from './operations';
import { REJECTED_KEY_PREFIX, STORAGE_KEY, initQuotaPersistence, loadQuotaData, saveQuotaData, stopQuotaPersistence } from './persistence';
import { resetQuotaStore, useQuotaStore } from './store';

const NOW = 1_700_000_000_000;

beforeEach(() => {
  stopQuotaPersistence();
  resetQuotaStore();
});
afterEach(() => stopQuotaPersistence());

function rejectedKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(REJECTED_KEY_PREFIX));
}

describe('quota persistence', () => {
  it('starts from defaults without a notice when nothing is saved', () => {
    expect(initQuotaPersistence()).toBeNull();
    expect(useQuotaStore.getState().data).toEqual(emptyQuotaData());
  });

  it('keeps and saves an edit made before it started (it starts after the first frame on a first visit)', () => {
    useQuotaStore.getState().setValue('石龙镇', 2025, 'discovery_quota', 60);
    expect(initQuotaPersistence()).toBeNull();
    expect(effectiveValue(useQuotaStore.getState().data, '石龙镇', 2025, 'discovery_quota')).toBe(60);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).data.values).toEqual({ 石龙镇: { '2025': { discovery_quota: 60 } } });
  });

  it('saves every change under a versioned key and loads it back', () => {
    initQuotaPersistence();
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 30);
    useQuotaStore.getState().setStrongTown('虎门镇', true);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.schemaVersion).toBe(2);
    expect(saved.data).toEqual({ strongTowns: ['虎门镇'], highTechZones: ['松山湖管委会'], values: { 长安镇: { '2025': { landing_quota: 30 } } } });

    stopQuotaPersistence();
    resetQuotaStore();
    expect(initQuotaPersistence()).toBeNull();
    const data = useQuotaStore.getState().data;
    expect(effectiveValue(data, '长安镇', 2025, 'landing_quota')).toBe(30);
    expect(effectiveValue(data, '虎门镇', 2025, 'discovery_quota')).toBe(25);
  });

  it.each([
    ['corrupted JSON', '{"schemaVersion":1,"data":{"strongTo', '不是有效的 JSON'],
    ['an unknown version', '{"schemaVersion":7,"data":{"whatever":true}}', '版本 7 未知'],
    ['no version', '{"data":{}}', '缺少版本号'],
    ['a schema mismatch', '{"schemaVersion":1,"data":{"strongTowns":[],"values":{"长安镇":{"2025":{"landing_quota":"三十"}}}}}', '格式不符'],
    ['not an object', '42', '格式不符'],
  ])('keeps %s aside under another key, reports it, and starts from defaults', (_label, raw, problem) => {
    localStorage.setItem(STORAGE_KEY, raw);
    const notice = initQuotaPersistence({ now: () => NOW });
    expect(notice).toContain(problem);
    expect(notice).toContain(`${REJECTED_KEY_PREFIX}${NOW}`);
    expect(notice).toContain('未删除');
    expect(localStorage.getItem(`${REJECTED_KEY_PREFIX}${NOW}`)).toBe(raw);
    expect(useQuotaStore.getState().data).toEqual(emptyQuotaData());

    // Working on from the defaults saves normally and does not touch the rejected copy.
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 1);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).schemaVersion).toBe(2);
    expect(localStorage.getItem(`${REJECTED_KEY_PREFIX}${NOW}`)).toBe(raw);
  });

  it('migrates a version 1 state (no 高新区 marks) instead of rejecting it, and saves it as version 2', () => {
    const v1 = { schemaVersion: 1, savedAt: '2025-01-01T00:00:00Z', data: { strongTowns: ['长安镇'], values: { 虎门镇: { '2025': { landing_quota: 12 } } } } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(v1));
    expect(initQuotaPersistence({ now: () => NOW })).toBeNull();
    expect(rejectedKeys()).toEqual([]);
    const data = useQuotaStore.getState().data;
    expect(data.highTechZones).toEqual(['松山湖管委会']);
    expect(data.strongTowns).toEqual(['长安镇']);
    expect(effectiveValue(data, '虎门镇', 2025, 'landing_quota')).toBe(12);
    useQuotaStore.getState().setValue('滨海湾新区', 2025, 'discovery_quota', 8);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.schemaVersion).toBe(2);
    expect(saved.data.values['滨海湾新区']).toEqual({ '2025': { discovery_quota: 8 } });
  });

  it('never overwrites an earlier rejected copy', () => {
    localStorage.setItem(`${REJECTED_KEY_PREFIX}${NOW}`, 'older');
    localStorage.setItem(STORAGE_KEY, 'not json');
    const result = loadQuotaData(localStorage, () => NOW);
    expect(result.rejectedKey).toBe(`${REJECTED_KEY_PREFIX}${NOW}-1`);
    expect(localStorage.getItem(`${REJECTED_KEY_PREFIX}${NOW}`)).toBe('older');
    expect(rejectedKeys()).toHaveLength(2);
  });

  it('does not save over a bad state it could not copy aside', () => {
    const raw = 'not json';
    const store = new Map<string, string>([[STORAGE_KEY, raw]]);
    const full: Storage = {
      get length() {
        return store.size;
      },
      key: (i) => [...store.keys()][i] ?? null,
      getItem: (k) => store.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => void store.delete(k),
      clear: () => store.clear(),
    };
    const notice = initQuotaPersistence({ storage: full });
    expect(notice).toContain('无法另存');
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 1);
    expect(store.get(STORAGE_KEY)).toBe(raw);
  });

  it('reports a failed save once instead of throwing', () => {
    const errors: string[] = [];
    const failing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    initQuotaPersistence({ storage: failing, onSaveError: (m) => errors.push(m) });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 1);
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('未能保存');
  });

  it('round-trips a saved state written by saveQuotaData', () => {
    const data = setValue(emptyQuotaData(), '中堂镇', 2027, 'discovery_actual', 3);
    saveQuotaData(data);
    expect(loadQuotaData()).toMatchObject({ data, notice: null });
  });
});

describe('quota persistence across tabs and blocked storage', () => {
  it('lays this tab’s edit over what another tab saved meanwhile, so neither edit is lost', () => {
    initQuotaPersistence();
    // another tab saved 长安镇 11 after this tab loaded (its storage event has not arrived yet)
    saveQuotaData(setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 11));
    useQuotaStore.getState().setValue('虎门镇', 2025, 'landing_quota', 22);
    const saved = loadQuotaData().data;
    expect(effectiveValue(saved, '长安镇', 2025, 'landing_quota')).toBe(11);
    expect(effectiveValue(saved, '虎门镇', 2025, 'landing_quota')).toBe(22);
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(11);
  });

  it('follows another tab’s save through the storage event, without saving it back', () => {
    initQuotaPersistence();
    const other = setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 11);
    saveQuotaData(other, localStorage, new Date(NOW));
    const written = localStorage.getItem(STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: written }));
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(11);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(written);
  });

  it('starts from the defaults with a notice when the browser blocks site data', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const notice = initQuotaPersistence();
      expect(notice).toMatch(/不允许本网站保存数据.*从默认值开始/);
      useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 11);
      expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(11);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});

describe('undo for every replacing action, with saved quotas present (#24)', () => {
  const saved = () => setValue(setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 30), '虎门镇', 2026, 'discovery_actual', 4);
  const scenario = setValue(emptyQuotaData(), '中堂镇', 2027, 'landing_quota', 9);

  it.each([
    ['CSV 应用', () => useQuotaStore.getState().applyImport([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 31, line: 2 }])],
    ['a scenario load', () => useQuotaStore.getState().replaceWithScenario(scenario)],
    ['恢复默认值', () => useQuotaStore.getState().resetToDefaults()],
  ])('%s undoes to the exact prior state, in the store and in storage', (_label, act) => {
    saveQuotaData({ ...saved(), strongTowns: ['石龙镇'] });
    expect(initQuotaPersistence({ channel: null })).toBeNull();
    const before = useQuotaStore.getState().data;
    act();
    expect(useQuotaStore.getState().data).not.toEqual(before);
    expect(useQuotaStore.getState().undo).not.toBeNull(); // saving did not take the undo away
    useQuotaStore.getState().undoImport();
    expect(useQuotaStore.getState().data).toEqual(before);
    expect(loadQuotaData().data).toEqual(before);
  });
});

describe('two tabs: what an edit was made over', () => {
  function fakeChannel() {
    const sent: { tab: string; entries: Record<string, { value: unknown; stamp: { at: number; tab: string; base?: string | null } }> }[] = [];
    let listener: ((e: MessageEvent) => void) | null = null;
    return {
      sent,
      deliver: (data: unknown) => listener?.({ data } as MessageEvent),
      channel: {
        postMessage: (m: unknown) => sent.push(m as (typeof sent)[number]),
        addEventListener: (_t: 'message', l: (e: MessageEvent) => void) => (listener = l),
        removeEventListener: () => (listener = null),
      },
    };
  }
  const KEY = '长安镇|2025|landing_quota';

  it('an edit begun before another tab’s value arrived is concurrent with it: that tab is told; one begun after it is not', () => {
    const fake = fakeChannel();
    const lost: string[] = [];
    initQuotaPersistence({ channel: fake.channel, tab: 'A', onLostEdit: (m) => lost.push(m) });
    // The other tab's value arrives while this tab's user is typing over 未设.
    const theirs = { at: Date.now() + 1000, tab: 'B', base: null };
    fake.deliver({ tab: 'B', entries: { [KEY]: { value: 9, stamp: theirs } } });
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(9);
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 5, null);
    expect(fake.sent.at(-1)!.entries[KEY]).toMatchObject({ value: 5, stamp: { tab: 'A', base: null } });
    // An edit begun over the 5 now shown is made over this tab's own value.
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 6, 5);
    const mine = fake.sent.at(-2)!.entries[KEY].stamp;
    expect(fake.sent.at(-1)!.entries[KEY].stamp.base).toBe(`${mine.at}@A`);
    expect(lost).toEqual([]);
  });

  it('this tab is told when a concurrent later edit replaces its own, and can take it back', () => {
    const fake = fakeChannel();
    const lost: { text: string; takeBack: { perform: () => void } }[] = [];
    initQuotaPersistence({ channel: fake.channel, tab: 'A', onLostEdit: (text, takeBack) => lost.push({ text, takeBack }) });
    useQuotaStore.getState().setValue('长安镇', 2025, 'landing_quota', 803, null);
    fake.deliver({ tab: 'B', entries: { [KEY]: { value: 903, stamp: { at: Date.now() + 1000, tab: 'B', base: null } } } });
    expect(effectiveValue(useQuotaStore.getState().data, '长安镇', 2025, 'landing_quota')).toBe(903);
    expect(lost.map((l) => l.text)).toEqual(['长安镇 2025 落地指标：本页输入的 803 被另一个标签页同时输入的 903 取代。']);
    lost[0].takeBack.perform();
    expect(effectiveValue(loadQuotaData().data, '长安镇', 2025, 'landing_quota')).toBe(803);
    expect(fake.sent.at(-1)!.entries[KEY].value).toBe(803);
  });
});
