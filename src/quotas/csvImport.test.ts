import { describe, expect, it } from 'vitest';
import { TOWN_NAMES } from '../towns/townFacts';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { csvTemplate, exportCsv } from './csvExport';
import { MAX_CSV_BYTES, parseQuotaCsv } from './csvImport';
import { effectiveValue } from './defaults';
import { QUOTA_FIELDS, YEARS, emptyQuotaData, type QuotaData } from './model';
import { applyImport, setStrongTown, setValue } from './operations';
import { editDistance, matchTown } from './townMatch';

const LONG = '镇街,年份,指标,数值';

/** The reasons by line, for readable assertions. */
function rejected(csv: string): Record<number, string> {
  return Object.fromEntries(parseQuotaCsv(csv).rejected.map((r) => [r.line, r.reason]));
}

describe('parseQuotaCsv: long layout', () => {
  it('reads Chinese headers, short and full unit names, and Chinese and English field names', () => {
    const r = parseQuotaCsv(
      [LONG, '长安镇,2025,落地指标,30', '虎门,2026,discovery_quota,12', '松山湖,2027,发现实际,7', '东莞生态园,2025,landing_actual,0'].join('\n'),
    );
    expect(r.error).toBeNull();
    expect(r.format).toBe('long');
    expect(r.rejected).toEqual([]);
    expect(r.rows).toEqual([
      { town: '长安镇', year: 2025, field: 'landing_quota', value: 30, line: 2 },
      { town: '虎门镇', year: 2026, field: 'discovery_quota', value: 12, line: 3 },
      { town: '松山湖管委会', year: 2027, field: 'discovery_actual', value: 7, line: 4 },
      { town: '东莞生态园', year: 2025, field: 'landing_actual', value: 0, line: 5 },
    ]);
  });

  it('reads English headers in another column order', () => {
    const r = parseQuotaCsv('value,metric,Year,Town\n5,landing_quota,2025,Changan\n');
    expect(r.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 5, line: 2 }]);
  });

  it('handles a BOM, CRLF, blank lines, extra whitespace and quoted fields, keeping true line numbers', () => {
    const csv = `\uFEFF${LONG}\r\n\r\n  "长安镇" , 2025 ,"落地指标", " 30 " \r\n   \r\n"虎门镇",2025,落地指标,-1\r\n`;
    const r = parseQuotaCsv(csv);
    expect(r.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 30, line: 3 }]);
    expect(r.rejected).toEqual([{ line: 5, reason: '不能为负数（-1）' }]);
  });

  it('counts lines inside a quoted multi-line field (a wrapped cell from Excel)', () => {
    const r = parseQuotaCsv(`${LONG}\n"长安\n镇",2025,落地指标,1\n虎门镇,2025,落地指标,x\n`);
    expect(r.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 1, line: 2 }]);
    expect(r.rejected).toEqual([{ line: 4, reason: '「x」不是数字' }]);
  });

  it('rejects an unknown unit and suggests the closest name', () => {
    expect(rejected(`${LONG}\n长按,2025,落地指标,3\n塘夏镇,2025,落地指标,3\nChangon,2025,落地指标,3\n火星镇,2025,落地指标,3`)).toEqual({
      2: '未知镇街「长按」，是否为「长安镇」？',
      3: '未知镇街「塘夏镇」，是否为「塘厦镇」？',
      4: '未知镇街「Changon」，是否为「长安镇」？',
      5: '未知镇街「火星镇」',
    });
  });

  it('rejects a bad year', () => {
    expect(rejected(`${LONG}\n长安,2024,落地指标,3\n长安,二〇二五,落地指标,3\n长安,,落地指标,3`)).toEqual({
      2: '年份「2024」无效，应为 2025、2026、2027',
      3: '年份「二〇二五」无效，应为 2025、2026、2027',
      4: '年份为空',
    });
  });

  it('accepts 2025年 and full-width digits', () => {
    expect(parseQuotaCsv(`${LONG}\n长安,2025年,落地指标,１２`).rows).toMatchObject([{ year: 2025, value: 12 }]);
  });

  it('rejects a value that is not a number, not whole, negative, too large or empty', () => {
    expect(rejected(`${LONG}\n长安,2025,落地指标,abc\n虎门,2025,落地指标,2.5\n厚街,2025,落地指标,-4\n沙田,2025,落地指标,1e9\n道滘,2025,落地指标,99999999\n洪梅,2025,落地指标,\n麻涌,2025,落地指标,=1+2`)).toEqual({
      2: '「abc」不是数字',
      3: '必须是整数（2.5）',
      4: '不能为负数（-4）',
      5: '「1e9」不是数字',
      6: '数值过大（99999999，上限 1000000）',
      7: '数值为空',
      8: '「=1+2」不是数字',
    });
  });

  it('rejects an unknown field, naming the ones it knows', () => {
    expect(rejected(`${LONG}\n长安,2025,对接会,3`)[2]).toMatch(/^未知指标「对接会」，可用：发现指标（discovery_quota）、落地指标/);
  });

  it('rejects a row that lacks a field or has too many', () => {
    expect(rejected(`${LONG}\n长安,2025,落地指标\n虎门,2025,落地指标,1,000`)).toEqual({
      2: '缺少「数值」列的内容',
      3: '列数（5）多于表头（4）：含逗号的内容需加英文双引号',
    });
  });

  it('rejects a second value for the same cell, pointing at the first', () => {
    const r = parseQuotaCsv(`${LONG}\n长安,2025,落地指标,3\n长安镇,2025,landing_quota,4`);
    expect(r.rows).toHaveLength(1);
    expect(r.rejected).toEqual([{ line: 3, reason: '落地指标与第 2 行重复（同一镇街、年份、指标）' }]);
  });

  it('names every problem of a row at once', () => {
    expect(rejected(`${LONG}\n长按,2030,落地指标,-1`)[2]).toBe('未知镇街「长按」，是否为「长安镇」？；年份「2030」无效，应为 2025、2026、2027；不能为负数（-1）');
  });

  it('rejects an unterminated quote from its line on', () => {
    const r = parseQuotaCsv(`${LONG}\n长安,2025,落地指标,3\n"虎门,2025,落地指标,4\n厚街,2025,落地指标,5`);
    expect(r.rows).toHaveLength(1);
    expect(r.rejected).toEqual([{ line: 3, reason: '引号未闭合：从这一行起的内容无法按列读取' }]);
  });

  it('reads tab- and semicolon-separated text (pasted from a spreadsheet)', () => {
    expect(parseQuotaCsv('镇街\t年份\t指标\t数值\n长安\t2025\t落地指标\t3').rows).toHaveLength(1);
    expect(parseQuotaCsv('镇街;年份;指标;数值\n长安;2025;落地指标;3').rows).toHaveLength(1);
  });
});

