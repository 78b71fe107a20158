import { describe, expect, it } from 'vitest';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { CITY_TARGETS, DEPARTMENT_DISCOVERY_QUOTAS, THREE_YEAR_TARGETS, YEARS, emptyQuotaData, type QuotaData } from './model';
import { setHighTechZone, setStrongTown, setValue } from './operations';
import { completionRate, discoveryHolders, formatRate, landingHolders, sumField, threeYearLandingTowns } from './sums';

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

describe('who holds the city targets', () => {
  it('2025 defaults: towns 195 incl. 松山湖 25, departments 160, institutes ≥5 each, together at least 355 ≥ 200', () => {
    const d = discoveryHolders(emptyQuotaData(), 2025);
    expect(d.towns.total).toBe(195);
    expect(d.highTechZones).toEqual([{ town: '松山湖管委会', value: 25 }]);
    expect(d.departmentsTotal).toBe(160);
    expect(d.departments.map((x) => [x.name, x.discovery])).toEqual([
      ['市科技局', 100],
      ['市发改局', 25],
      ['市工信局', 25],
      ['市投促局', 5],
      ['科创集团', 5],
    ]);
    expect(d.institutesEachAtLeast).toBe(5);
    expect(d.totalAtLeast).toBe(355);
    expect(d).toMatchObject({ target: 200, meetsTarget: true, additional: false });
  });

  it('does not count 滨海湾新区 (no default) until a quota is entered for it', () => {
    expect(sumField(emptyQuotaData(), 2025, 'discovery_quota').unsetTowns).toEqual(['滨海湾新区']);
    const data = setValue(emptyQuotaData(), '滨海湾新区', 2025, 'discovery_quota', 25);
    expect(discoveryHolders(data, 2025).towns.total).toBe(220);
  });

  it('follows the 创新强镇 and 高新区 marks', () => {
    expect(discoveryHolders(setStrongTown(emptyQuotaData(), '长安镇', true), 2025).towns.total).toBe(215);
    const zones = setHighTechZone(emptyQuotaData(), '松山湖管委会', false);
    expect(discoveryHolders(zones, 2025).towns.total).toBe(175);
    expect(discoveryHolders(zones, 2025).highTechZones).toEqual([]);
  });

  it('states no discovery gap when towns and departments fall below the target (the institutes are not counted)', () => {
    let data = emptyQuotaData();
    for (const t of ['长安镇', '虎门镇', '厚街镇', '塘厦镇', '常平镇', '松山湖管委会']) data = setValue(data, t, 2026, 'discovery_quota', 0);
    const d = discoveryHolders(data, 2026);
    expect(d.additional).toBe(true);
    expect(d.totalAtLeast).toBeLessThan(355);
    expect(d.meetsTarget).toBe(d.totalAtLeast >= 160);
  });

  it('landing: the towns are only a part; met only when their entered sum alone reaches the target', () => {
    expect(landingHolders(emptyQuotaData(), 2025)).toMatchObject({ target: 100, townsAloneMeetTarget: false });
    const some = withLanding(2025, { 长安镇: 30, 虎门镇: 20, 松山湖管委会: 38 });
    const l = landingHolders(some, 2025);
    expect(l.towns).toMatchObject({ total: 88, setCount: 3 });
    expect(l.towns.unsetTowns).toHaveLength(QUOTA_UNIT_NAMES.length - 3);
    expect(l.townsAloneMeetTarget).toBe(false);
    expect(landingHolders(withLanding(2027, { 长安镇: 80 }), 2027).townsAloneMeetTarget).toBe(true);
  });

  it('sums the towns’ landing quotas over three years beside the 260 target', () => {
    let data = withLanding(2025, { 长安镇: 100 });
    data = withLanding(2026, { 长安镇: 80 }, data);
    data = withLanding(2027, { 虎门镇: 88 }, data);
    expect(threeYearLandingTowns(data)).toEqual({ total: 268, setCount: 3, target: 260 });
  });

  it('sums actuals separately from quotas', () => {
    const data = setValue(setValue(emptyQuotaData(), '长安镇', 2025, 'discovery_actual', 9), '厚街镇', 2025, 'discovery_actual', 4);
    expect(sumField(data, 2025, 'discovery_actual')).toMatchObject({ total: 13, setCount: 2 });
    expect(sumField(data, 2025, 'discovery_quota').total).toBe(195);
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
