import { afterEach, describe, expect, it } from 'vitest';
import { setLanguageForThisPage } from '../i18n/language';
import { hasChinese } from '../i18n/names';
import { PLAN_PERIODS, TARGET_TABLES } from './targets';

afterEach(() => setLanguageForThisPage('zh'));

const row = (tableId: string, rowId: string) => TARGET_TABLES.find((x) => x.id === tableId)!.rows.find((x) => x.id === rowId)!;

describe('the plans’ targets in English', () => {
  it('gives every quoted indicator and every worded figure its English, and keeps the quote as printed', () => {
    setLanguageForThisPage('en');
    for (const table of TARGET_TABLES) {
      for (const r of table.rows) {
        expect(r.indicatorEn, `${table.id} ${r.id}`).toBeTruthy();
        expect(hasChinese(r.indicatorEn!), r.indicatorEn).toBe(false);
        expect(hasChinese(r.indicator) || /^R&D/.test(r.indicator), r.indicator).toBe(true);
        for (const value of r.values) if (hasChinese(value.text)) expect(hasChinese(value.textEn ?? '中'), value.text).toBe(false);
      }
    }
  });

  it('writes our titles, captions, units, notes and comparison labels without Chinese, and in Chinese again when switched back', () => {
    setLanguageForThisPage('en');
    const texts = TARGET_TABLES.flatMap((table) => [
      table.title,
      table.caption ?? '',
      ...table.rows.flatMap((r) => [r.unit, r.note ?? '', r.against?.label ?? '']),
    ]);
    texts.push(...PLAN_PERIODS.flatMap((period) => [period.label, period.shortLabel]));
    for (const text of texts) expect(hasChinese(text.replace(/“[^”]*”/g, '')), text).toBe(false);
    expect(row('fyp14-table1', 'high-tech-firms').note).toContain('Differs from the Key Emerging Industries Plan: it sets “National high-tech enterprises” at 10000 firms for 2025');
    expect(row('plan2018-table1', 'rd-gdp').note).toContain('Differs from the 14th Five-Year Plan: it sets “Society-wide R&D intensity” at about 3.59% for 2025');
    expect(row('plan2018-table1', 'high-tech-firms').note).toContain('2020 actual: 6385 firms');
    expect(row('action-plan', 'landing').against!.label).toBe('Three-year total ≥260');
    expect(row('fyp14-table1', 'overseas-patents').unit).toBe('patents');
    setLanguageForThisPage('zh');
    expect(row('fyp14-table1', 'overseas-patents').unit).toBe('件');
    expect(row('action-plan', 'landing').against!.label).toBe('三年合计 ≥260');
    expect(PLAN_PERIODS[1].shortLabel).toBe('十四五');
  });
});
