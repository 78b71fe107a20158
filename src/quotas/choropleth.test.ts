import { describe, expect, it } from 'vitest';
import { TOWN_NAMES } from '../towns/townFacts';
import { choropleth, countBreaks } from './choropleth';
import { cellKey, emptyQuotaData, type QuotaData } from './model';
import { setValue } from './operations';

function landing(values: Record<string, number>, field: 'landing_quota' | 'landing_actual' = 'landing_quota', base: QuotaData = emptyQuotaData()): QuotaData {
  return Object.entries(values).reduce((d, [t, v]) => setValue(d, t, 2025, field, v), base);
}

describe('choropleth', () => {
  it('colours only unset units grey when nothing is set', () => {
    const c = choropleth(emptyQuotaData(), 'quota', 'landing', 2025);
    expect(Object.values(c.colorByTown).every((v) => v === null)).toBe(true);
    expect(c.legend).toEqual([]);
    expect(c.unsetLabel).toBe('未设');
    expect(c.title).toBe('2025 落地指标');
  });

  it('uses one colour when all set values are equal', () => {
    const c = choropleth(landing({ 长安镇: 7, 虎门镇: 7 }), 'quota', 'landing', 2025);
    expect(c.breaks).toEqual([]);
    expect(c.legend).toEqual([{ label: '全部为 7', color: c.colors[0], count: 2 }]);
    expect(c.colorByTown['长安镇']).toBe(c.colors[0]);
    expect(c.colorByTown['厚街镇']).toBeNull();
  });

  it('splits the default discovery quotas into 5 and 25', () => {
    const c = choropleth(emptyQuotaData(), 'quota', 'discovery', 2025);
    expect(c.breaks).toEqual([25]);
    expect(c.colorByTown['松山湖管委会']).not.toBe(c.colorByTown['长安镇']);
    // Nothing entered: both classes are the plan rule's defaults, and the legend says so.
    expect(c.legend.map((l) => l.label)).toEqual(['5（默认）', '25（默认）']);
    expect(c.legend.map((l) => l.count)).toEqual([34, 1]);
  });

  it('says （含默认） for a class mixing entered and default values, nothing once all are entered', () => {
    const data = emptyQuotaData();
    data.values[cellKey('长安镇', 2025, 'discovery_quota')] = 5;
    expect(choropleth(data, 'quota', 'discovery', 2025).legend.map((l) => l.label)).toEqual(['5（含默认）', '25（默认）']);
    expect(choropleth(data, 'actual', 'discovery', 2025).legend.every((l) => !l.label.includes('默认'))).toBe(true);
  });

  it('puts breaks at data values so that every class holds a unit, at most five classes', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 100];
    const breaks = countBreaks(values);
    expect(breaks.length).toBeLessThanOrEqual(4);
    expect(breaks.length).toBeGreaterThanOrEqual(3);
    for (const b of breaks) expect(values).toContain(b);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
  });

  it('gives larger values darker classes (monotone colours)', () => {
    const towns = TOWN_NAMES.slice(0, 12);
    const data = landing(Object.fromEntries(towns.map((t, i) => [t, i * 10])));
    const c = choropleth(data, 'quota', 'landing', 2025);
    const classOf = (t: string) => c.colors.indexOf(c.colorByTown[t]!);
    for (let i = 1; i < towns.length; i++) expect(classOf(towns[i])).toBeGreaterThanOrEqual(classOf(towns[i - 1]));
    expect(classOf(towns[0])).toBe(0);
    expect(classOf(towns[11])).toBe(c.colors.length - 1);
    expect(c.legend).toHaveLength(c.colors.length);
  });

  it('colours completion rates in fixed classes and leaves units without a rate unset', () => {
    let data = landing({ 长安镇: 10, 虎门镇: 10, 厚街镇: 10, 沙田镇: 10, 道滘镇: 0 });
    data = landing({ 长安镇: 3, 虎门镇: 6, 厚街镇: 9, 沙田镇: 12, 道滘镇: 1, 中堂镇: 4 }, 'landing_actual', data);
    const c = choropleth(data, 'rate', 'landing', 2025);
    expect(c.breaks).toEqual([0.5, 0.8, 1]);
    expect(c.legend.map((l) => l.label)).toEqual(['低于 50%', '50%–80%', '80%–100%', '100% 及以上']);
    expect(c.legend.map((l) => l.count)).toEqual([1, 1, 1, 2]);
    expect(c.colorByTown['长安镇']).toBe(c.colors[0]);
    expect(c.colorByTown['虎门镇']).toBe(c.colors[1]);
    expect(c.colorByTown['厚街镇']).toBe(c.colors[2]);
    expect(c.colorByTown['沙田镇']).toBe(c.colors[3]);
    expect(c.colorByTown['道滘镇']).toBe(c.colors[3]); // quota 0: nothing left to do
    expect(c.colorByTown['中堂镇']).toBeNull(); // actual without a quota
    expect(c.colorByTown['麻涌镇']).toBeNull();
  });

  it('shows one class per value when there are few distinct values, labelled with real values only', () => {
    const c = choropleth(landing({ 长安镇: 3, 虎门镇: 3, 厚街镇: 10, 沙田镇: 40 }), 'quota', 'landing', 2025);
    expect(c.legend.map((l) => l.label)).toEqual(['3', '10', '40']);
    expect(c.colorByTown['长安镇']).not.toBe(c.colorByTown['厚街镇']);
  });

  it('labels quantile classes with the lowest and highest value in each', () => {
    const towns = TOWN_NAMES.slice(0, 12);
    const values = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];
    const c = choropleth(landing(Object.fromEntries(towns.map((t, i) => [t, values[i]]))), 'quota', 'landing', 2025);
    for (const entry of c.legend) {
      for (const bound of entry.label.split('–').map(Number)) expect(values).toContain(bound);
    }
    expect(c.legend.reduce((sum, e) => sum + e.count, 0)).toBe(12);
  });

  it('lists only the rate classes some unit falls in', () => {
    let data = landing({ 长安镇: 10, 虎门镇: 10 });
    data = landing({ 长安镇: 10, 虎门镇: 12 }, 'landing_actual', data);
    expect(choropleth(data, 'rate', 'landing', 2025).legend.map((l) => l.label)).toEqual(['100% 及以上']);
  });
});
