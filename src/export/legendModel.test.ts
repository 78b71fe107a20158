import { afterEach, describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../layouts/model';
import { COMPARE_COLORS } from '../layouts/comparison';
import { legendEntries } from '../panels/layers/legendEntries';
import { choropleth } from '../quotas/choropleth';
import { emptyQuotaData } from '../quotas/model';
import { useQuotaStore } from '../quotas/store';
import { useQuotaViewStore } from '../quotas/viewStore';
import { useCompareStore } from '../state/compareStore';
import { useLayerStore } from '../state/layerStore';
import { useTownFillStore } from '../state/townFillStore';
import { currentLegendSections, legendSections } from './legendModel';

const element = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!;
const labels = (sections: ReturnType<typeof legendSections>) => sections.map((s) => [s.title, ...s.rows.map((r) => r.label)]);

afterEach(() => {
  useLayerStore.setState({ visible: [] });
  useTownFillStore.setState({ mode: 'none' });
  useQuotaViewStore.setState({ field: 'discovery', measure: 'quota', year: 2025 });
  useCompareStore.setState({ a: 'plan:plan2018', b: 'plan:fyp14' });
  useQuotaStore.setState({ data: emptyQuotaData(), undo: null });
});

describe('what the exported legend lists', () => {
  it('lists the visible layout elements in model order, with the map symbol and colour of each', () => {
    const sections = legendSections({ visible: ['base-yinping', 'belt-east', 'belt-west'], fillMode: 'none' });
    expect(sections).toHaveLength(1);
    expect(sections[0].title).toBe('图例');
    expect(sections[0].rows.map((r) => r.symbol)).toEqual([
      { kind: 'zone', color: element('belt-west').color },
      { kind: 'zone', color: element('belt-east').color },
      { kind: 'base', color: element('base-yinping').color },
    ]);
    // The same rows, labels included, as the on-screen legend.
    const onScreen = ['belt-west', 'belt-east', 'base-yinping'].flatMap((id) => legendEntries(element(id)));
    expect(sections[0].rows).toEqual(onScreen.map((e) => ({ key: e.key, label: e.label, symbol: e.symbol })));
    expect(sections[0].rows[0].label).toContain('西部高端高新产业带');
    expect(sections[0].rows[2].label).toContain('银瓶高端装备产业基地');
  });

  it('lists nothing that is hidden, and nothing at all for a plain map', () => {
    expect(legendSections({ visible: [], fillMode: 'none' })).toEqual([]);
    expect(legendSections({ visible: ['no-such-layer'], fillMode: 'none' })).toEqual([]);
    const rows = legendSections({ visible: ['belt-west'], fillMode: 'none' })[0].rows;
    expect(rows.every((r) => r.key.startsWith('belt-west'))).toBe(true);
  });

  it('gives partly covered towns the hatch and cluster members their role markers', () => {
    const [science] = legendSections({ visible: ['science-city-songshanhu'], fillMode: 'none' });
    expect(science.rows.map((r) => r.symbol)).toContainEqual({ kind: 'hatch', color: element('science-city-songshanhu').color });
    const [robot] = legendSections({ visible: ['cluster-robot'], fillMode: 'none' });
    expect(robot.rows.some((r) => r.symbol.kind === 'role' && r.symbol.partial)).toBe(true);
    const [axis] = legendSections({ visible: ['corridor-gsgm'], fillMode: 'none' });
    expect(axis.rows.map((r) => r.symbol)).toEqual([{ kind: 'axis', color: element('corridor-gsgm').color }]);
  });

  it('adds the choropleth classes and the unset swatch when the towns are coloured by quota', () => {
    const map = choropleth(emptyQuotaData(), 'quota', 'discovery', 2025);
    const sections = legendSections({ visible: ['belt-west'], fillMode: 'quota', choropleth: () => map });
    expect(sections.map((s) => s.title)).toEqual(['图例', map.title]);
    const quota = sections[1].rows;
    expect(quota.map((r) => r.label)).toEqual([...map.legend.map((e) => e.label), map.unsetLabel]);
    expect(quota.map((r) => r.symbol)).toEqual([
      ...map.legend.map((e) => ({ kind: 'swatch', color: e.color })),
      { kind: 'swatch', color: map.unsetColor, unset: true },
    ]);
    expect(map.legend.length).toBeGreaterThan(1);
  });

  it('shows the comparison colours, and not the choropleth, when comparing', () => {
    const sections = legendSections({ visible: [], fillMode: 'compare', compare: { a: 'belt-west', b: 'plan:fyp14' }, choropleth: () => { throw new Error('not read'); } });
    expect(labels(sections)).toEqual([['布局对比', '两者皆有', '仅西部高端高新产业带', '仅整个“一城一廊三区多节点”']]);
    expect(sections[0].rows.map((r) => r.symbol)).toEqual([
      { kind: 'swatch', color: COMPARE_COLORS.both },
      { kind: 'swatch', color: COMPARE_COLORS.onlyA },
      { kind: 'swatch', color: COMPARE_COLORS.onlyB },
    ]);
  });

  it('reads the stores: visible layers, fill mode, quota view and comparison', () => {
    useLayerStore.setState({ visible: ['belt-east'] });
    expect(labels(currentLegendSections())).toEqual([['图例', ...legendEntries(element('belt-east')).map((e) => e.label)]]);

    useTownFillStore.setState({ mode: 'quota' });
    useQuotaViewStore.setState({ field: 'discovery', measure: 'quota', year: 2026 });
    const sections = currentLegendSections();
    expect(sections[1].title).toBe(choropleth(useQuotaStore.getState().data, 'quota', 'discovery', 2026).title);
    expect(sections[1].title).toContain('2026');

    useTownFillStore.setState({ mode: 'compare' });
    useCompareStore.setState({ a: 'belt-west', b: 'belt-east' });
    expect(labels(currentLegendSections())[1]).toEqual(['布局对比', '两者皆有', '仅西部高端高新产业带', '仅东部智能制造产业带']);
  });
});
