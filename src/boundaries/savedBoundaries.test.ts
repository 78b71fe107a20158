import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { clearSavedBoundaries, loadSavedBoundaries, saveBoundaries, SAVED_BOUNDARIES_VERSION, type SavedBoundaries } from './savedBoundaries';

const saved = (): SavedBoundaries => ({
  version: SAVED_BOUNDARIES_VERSION,
  savedAt: '2026-11-24T16:00:00Z',
  fileName: 'towns.zip',
  topology: { type: 'Topology', objects: {}, arcs: [] },
  meta: { towns: [{ name: '长安镇' }] } as unknown as SavedBoundaries['meta'],
});

async function putRaw(factory: IDBFactory, value: unknown) {
  await saveBoundaries(value as SavedBoundaries, factory);
}

describe('accepted boundaries kept in IndexedDB', () => {
  it('saves, reads back and clears', async () => {
    const factory = new IDBFactory();
    expect(await loadSavedBoundaries(factory)).toEqual({ saved: null });
    await saveBoundaries(saved(), factory);
    expect((await loadSavedBoundaries(factory)).saved?.fileName).toBe('towns.zip');
    await clearSavedBoundaries(factory);
    expect((await loadSavedBoundaries(factory)).saved).toBeNull();
  });

  it('a record of another version is moved aside with a notice, and the default is used', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, { ...saved(), version: 99 });
    const loaded = await loadSavedBoundaries(factory);
    expect(loaded.saved).toBeNull();
    expect(loaded.notice).toMatch(/无法读取（版本 99，应为 1），已另存为 rejected-\d+，现使用默认边界/);
    // The next start is clean: the rejected record no longer sits under the active key.
    expect(await loadSavedBoundaries(factory)).toEqual({ saved: null });
  });

  it('a damaged record (no topology) gets the same notice', async () => {
    const factory = new IDBFactory();
    await putRaw(factory, { ...saved(), topology: null });
    expect((await loadSavedBoundaries(factory)).notice).toMatch(/内容不完整/);
  });
});
