import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from './runImport';

// The worker cannot run in jsdom: runImport is replaced by a controllable stand-in.
const pending: { progress: (stage: string, share: number) => void; settle: (o: ImportOutcome) => void; cancelled: boolean }[] = [];
vi.mock('./runImport', () => ({
  runImport: (_file: File, _ref: unknown, onProgress: (stage: string, share: number) => void) => {
    let settle!: (o: ImportOutcome) => void;
    const result = new Promise<ImportOutcome>((resolve) => (settle = resolve));
    const entry = { progress: onProgress, settle, cancelled: false };
    pending.push(entry);
    return {
      result,
      cancel: () => {
        entry.cancelled = true;
        settle({ kind: 'cancelled' });
      },
    };
  },
}));

const { useBoundaryImportStore } = await import('./importStore');
const file = (name: string) => new File(['{}'], name);
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the boundary import store', () => {
  beforeEach(() => {
    pending.length = 0;
    useBoundaryImportStore.getState().clear();
  });

  it('shows progress, then the report; cancel stops the worker and says so', async () => {
    const store = useBoundaryImportStore;
    store.getState().start(file('a.geojson'), { towns: [] });
    pending[0].progress('检查边界环', 0.15);
    expect(store.getState()).toMatchObject({ status: 'running', stage: '检查边界环', share: 0.15, fileName: 'a.geojson' });
    store.getState().cancel();
    await flush();
    expect(pending[0].cancelled).toBe(true);
    expect(store.getState()).toMatchObject({ status: 'idle', message: '已取消导入 a.geojson', report: null });
  });

  it('a second file replaces the first: the first one\'s late answer is ignored', async () => {
    const store = useBoundaryImportStore;
    store.getState().start(file('first.geojson'), { towns: [] });
    store.getState().start(file('second.geojson'), { towns: [] });
    expect(pending[0].cancelled).toBe(true);
    pending[1].settle({ kind: 'failed', message: 'second.geojson 不是有效的 JSON' });
    await flush();
    expect(store.getState()).toMatchObject({ status: 'failed', fileName: 'second.geojson', message: 'second.geojson 不是有效的 JSON' });
  });
});
