import { describe, expect, it } from 'vitest';
import { TOWN_NAMES } from '../towns/townFacts';
import { CITY_TARGETS, DEPARTMENT_DISCOVERY_QUOTAS, THREE_YEAR_TARGETS, YEARS, emptyQuotaData, type QuotaData } from './model';
import { setStrongTown, setValue } from './operations';
import { compareThreeYearLanding, compareWithCityTarget, completionRate, describeGap, discoveryShare, formatRate, sumField } from './sums';

function withLanding(year: 2025 | 2026 | 2027, values: Record<string, number>, data: QuotaData = emptyQuotaData()): QuotaData {
  return Object.entries(values).reduce((d, [town, v]) => setValue(d, town, year, 'landing_quota', v), data);
}

describe('the plan figures', () => {
  it('adds up as the plan says: three years of landing = 260, departments = 160', () => {
    expect(YEARS.reduce((a, y) => a + CITY_TARGETS[y].landing, 0)).toBe(THREE_YEAR_TARGETS.landing);
    expect(DEPARTMENT_DISCOVERY_QUOTAS.reduce((a, d) => a + d.discovery, 0)).toBe(160);
    for (const y of YEARS) expect(CITY_TARGETS[y].source.section).toBe('二、工作目标');
  });
});

describe('sums against the city target', () => {
  it('finds the default discovery quotas 5 short of the 2025 target (25 + 34 × 5 = 195 < 200)', () => {
    const c = compareWithCityTarget(emptyQuotaData(), 2025, 'discovery');
    expect(c).toMatchObject({ total: 195, target: 200, shortfall: 5, excess: 0, status: 'short' });
    expect(describeGap(c)).toBe('差 5');
  });

  it('follows the 创新强镇 marks: one marked town turns the shortfall into an excess of 15', () => {
    const data = setStrongTown(emptyQuotaData(), '长安镇', true);
    const c = compareWithCityTarget(data, 2025, 'discovery');
    expect(c.total).toBe(215);
    expect(describeGap(c)).toBe('超出 15');
  });

  it('uses the 2026 target (160 more) for 2026', () => {
    const c = compareWithCityTarget(emptyQuotaData(), 2026, 'discovery');
    expect(c.target).toBe(160);
    expect(describeGap(c)).toBe('超出 35');
  });

  it('counts unset landing quotas apart instead of as zero', () => {
    const data = withLanding(2025, { 长安镇: 30, 虎门镇: 20, 松山湖管委会: 38 });
    const c = compareWithCityTarget(data, 2025, 'landing');
    expect(c).toMatchObject({ total: 88, target: 100, shortfall: 12, setCount: 3 });
    expect(c.unsetTowns).toHaveLength(TOWN_NAMES.length - 3);
    expect(c.unsetTowns).not.toContain('长安镇');
    expect(describeGap(c)).toBe('差 12');
  });

  it('says when a sum meets its target exactly', () => {
    const c = compareWithCityTarget(withLanding(2027, { 长安镇: 80 }), 2027, 'landing');
    expect(c.status).toBe('met');
    expect(describeGap(c)).toBe('正好达到');
  });

  it('sums the three years of landing quotas against 260', () => {
    let data = withLanding(2025, { 长安镇: 100 });
    data = withLanding(2026, { 长安镇: 80 }, data);
    data = withLanding(2027, { 虎门镇: 88 }, data);
    const c = compareThreeYearLanding(data);
    expect(c).toMatchObject({ total: 268, target: 260, excess: 8 });
  });

  it('sums actuals separately from quotas', () => {
    const data = setValue(setValue(emptyQuotaData(), '长安镇', 2025, 'discovery_actual', 9), '厚街镇', 2025, 'discovery_actual', 4);
    expect(sumField(data, 2025, 'discovery_actual')).toMatchObject({ total: 13, setCount: 2 });
    expect(sumField(data, 2025, 'discovery_quota').total).toBe(195);
  });

  it('puts the towns’ share of the discovery target beside the departments’ quotas', () => {
    const s = discoveryShare(emptyQuotaData(), 2025);
    expect(s.towns).toBe(195);
    expect(s.departmentsTotal).toBe(160);
    expect(s.combined).toBe(355);
    expect(s.departments.map((d) => d.name)).toEqual(['市科技局', '市发改局', '市工信局', '市投促局', '科创集团']);
    expect(s.townShareOfTarget).toBeCloseTo(0.975);
  });
});

describe('completion rate', () => {
  it('divides the actual by the quota', () => {
    expect(completionRate(4, 5)).toEqual({ kind: 'rate', value: 0.8 });
    expect(formatRate(completionRate(4, 5))).toBe('80%');
    expect(formatRate(completionRate(30, 25))).toBe('120%');
  });

  it('does not compute a rate from an unset value', () => {
    expect(formatRate(completionRate(null, 5))).toBe('未填实际');
    expect(formatRate(completionRate(3, null))).toBe('未设指标');
    expect(formatRate(completionRate(null, null))).toBe('未设指标');
  });

  it('does not divide by a zero quota', () => {
    expect(completionRate(3, 0)).toEqual({ kind: 'zero-quota', actual: 3 });
    expect(formatRate(completionRate(3, 0))).toBe('指标为 0');
  });
});
