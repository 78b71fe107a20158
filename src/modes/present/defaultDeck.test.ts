import { describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import { TOWN_NAMES } from '../../towns/townFacts';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { choropleth } from '../../quotas/choropleth';
import { SOURCES, emptyQuotaData } from '../../quotas/model';
import { buildDefaultDeck } from './defaultDeck';
import { speakerNotes } from './slideNotes';
import { parseDeckValue } from './deckJson';
import { DECK_FORMAT, DECK_VERSION } from './slide';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
const seed004 = readFileSync(resolve(SEEDS, SOURCES.discovery.seed), 'utf8').replace(/\s+/g, '');

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

  it('shows the six 片区, then the plan periods and the 百千万 targets as the 规划目标 view’s timeline and table', () => {
    const pianqu = deck.find((s) => s.id === 'pianqu')!;
    expect(pianqu.layers).toEqual(LAYOUT_ELEMENTS.filter((e) => e.plan === 'pianqu').map((e) => e.id));
    const periods = deck.find((s) => s.id === 'plan-periods')!;
    expect(periods).toMatchObject({ layers: [], camera: { kind: 'city' } });
    for (const span of ['2018—2025', '2021—2025', '2023—2025', '2025—2027']) expect(periods.caption).toContain(span);
    const bqw = deck.find((s) => s.id === 'baiqianwan-targets')!;
    for (const figure of ['100项', '400家', '500个', '≥5个', '2—3个']) expect(bqw.caption).toContain(figure);
    // Not an empty city with the figures in a caption: each slide holds the chart or table.
    expect(periods.figure).toEqual({ kind: 'plan-periods' });
    expect(bqw.figure).toEqual({ kind: 'target-table', table: 'baiqianwan' });
    expect(deck.filter((s) => s.figure).map((s) => s.id)).toEqual(['plan-periods', 'baiqianwan-targets']);
  });

  it('ends with the 2025 quotas on the map', () => {
    const quota = deck.filter((s) => s.quota);
    expect(quota.length).toBeGreaterThanOrEqual(1);
    expect(quota[0].quota).toMatchObject({ year: 2025, measure: 'quota' });
    expect(quota[0].title).toContain('2025');
  });

  it('slide 1 counts the base map’s 35 units, says 滨海湾新区 has no boundary of its own, and calls the 功能区 园区 as the plans do', () => {
    expect(seed004).toContain('镇街（园区）');
    expect(deck[0].caption).toContain('3 个功能区（文件称园区）');
    expect(deck[0].caption).toContain('底图 35 个单元；滨海湾新区无独立边界');
    expect(deck[0].caption).not.toMatch(/全市分为/);
    expect(deck[0].notes).toContain('滨海湾新区（441900404）');
  });

  it('the discovery slide calls its values defaults: caption, notes, source line and legend', () => {
    // The plan sets ≥25 for the 高新区 and every 创新强镇, ≥5 for other towns, and publishes no list of 创新强镇.
    expect(seed004).toContain('高新区和创新强镇各搜集');
    expect(seed004).toContain('合计不少于25项，其他镇街各搜集不少于5项');
    const s = deck.find((x) => x.id === 'quota-2025-discovery')!;
    expect(s.caption).toContain('未标创新强镇，默认按 5 计');
    const notes = speakerNotes(s);
    expect(notes).toMatch(/默认值，不是文件给各镇街的数/);
    expect(notes).toMatch(/创新强镇名单没有公布/);
    expect(notes).toMatch(/适用于每个镇街（园区）.*滨海湾新区.*不给它设默认值/);
    expect(notes).toMatch(/发现指标：.*· 规则文件明确；未填写的镇街为默认值/);
    expect(notes).not.toMatch(/发现指标：[^\n]*· 文件明确$/m);
    const legend = choropleth(emptyQuotaData(), s.quota!.measure, s.quota!.field, s.quota!.year).legend;
    expect(legend.map((l) => [l.label, l.count])).toEqual([
      ['5（默认）', 34],
      ['25（默认）', 1],
    ]);
  });
});