describe('parseQuotaCsv: wide layout', () => {
  it('reads one column per field, skipping empty cells and 未设', () => {
    const r = parseQuotaCsv('镇街,年份,发现指标,落地指标,发现实际,落地实际\n长安镇,2025,30,12,,未设\n虎门,2026,,8\n');
    expect(r.format).toBe('wide');
    expect(r.rows).toEqual([
      { town: '长安镇', year: 2025, field: 'discovery_quota', value: 30, line: 2 },
      { town: '长安镇', year: 2025, field: 'landing_quota', value: 12, line: 2 },
      { town: '虎门镇', year: 2026, field: 'landing_quota', value: 8, line: 3 },
    ]);
  });

  it('rejects a bad cell with its line and column, keeping the good cells of the row', () => {
    const r = parseQuotaCsv('town,year,discovery_quota,landing_quota\n长安,2025,-3,12\n');
    expect(r.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 12, line: 2 }]);
    expect(r.rejected).toEqual([{ line: 2, reason: '「发现指标」不能为负数（-3）' }]);
  });

  it('warns about columns it does not know and ignores them', () => {
    const r = parseQuotaCsv('镇街,年份,落地指标,备注\n长安,2025,3,重点\n');
    expect(r.rows).toHaveLength(1);
    expect(r.warnings).toEqual(['已忽略 1 列无法识别的列：备注']);
  });

  it('the character limit matches the 60 MB size limit: 30 million characters are read, more than 60 MB of text is refused naming the limit', () => {
    // 30 million characters: a pinyin row, then a long note in an ignored column
    const big = `town,year,landing_quota,note\nChang'an,2025,3,${'x'.repeat(30_000_000)}\n`;
    const read = parseQuotaCsv(big);
    expect(read.error).toBeNull();
    expect(read.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 3, line: 2 }]);
    const tooBig = parseQuotaCsv('x'.repeat(MAX_CSV_BYTES + 1));
    expect(tooBig.error).toBe(`文本有 62,914,561 个字符，超过指标 CSV 的上限 62,914,560 个字符（即 60 MB 的纯英文文本），未导入`);
  }, 60_000);

  it('10,000 unknown columns give one short warning with a count, not a list of 10,000 names', () => {
    const extra = Array.from({ length: 10_000 }, (_, i) => `列${i}`);
    const r = parseQuotaCsv(`镇街,年份,落地指标,${extra.join(',')}\n长安,2025,3,${extra.map(() => '').join(',')}\n`);
    expect(r.rows).toHaveLength(1);
    expect(r.warnings).toEqual(['已忽略 10000 列无法识别的列：列0、列1、列2、列3、列4 等']);
  });

  it('skips a title line above the header and says so', () => {
    const r = parseQuotaCsv('2025年镇街指标表\n镇街,年份,落地指标\n长安,2025,3\n');
    expect(r.rows).toEqual([{ town: '长安镇', year: 2025, field: 'landing_quota', value: 3, line: 3 }]);
    expect(r.warnings).toContain('已忽略表头之前的内容（第 1 行）');
  });
});

