/**
 * Every saved record goes through the one validating loader (src/lib/savedRecord.ts). Over generated
 * damage of each record (truncation, a field deleted anywhere, a value's type swapped anywhere) the
 * loader never throws: it either gives content the app can use, or the defaults for that part with a
 * notice, the damaged record moved aside under its own key with its exact text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadSavedBoundaries, saveBoundaries, type SavedBoundaries } from '../boundaries/savedBoundaries';
import { deckToJson, parseDeckJson } from '../modes/present/deckJson';
import { buildDefaultDeck } from '../modes/present/defaultDeck';
import { deckRecord } from '../modes/present/deckPersistence';
import { quotaRecord, saveQuotaData } from '../quotas/persistence';
import { arbitraryQuotaData } from '../quotas/quotaDataArbitrary';
import { serialiseQuotaData } from '../quotas/serialise';
import { loadStoredRecord, type StoredRecordSpec } from '../lib/savedRecord';
import { flagRecord } from '../state/rememberedFlag';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  entries() {
    return [...this.items.entries()];
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Damage = { kind: 'truncate'; at: number } | { kind: 'delete'; pick: number } | { kind: 'swap'; pick: number; to: Json };

/** Every path to a value inside a JSON tree (the root excluded). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...paths((value as Record<string | number, Json>)[k], [...prefix, k])]);
}

function damage(raw: string, d: Damage): string {
  if (d.kind === 'truncate') return raw.slice(0, Math.floor(d.at * raw.length));
  const json = JSON.parse(raw) as Json;
  const all = paths(json);
  if (all.length === 0) return d.kind === 'swap' ? JSON.stringify(d.to) : raw;
  const path = all[d.pick % all.length];
  let parent = json as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (d.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = d.to;
  return JSON.stringify(json);
}

const anyDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('swap' as const),
    pick: fc.nat(),
    to: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant([]), fc.constant({}), fc.constant('__proto__')) as fc.Arbitrary<Json>,
  }),
);

/** The loader's promise for one damaged text: used, or defaults with a notice and the text kept aside. */
function expectHandled<T>(spec: StoredRecordSpec<T>, raw: string, acceptValue: (value: T) => void) {
  const storage = new MemoryStorage();
  storage.setItem(spec.key, raw);
  const loaded = loadStoredRecord(storage, spec, () => 1_000);
  if (loaded.value !== null) {
    expect(loaded.notice).toBeNull();
    acceptValue(loaded.value);
    expect(storage.getItem(spec.key)).toBe(raw);
    return;
  }
  expect(loaded.notice).toMatch(new RegExp(`^保存的${spec.what}无法使用：.+。原内容已另存为「${spec.rejectedPrefix.replaceAll('.', '\\.')}1000」（未删除）`));
  expect(storage.entries()).toEqual([[`${spec.rejectedPrefix}1000`, raw]]);
}

describe('every saved record survives generated damage through the one loader', () => {
  it('the quota state', () => {
    fc.assert(
      fc.property(arbitraryQuotaData({ maxCells: 20 }), anyDamage, (data, d) => {
        const storage = new MemoryStorage();
        saveQuotaData(data, storage);
        expectHandled(quotaRecord, damage(storage.getItem(quotaRecord.key)!, d), (value) => serialiseQuotaData(value));
      }),
      { numRuns: 300 },
    );
  });

  it('the deck', () => {
    const raw = deckToJson(buildDefaultDeck(), new Date('2026-12-01T00:00:00Z'));
    fc.assert(
      fc.property(anyDamage, (d) => {
        expectHandled(deckRecord, damage(raw, d), (slides) => expect(parseDeckJson(deckToJson(slides)).ok).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('a remembered view setting (the legend folded or not)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('1', '0'), fc.string()), (raw) => {
        expectHandled(flagRecord('dgmap.legend.folded', '图例折叠设置'), raw, (v) => expect(typeof v).toBe('boolean'));
      }),
    );
  });

  it('the imported boundaries in IndexedDB', async () => {
    const record = JSON.stringify({
      version: 1,
      savedAt: '2026-12-01T00:00:00.000Z',
      fileName: 'towns.zip',
      topology: JSON.parse(readFileSync('geo/build/towns.topo.json', 'utf8')),
      meta: JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')),
    });
    await fc.assert(
      fc.asyncProperty(
        anyDamage.filter((d) => d.kind !== 'truncate'),
        async (d) => {
          const damaged = JSON.parse(damage(record, d)) as unknown;
          const factory = new IDBFactory();
          await saveBoundaries(damaged as SavedBoundaries, factory);
          const loaded = await loadSavedBoundaries(factory);
          if (loaded.saved) {
            expect(loaded.geo!.towns.features.length).toBeGreaterThanOrEqual(35);
            expect(loaded.notice).toBeUndefined();
          } else {
            expect(loaded.notice).toMatch(/导入边界无法使用（.+），已另存为 rejected-\d+（未删除），现使用默认边界/);
            expect(await loadSavedBoundaries(factory)).toEqual({ saved: null });
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
