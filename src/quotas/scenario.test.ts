import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyQuotaData } from './model';
import { setStrongTown, setValue } from './operations';
import { arbitraryQuotaData } from './quotaDataArbitrary';
import { exportScenario, parseScenario } from './scenario';

const state = arbitraryQuotaData();

describe('scenario files', () => {
  it('restore exactly the state that was exported (any state)', () => {
    fc.assert(
      fc.property(state, (data) => {
        const parsed = parseScenario(exportScenario(data));
        expect(parsed).toEqual({ ok: true, data });
      }),
      { numRuns: 200 },
    );
  });

  it('are readable JSON nested by unit, year and field', () => {
    const data = setStrongTown(setValue(emptyQuotaData(), '长安镇', 2025, 'landing_quota', 30), '长安镇', true);
    const json = JSON.parse(exportScenario(data, new Date('2025-03-01T00:00:00Z')));
    expect(json).toEqual({
      format: 'dgmap-quota-scenario',
      schemaVersion: 2,
      exportedAt: '2025-03-01T00:00:00.000Z',
      data: { strongTowns: ['长安镇'], highTechZones: ['松山湖管委会'], values: { 长安镇: { '2025': { landing_quota: 30 } } } },
    });
  });

  it('read a version 1 file by adding the default 高新区 (松山湖)', () => {
    const v1 = '{"format":"dgmap-quota-scenario","schemaVersion":1,"data":{"strongTowns":["长安镇"],"values":{}}}';
    const parsed = parseScenario(v1);
    expect(parsed).toEqual({ ok: true, data: { strongTowns: ['长安镇'], highTechZones: ['松山湖管委会'], values: {} } });
  });

  it('accept a file saved by Excel/Notepad with a BOM', () => {
    expect(parseScenario(`\uFEFF${exportScenario(emptyQuotaData())}`).ok).toBe(true);
  });

  it.each([
    ['{"format": "dgmap-quota-scenario",', '不是有效的 JSON'],
    ['[1,2,3]', '不是一个对象'],
    ['{"hello": 1}', '不是本工具导出的指标方案'],
    ['{"format":"dgmap-quota-scenario","schemaVersion":9,"data":{}}', '版本 9 无法识别'],
    ['{"format":"dgmap-quota-scenario","schemaVersion":1,"data":{"strongTowns":["火星镇"],"values":{}}}', 'strongTowns › 0'],
    ['{"format":"dgmap-quota-scenario","schemaVersion":1,"data":{"strongTowns":[],"values":{"长安镇":{"2025":{"landing_quota":-2}}}}}', '长安镇 › 2025 › landing_quota'],
    ['{"format":"dgmap-quota-scenario","schemaVersion":1,"data":{"strongTowns":[],"values":{"长安镇":{"2025":{"landing_quota":1.5}}}}}', 'landing_quota'],
    ['{"format":"dgmap-quota-scenario","schemaVersion":1,"data":{"strongTowns":[],"values":{"长安镇":{"2024":{"landing_quota":1}}}}}', '2024'],
  ])('give a clear message for %s', (text, expected) => {
    const parsed = parseScenario(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(expected);
  });
});