describe('parseQuotaCsv: whole-file problems give one error', () => {
  it.each([
    ['', '文件是空的'],
    ['   \n\n', '文件是空的'],
    ['Dear colleagues,\nplease find attached the minutes.\n', '这不是可识别的指标 CSV'],
    ['PK\u0003\u0004\u0014\u0000\u0006\u0000binary', 'Excel 等二进制文件'],
    ['{"format":"dgmap-quota-scenario"}', 'JSON'],
    ['\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012', '不是文本 CSV'],
  ])('%j', (text, expected) => {
    const r = parseQuotaCsv(text);
    expect(r.error).toContain(expected);
    expect(r.rows).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it('names a missing column with the header line', () => {
    expect(parseQuotaCsv('镇街,指标,数值\n长安,落地指标,3').error).toBe('第 1 行（表头）缺少列：年份');
    expect(parseQuotaCsv('镇街,年份,指标\n长安,2025,落地指标').error).toBe('第 1 行（表头）缺少列：数值');
    expect(parseQuotaCsv('\n\n年份,数值,指标\n2025,3,落地指标').error).toBe('第 3 行（表头）缺少列：镇街');
  });

  it('refuses a header with the same column twice', () => {
    expect(parseQuotaCsv('镇街,年份,落地指标,landing_quota\n长安,2025,1,2').error).toContain('有两列都是「落地指标」');
  });
});

describe('template and export', () => {
  it('the template lists every unit and year and imports as no change, no error', () => {
    const r = parseQuotaCsv(csvTemplate());
    expect(r.error).toBeNull();
    expect(r.rejected).toEqual([]);
    expect(r.rows).toEqual([]);
    expect(csvTemplate().trim().split('\r\n')).toHaveLength(1 + QUOTA_UNIT_NAMES.length * YEARS.length);
    expect(csvTemplate()).toContain('\r\n滨海湾新区,2025,');
  });

  it('滨海湾新区 (no polygon) has rows in the export and round-trips, by full or short name', () => {
    let data: QuotaData = setValue(emptyQuotaData(), '滨海湾新区', 2025, 'discovery_quota', 25);
    data = setValue(data, '滨海湾新区', 2026, 'landing_quota', 7);
    const csv = exportCsv(data);
    expect(csv).toContain('\r\n滨海湾新区,2025,25,,,\r\n');
    const r = parseQuotaCsv(csv);
    expect(r.rejected).toEqual([]);
    const back = applyImport(emptyQuotaData(), r.rows).data;
    expect(exportCsv(back)).toBe(csv);
    expect(parseQuotaCsv('镇街,年份,发现指标\n滨海湾,2027,3\n').rows).toEqual([{ town: '滨海湾新区', year: 2027, field: 'discovery_quota', value: 3, line: 2 }]);
  });

  it('export round-trips through the importer: every shown value comes back', () => {
    let data: QuotaData = setStrongTown(emptyQuotaData(), '长安镇', true);
    data = setValue(data, '长安镇', 2025, 'landing_quota', 30);
    data = setValue(data, '虎门镇', 2026, 'discovery_quota', 40);
    data = setValue(data, '松山湖管委会', 2027, 'landing_actual', 0);
    const csv = exportCsv(data);
    const r = parseQuotaCsv(csv);
    expect(r.rejected).toEqual([]);
    const restored = applyImport(setStrongTown(emptyQuotaData(), '长安镇', true), r.rows).data;
    for (const town of TOWN_NAMES) for (const year of YEARS) for (const field of QUOTA_FIELDS) {
      expect(effectiveValue(restored, town, year, field)).toBe(effectiveValue(data, town, year, field));
    }
    expect(restored).toEqual(data); // same marks: defaults stay defaults, entered stay entered
  });
});

describe('unit names', () => {
  it('accepts aliases in use', () => {
    expect(matchTown('高新区')).toEqual({ town: '松山湖管委会' });
    expect(matchTown('东莞港')).toEqual({ town: '虎门港管委会' });
    expect(matchTown(' 生态园 ')).toEqual({ town: '东莞生态园' });
  });

  it('measures edit distance over characters', () => {
    expect(editDistance('长按', '长安')).toBe(1);
    expect(editDistance('东城区', '东城街道')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
