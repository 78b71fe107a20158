import { describe, expect, it } from 'vitest';
import { COMPARE_COLORS, compareSides } from '../layouts/comparison';
import { LAYOUT_ELEMENTS } from '../plans/builtin';
import { choropleth } from '../quotas/choropleth';
import { emptyQuotaData } from '../quotas/model';
import { emptyMapState, type MapState } from '../state/mapState';
import { compareFill, quotaFill } from '../state/townFill';
import { SELECTION_LABEL, legendEntries, legendGroupTitle, legendSections } from './legend';
import { legendSwatchSvg } from './symbols';

const element = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!;
const labels = (sections: ReturnType<typeof legendSections>) => sections.map((s) => [s.title, ...s.rows.map((r) => r.label)]);
const showing = (ids: string[], patch: Partial<MapState> = {}): MapState => ({ ...emptyMapState(), overlays: ids.map((id) => ({ id, opacity: 1 })), ...patch });

describe('the legend of a map state (on screen and exported)', () => {
  it('lists the visible layout elements in model order, with the map symbol and colour of each', () => {
    const sections = legendSections(showing(['base-yinping', 'belt-east', 'belt-west']));
    expect(sections).toHaveLength(1);
    expect(sections[0].title).toBe('图例');
    expect(sections[0].rows.map((r) => r.symbol)).toEqual([
      { kind: 'zone', color: element('belt-west').color },
      { kind: 'zone', color: element('belt-east').color },
      { kind: 'base', color: element('base-yinping').color },
    ]);
    expect(sections[0].rows).toEqual(['belt-west', 'belt-east', 'base-yinping'].flatMap((id) => legendEntries(element(id))));
    expect(sections[0].rows[0].label).toContain('西部高端高新产业带');
    expect(sections[0].rows[2].label).toContain('银瓶高端装备产业基地');
  });

  it('lists nothing that is hidden, and nothing at all for a plain map', () => {
    expect(legendSections(emptyMapState())).toEqual([]);
    expect(legendSections(showing(['no-such-layer']))).toEqual([]);
    expect(legendSections(showing(['belt-west']))[0].rows.every((r) => r.key.startsWith('belt-west'))).toBe(true);
  });

  it('names the selection outline when something is selected', () => {
    const [section] = legendSections(showing([], { selected: ['长安镇'] }));
    expect(section.rows).toEqual([{ key: 'selection', label: SELECTION_LABEL, symbol: { kind: 'selection' } }]);
  });

  it('gives partly covered towns the hatch and cluster members their role markers', () => {
    const [science] = legendSections(showing(['science-city-songshanhu']));
    expect(science.rows.map((r) => r.symbol)).toContainEqual({ kind: 'hatch', color: element('science-city-songshanhu').color });
    const [robot] = legendSections(showing(['cluster-robot']));
    expect(robot.rows.some((r) => r.symbol.kind === 'role' && r.symbol.partial)).toBe(true);
    const [axis] = legendSections(showing(['corridor-gsgm']));
    expect(axis.rows.map((r) => r.symbol)).toEqual([{ kind: 'axis', color: element('corridor-gsgm').color }]);
  });

  it('adds the choropleth classes and the unset swatch when the towns are coloured by quota', () => {
    const map = choropleth(emptyQuotaData(), 'quota', 'discovery', 2025);
    const sections = legendSections(showing(['belt-west'], quotaFill(map)));
    expect(sections.map((s) => s.title)).toEqual(['图例', map.title]);
    const quota = sections[1].rows;
    expect(quota.map((r) => r.label)).toEqual([...map.legend.map((e) => e.label), map.unsetLabel]);
    expect(quota.map((r) => r.symbol)).toEqual([...map.legend.map((e) => ({ kind: 'swatch', color: e.color })), { kind: 'swatch', color: map.unsetColor, unset: true }]);
    expect(map.legend.length).toBeGreaterThan(1);
  });

  it('says 已到期 once per plan whose period ended before the year (its heading), on none of its rows, and nothing while it is in force', () => {
    // the 2018 plan ran 2018—2025; the 六大片区 grouping has no period
    const shown = showing(['belt-west', 'pianqu-songshanhu', 'cluster-robot']);
    const in2026 = legendSections(shown, undefined, 2026)[0].rows;
    const in2024 = legendSections(shown, undefined, 2024)[0].rows;
    // The rows of one plan follow each other, each plan under one heading.
    expect(in2026.map((r) => r.elementId)).toEqual(['belt-west', 'cluster-robot', 'pianqu-songshanhu'].flatMap((id) => legendEntries(element(id)).map(() => id)));
    const headings = (rows: typeof in2026) => [...new Set(rows.map((r) => r.group))];
    expect(headings(in2026)).toEqual(['2018 一核三带十区（已到期）', legendGroupTitle('pianqu', 2026)]);
    expect(legendGroupTitle('pianqu', 2026)).not.toContain('已到期');
    expect(headings(in2024).some((h) => h?.includes('已到期'))).toBe(false);
    expect(in2026.some((r) => r.label.includes('已到期'))).toBe(false);
    expect(in2026.map((r) => r.label)).toEqual(in2024.map((r) => r.label));
  });

  it('shows the comparison colours when comparing', () => {
    const sections = legendSections(showing([], compareFill(compareSides('belt-west', 'plan:fyp14'))));
    expect(labels(sections)).toEqual([['布局对比', '两者皆有', '仅西部高端高新产业带', '仅整个“一城一廊三区多节点”']]);
    expect(sections[0].rows.map((r) => r.symbol.kind === 'swatch' && r.symbol.color)).toEqual([COMPARE_COLORS.both, COMPARE_COLORS.onlyA, COMPARE_COLORS.onlyB]);
  });
});

describe('symbol table swatches', () => {
  it('draw each kind in its own colour, at the size asked', () => {
    const color = '#123456';
    for (const symbol of [
      { kind: 'zone', color },
      { kind: 'hatch', color },
      { kind: 'role', color, roleKind: 'core', partial: false },
      { kind: 'axis', color },
      { kind: 'base', color },
      { kind: 'swatch', color },
    ] as const) {
      const svg = legendSwatchSvg(symbol, 44, 44);
      expect(svg).toMatch(/^<svg [^>]*width="44" height="44"/);
      expect(svg).toContain(color);
    }
    expect(legendSwatchSvg({ kind: 'swatch', color, unset: true })).toContain('stroke-dasharray');
  });
});
