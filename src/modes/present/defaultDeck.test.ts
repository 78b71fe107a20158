import { describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import { TOWN_NAMES } from '../../towns/townFacts';
import { buildDefaultDeck } from './defaultDeck';
import { parseDeckValue } from './deckJson';
import { DECK_FORMAT, DECK_VERSION } from './slide';

const deck = buildDefaultDeck();
const ids = new Set(LAYOUT_ELEMENTS.map((e) => e.id));
const firstIndexShowing = (id: string) => deck.findIndex((s) => s.layers.includes(id));

describe('the default briefing deck', () => {
  it('has ten to twenty slides with unique ids, Chinese titles and captions', () => {
    expect(deck.length).toBeGreaterThanOrEqual(10);
    expect(deck.length).toBeLessThanOrEqual(20);
    expect(new Set(deck.map((s) => s.id)).size).toBe(deck.length);
    for (const s of deck) {
      expect(s.title).toMatch(/[\u4e00-\u9fff]/);
      expect(s.caption).toMatch(/[\u4e00-\u9fff]/);
      expect(s.caption.length).toBeLessThanOrEqual(60);
    }
  });

  it('names only layers and towns that exist, and passes its own file check', () => {
    for (const s of deck) {
      for (const id of s.layers) expect(ids, `slide “${s.title}” layer ${id}`).toContain(id);
      for (const t of [...s.highlight, ...(s.camera.kind === 'towns' ? s.camera.towns : [])]) expect(TOWN_NAMES).toContain(t);
    }
    const parsed = parseDeckValue({ format: DECK_FORMAT, schemaVersion: DECK_VERSION, slides: deck });
    expect(parsed).toEqual({ ok: true, slides: deck });
  });

  it('opens on the whole city with its 35 units and no layers', () => {
    expect(deck[0]).toMatchObject({ layers: [], camera: { kind: 'city' }, quota: null });
    expect(deck[0].title).toContain('35');
  });

  it('walks 一核三带十区 step by step: core, then belts, then all ten clusters', () => {
    const of = (kind: string) => LAYOUT_ELEMENTS.filter((e) => e.plan === 'plan2018' && e.kind === kind).map((e) => e.id);
    const core = Math.max(...of('core').map(firstIndexShowing));
    const belts = Math.min(...of('belt').map(firstIndexShowing));
    const clusters = of('cluster').map(firstIndexShowing);
    expect(of('cluster')).toHaveLength(10);
    expect(clusters.every((i) => i >= 0)).toBe(true);
    expect(core).toBeGreaterThan(0);
    expect(belts).toBeGreaterThan(core);
    expect(Math.min(...clusters)).toBeGreaterThan(belts);
  });

  it('walks 一城一廊三区多节点: science city, corridor, regions, then every base one after another', () => {
    const firstOf = (kind: string) => Math.min(...LAYOUT_ELEMENTS.filter((e) => e.kind === kind).map((e) => firstIndexShowing(e.id)));
    expect(firstOf('science-city')).toBeLessThan(firstOf('corridor'));
    expect(firstOf('corridor')).toBeLessThan(firstOf('region'));
    expect(firstOf('region')).toBeLessThan(firstOf('base'));
    const bases = LAYOUT_ELEMENTS.filter((e) => e.kind === 'base');
    expect(bases).toHaveLength(7);
    const firsts = bases.map((b) => firstIndexShowing(b.id));
    expect(firsts.every((i) => i >= 0)).toBe(true);
    // each base gets its own slide, in model order, with its towns highlighted, the camera on every base shown so far, and its name in the title
    expect(new Set(firsts).size).toBe(7);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const [i, base] of bases.entries()) {
      const s = deck[firsts[i]];
      expect(s.title).toContain(base.nameZh);
      expect(s.highlight).toEqual(base.members.map((m) => m.town));
      const shownSoFar = bases.slice(0, i + 1).flatMap((b) => b.members.map((m) => m.town));
      expect(s.camera.kind === 'towns' && new Set(s.camera.towns)).toEqual(new Set(shownSoFar));
    }
  });

  it('shows the six 片区, then the plan periods and the 百千万 targets as captions over the city', () => {
    const pianqu = deck.find((s) => s.id === 'pianqu')!;
    expect(pianqu.layers).toEqual(LAYOUT_ELEMENTS.filter((e) => e.plan === 'pianqu').map((e) => e.id));
    const periods = deck.find((s) => s.id === 'plan-periods')!;
    expect(periods).toMatchObject({ layers: [], camera: { kind: 'city' } });
    for (const span of ['2018—2025', '2021—2025', '2023—2025', '2025—2027']) expect(periods.caption).toContain(span);
    const bqw = deck.find((s) => s.id === 'baiqianwan-targets')!;
    for (const figure of ['100项', '400家', '500个', '≥5个', '2—3个']) expect(bqw.caption).toContain(figure);
  });

  it('ends with the 2025 quotas on the map', () => {
    const quota = deck.filter((s) => s.quota);
    expect(quota.length).toBeGreaterThanOrEqual(1);
    expect(quota[0].quota).toMatchObject({ year: 2025, measure: 'quota' });
    expect(quota[0].title).toContain('2025');
  });
});
