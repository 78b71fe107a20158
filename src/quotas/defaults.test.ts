import { describe, expect, it } from 'vitest';
import { TOWN_NAMES } from '../towns/townFacts';
import { cellValue, defaultDiscoveryQuota, effectiveValue } from './defaults';
import { YEARS, emptyQuotaData } from './model';
import { setHighTechZone, setStrongTown, setValue } from './operations';

describe('defaults', () => {
  it('gives the 高新区 25 and every other unit 5 while no unit is marked 创新强镇', () => {
    const data = emptyQuotaData();
    for (const town of TOWN_NAMES) {
      for (const year of YEARS) {
        expect(cellValue(data, town, year, 'discovery_quota')).toEqual({ value: town === '松山湖管委会' ? 25 : 5, source: 'default' });
      }
    }
  });

  it('leaves landing quotas and actuals unset rather than inventing them', () => {
    const data = emptyQuotaData();
    for (const field of ['landing_quota', 'discovery_actual', 'landing_actual'] as const) {
      expect(cellValue(data, '长安镇', 2026, field)).toEqual({ value: null, source: 'unset' });
    }
  });

  it('raises the default to 25 when a unit is marked 创新强镇 and lowers it again when unmarked', () => {
    let data = setStrongTown(emptyQuotaData(), '长安镇', true);
    expect(cellValue(data, '长安镇', 2025, 'discovery_quota')).toEqual({ value: 25, source: 'default' });
    expect(effectiveValue(data, '虎门镇', 2025, 'discovery_quota')).toBe(5);
    data = setStrongTown(data, '长安镇', false);
    expect(effectiveValue(data, '长安镇', 2025, 'discovery_quota')).toBe(5);
  });

  it('keeps an entered discovery quota when the mark changes', () => {
    let data = setValue(emptyQuotaData(), '长安镇', 2025, 'discovery_quota', 12);
    data = setStrongTown(data, '长安镇', true);
    expect(cellValue(data, '长安镇', 2025, 'discovery_quota')).toEqual({ value: 12, source: 'entered' });
    // The other years of the same unit follow the mark.
    expect(cellValue(data, '长安镇', 2026, 'discovery_quota')).toEqual({ value: 25, source: 'default' });
  });

  it('brings the default back when an entered discovery quota is cleared', () => {
    let data = setValue(emptyQuotaData(), '石龙镇', 2027, 'discovery_quota', 40);
    data = setValue(data, '石龙镇', 2027, 'discovery_quota', null);
    expect(cellValue(data, '石龙镇', 2027, 'discovery_quota')).toEqual({ value: 5, source: 'default' });
  });

  it('marks an entered value equal to the default as entered', () => {
    const data = setValue(emptyQuotaData(), '石龙镇', 2025, 'discovery_quota', 5);
    expect(cellValue(data, '石龙镇', 2025, 'discovery_quota').source).toBe('entered');
  });

  it('counts 松山湖 as the only 高新区 by default, never also as a 创新强镇; the 高新区 marks are editable', () => {
    const data = setStrongTown(emptyQuotaData(), '松山湖管委会', true);
    expect(data.strongTowns).toEqual([]);
    expect(data.highTechZones).toEqual(['松山湖管委会']);
    expect(defaultDiscoveryQuota('松山湖管委会', data)).toBe(25);
    const unmarked = setHighTechZone(data, '松山湖管委会', false);
    expect(defaultDiscoveryQuota('松山湖管委会', unmarked)).toBe(5);
    const binhai = setHighTechZone(emptyQuotaData(), '滨海湾新区', true);
    expect(binhai.highTechZones).toEqual(['松山湖管委会', '滨海湾新区']);
    expect(setHighTechZone(setStrongTown(emptyQuotaData(), '长安镇', true), '长安镇', true).strongTowns).toEqual([]);
  });

  it('gives 滨海湾新区 (no polygon) no default quota', () => {
    expect(cellValue(emptyQuotaData(), '滨海湾新区', 2025, 'discovery_quota')).toEqual({ value: null, source: 'unset' });
    expect(cellValue(setValue(emptyQuotaData(), '滨海湾新区', 2025, 'discovery_quota', 10), '滨海湾新区', 2025, 'discovery_quota').value).toBe(10);
  });

  it('rejects values that are not counts and cells that do not exist', () => {
    const data = emptyQuotaData();
    expect(() => setValue(data, '长安镇', 2025, 'landing_quota', -1)).toThrow(RangeError);
    expect(() => setValue(data, '长安镇', 2025, 'landing_quota', 1.5)).toThrow(RangeError);
    expect(() => setValue(data, '长安镇', 2025, 'landing_quota', Number.NaN)).toThrow(RangeError);
    expect(() => setValue(data, '长安', 2025, 'landing_quota', 1)).toThrow(RangeError);
    expect(() => setValue(data, '长安镇', 2024 as never, 'landing_quota', 1)).toThrow(RangeError);
  });
});
