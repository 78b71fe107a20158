import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { clearSavedBoundaries, loadSavedBoundaries, saveBoundaries, SAVED_BOUNDARIES_VERSION, type SavedBoundaries } from './savedBoundaries';
import type { GeoMeta } from '../geo/types';

/** A record as an accepted import leaves it: the real served boundaries (geo build output). */
const saved = (): SavedBoundaries => ({
  version: SAVED_BOUNDARIES_VERSION,
  savedAt: '2026-11-24T16:00:00Z',
  fileName: 'towns.zip',
  topology: JSON.parse(readFileSync('geo/build/towns.topo.json', 'utf8')) as Topology,
  meta: JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as GeoMeta,
});

async function putRaw(factory: IDBFactory, value: unknown) {
  await saveBoundaries(value as SavedBoundaries, factory);
}

/** Every key left in the boundaries store, with its value. */
async function everything(factory: IDBFactory): Promise<Map<IDBValidKey, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = factory.open('dgmap-boundaries', 1);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = db.transaction('boundaries', 'readonly');
  const store = tx.objectStore('boundaries');
  const [keys, values] = await Promise.all(
    [store.getAllKeys(), store.getAll()].map((r) => new Promise<unknown[]>((resolve) => (r.onsuccess = () => resolve(r.result as unknown[])))),
  );
  db.close();
  return new Map(keys.map((k, i) => [k as IDBValidKey, values[i]]));
}

async function rejectedWith(value: unknown) {
  const factory = new IDBFactory();
  await putRaw(factory, value);
  const loaded = await loadSavedBoundaries(factory);
  expect(loaded.saved).toBeNull();
  expect(loaded.geo).toBeUndefined();
  // moved aside, never deleted; the next start is clean
  const kept = await everything(factory);
  expect([...kept.keys()]).toEqual([expect.stringMatching(/^rejected-\d+$/)]);
  expect([...kept.values()][0]).toEqual(value);
  expect(await loadSavedBoundaries(factory)).toEqual({ saved: null });
  return loaded.notice ?? '';
}

describe('accepted boundaries kept in IndexedDB', () => {
  it('saves, reads back (decoded) and clears', async () => {
    const factory = new IDBFactory();
    expect(await loadSavedBoundaries(factory)).toEqual({ saved: null });
    await saveBoundaries(saved(), factory);
    const loaded = await loadSavedBoundaries(factory);
    expect(loaded.saved?.fileName).toBe('towns.zip');
    expect(loaded.geo?.towns.features).toHaveLength(35);
    await clearSavedBoundaries(factory);
    expect((await loadSavedBoundaries(factory)).saved).toBeNull();
  });

  it('a record of another version is moved aside with a notice, and the default is used', async () => {
    expect(await rejectedWith({ ...saved(), version: 99 })).toMatch(/无法使用（版本 99，应为 1），已另存为 rejected-\d+（未删除），现使用默认边界/);
  });

  it('a record with a valid header and a hollow topology is moved aside, naming it', async () => {
    const record = saved();
    expect(await rejectedWith({ ...record, topology: { type: 'Topology', objects: {}, arcs: [] } })).toMatch(/拓扑是空的/);
    expect(await rejectedWith({ ...record, topology: { ...record.topology, objects: {} } })).toMatch(/缺少对象「towns」/);
    expect(await rejectedWith({ ...record, topology: null })).toMatch(/topology/);
  });

  it('a record whose arcs are cut in half (the list, or each arc) is moved aside, naming it', async () => {
    const record = saved();
    const arcs = record.topology.arcs;
    expect(await rejectedWith({ ...record, topology: { ...record.topology, arcs: arcs.slice(0, arcs.length / 2) } })).toMatch(/弧被截断/);
    const halved = arcs.map((a) => a.slice(0, Math.max(2, Math.ceil(a.length / 2))));
    expect(await rejectedWith({ ...record, topology: { ...record.topology, arcs: halved } })).toMatch(/没有闭合/);
  });

  it('a coordinate that is not a finite number, a missing town or an incomplete meta is named', async () => {
    const record = saved();
    const arcs = record.topology.arcs.map((a) => a.map((p) => [...p]));
    arcs[3][1][0] = null as unknown as number;
    expect(await rejectedWith({ ...record, topology: { ...record.topology, arcs } })).toMatch(/第 3 条弧有坐标不是有限数/);
    const towns = record.topology.objects.towns as unknown as { geometries: { properties: { name: string } }[] };
    const withoutOne = { ...record.topology, objects: { ...record.topology.objects, towns: { ...towns, geometries: towns.geometries.filter((g) => g.properties.name !== '长安镇') } } };
    expect(await rejectedWith({ ...record, topology: withoutOne })).toMatch(/拓扑中缺少 1 个镇街（长安镇）/);
    expect(await rejectedWith({ ...record, meta: { ...record.meta, towns: record.meta.towns.slice(1) } })).toMatch(/说明信息中缺少 1 个镇街/);
    expect(await rejectedWith({ ...record, meta: { ...record.meta, cityBbox: [1, 2] } })).toMatch(/说明信息（meta）不完整：cityBbox/);
  });

  it('a database that cannot be opened gives the defaults and a notice, never a throw', async () => {
    const broken = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    expect((await loadSavedBoundaries(broken)).notice).toMatch(/无法从浏览器读取（.*denied）/);
  });
});
