import { afterEach, describe, expect, it } from 'vitest';
import { setLanguageForThisPage } from '../i18n/language';
import { hasChinese } from '../i18n/names';
import { choropleth, choroplethTitle } from './choropleth';
import { csvTemplate, exportCsv } from './csvExport';
import { parseQuotaCsv } from './csvImport';
import { BAIQIANWAN_TARGETS, DEPARTMENT_DISCOVERY_QUOTAS, FIELD_LABELS, SOURCES, citation, emptyQuotaData, type QuotaData } from './model';
import { applyImport, setStrongTown, setValue } from './operations';
import { parseCount } from './parseCount';
import { parseScenario } from './scenario';

afterEach(() => setLanguageForThisPage('zh'));

function sample(): QuotaData {
  let data: QuotaData = setStrongTown(emptyQuotaData(), '长安镇', true);
  data = setValue(data, '长安镇', 2025, 'landing_quota', 30);
  data = setValue(data, '虎门镇', 2026, 'discovery_actual', 12);
  return setValue(data, '滨海湾新区', 2027, 'landing_actual', 0);
}

describe('the quota model in English', () => {
  it('names the fields, departments and targets in English, and in Chinese again when switched back', () => {
    setLanguageForThisPage('en');
    expect(FIELD_LABELS.landing_quota).toBe('Landing quota');
    expect(DEPARTMENT_DISCOVERY_QUOTAS[0].name).toBe('City Science and Technology Bureau');
    expect(BAIQIANWAN_TARGETS.every((target) => !hasChinese(target.label + target.unit))).toBe(true);
    expect(BAIQIANWAN_TARGETS[0].labelZh).toBe('市重大科技项目库中镇街入库项目');
    expect(choroplethTitle('rate', 'landing', 2025)).toBe('2025 landing completion rate');
    setLanguageForThisPage('zh');
    expect(FIELD_LABELS.landing_quota).toBe('落地指标');
    expect(choroplethTitle('rate', 'landing', 2025)).toBe('2025 落地完成率');
  });

  it('cites a document by its English title with the printed citation beside it in 「」', () => {
    setLanguageForThisPage('en');
    const cited = citation(SOURCES.discovery);
    expect(cited.startsWith('Dongguan Three-Year Action Plan')).toBe(true);
    expect(cited).toContain('「《东莞市加快科技成果产业化三年行动计划（2025—2027）》三、（三）1．成果发现机制」');
    expect(hasChinese(cited.replace(/「[^」]*」/g, ''))).toBe(false);
  });

  it('writes the legend without Chinese', () => {
    setLanguageForThisPage('en');
    const map = choropleth(sample(), 'quota', 'discovery', 2025);
    expect(map.legend.length).toBeGreaterThan(0);
    for (const text of [map.title, map.unsetLabel, ...map.legend.map((entry) => entry.label)]) expect(hasChinese(text)).toBe(false);
  });
});

describe('quota CSV in English', () => {
  it('exports English headers that import back, in either language, to the same values', () => {
    setLanguageForThisPage('en');
    const data = sample();
    const csv = exportCsv(data);
    expect(csv.split('\r\n')[0]).toBe('Town,Year,Discovery quota,Landing quota,Discovery actual,Landing actual');
    expect(csvTemplate().split('\r\n')[0]).toBe('Town,Year,Discovery quota,Landing quota,Discovery actual,Landing actual');
    const inEnglish = parseQuotaCsv(csv);
    expect(inEnglish.error).toBeNull();
    expect(inEnglish.rejected).toEqual([]);
    const marks = setStrongTown(emptyQuotaData(), '长安镇', true);
    expect(applyImport(marks, inEnglish.rows).data).toEqual(data);
    setLanguageForThisPage('zh');
    expect(applyImport(marks, parseQuotaCsv(csv).rows).data).toEqual(data);
    // And a Chinese export imports on the English page.
    const chinese = exportCsv(data);
    expect(chinese.startsWith('镇街,年份,发现指标')).toBe(true);
    setLanguageForThisPage('en');
    expect(applyImport(marks, parseQuotaCsv(chinese).rows).data).toEqual(data);
  });

  it('reports a file’s problems in English, naming the unit to write beside its pinyin', () => {
    setLanguageForThisPage('en');
    const r = parseQuotaCsv('Town,Year,Landing quota\n长安,2025,abc\n长按镇,2024,3\n,2025,-1\n');
    expect(r.rejected.map((row) => row.line)).toEqual([2, 3, 4]);
    const reasons = r.rejected.map((row) => row.reason);
    expect(reasons[0]).toBe('“Landing quota”: “abc” is not a number');
    expect(reasons[1]).toContain('Unknown town “长按镇”: did you mean “Chang');
    expect(reasons[1]).toContain('「长安镇」');
    expect(reasons[1]).toContain('Year “2024” is not valid: it must be 2025, 2026, 2027');
    expect(reasons[2]).toBe('The town is empty; “Landing quota”: Cannot be negative (-1)');
    expect(parseQuotaCsv('a,b\n1,2\n').error).toMatch(/^This is not a quota CSV we recognise/);
    expect(hasChinese(parseQuotaCsv('{"x":1}').error ?? '')).toBe(false);
    expect(parseCount('1.5')).toEqual({ ok: false, reason: 'Must be a whole number (1.5)' });
  });

  it('explains a bad scenario file in English, zod’s own words included', () => {
    setLanguageForThisPage('en');
    const bad = parseScenario(JSON.stringify({ format: 'dgmap-quota-scenario', schemaVersion: 1, data: { strongTowns: 3 } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(hasChinese(bad.error)).toBe(false);
    const notOurs = parseScenario('{}');
    expect(notOurs.ok || notOurs.error).toMatch(/^Not a quota scenario exported by this app/);
  });
});
