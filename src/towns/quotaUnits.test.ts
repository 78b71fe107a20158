import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appGeo } from '../../tests/fixtures/appGeo';
import { QUOTA_UNIT_NAMES, UNMAPPED_UNITS, quotaUnitFact, resolveUnmappedUnit } from './quotaUnits';
import { TOWN_NAMES, resolveTownName, townTypeLabel } from './townFacts';

describe('滨海湾新区: holds quotas, has no polygon', () => {
  it('is a quota unit with its division code, lying within 长安 and 虎门', () => {
    expect(QUOTA_UNIT_NAMES).toEqual([...TOWN_NAMES, '滨海湾新区']);
    expect(quotaUnitFact('滨海湾新区')).toMatchObject({ code: '441900404', type: '功能区' });
    expect(UNMAPPED_UNITS[0].within).toEqual(['长安镇', '虎门镇']);
    expect(resolveUnmappedUnit('滨海湾')).toBe('滨海湾新区');
  });

  it('is never one of the 35 drawn units: not a town name, not in the built geometry, in no area', () => {
    expect(TOWN_NAMES).toHaveLength(35);
    expect(TOWN_NAMES).not.toContain('滨海湾新区');
    expect(resolveTownName('滨海湾新区')).toBeUndefined();
    const geo = appGeo();
    expect(geo.meta.towns.map((t) => t.name)).not.toContain('滨海湾新区');
    expect(geo.metaByName.has('滨海湾新区')).toBe(false);
    for (const t of UNMAPPED_UNITS[0].within) expect(geo.metaByName.has(t)).toBe(true);
  });
});

describe('unit type labels', () => {
  it('shows 园区 beside 功能区, as the plans write 镇街（园区）', () => {
    const seed = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds/004_fbf55dc86c36bb7d.txt'), 'utf8');
    expect(seed).toContain('镇街（园区）');
    expect(townTypeLabel('功能区')).toBe('功能区（文件称园区）');
    expect(townTypeLabel('镇')).toBe('镇');
  });
});
