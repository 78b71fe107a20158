import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOWN_FACTS, TOWN_NAMES } from '../towns/townFacts';
import { parseQuotaCsv, type CsvImportResult } from './csvImport';
import { effectiveValue, enteredValue } from './defaults';
import { FIELD_LABELS, MAX_COUNT, QUOTA_FIELDS, YEARS, cellKey, type QuotaField, type Year } from './model';
import { applyImport } from './operations';
import { arbitraryQuotaData } from './quotaDataArbitrary';

const town = fc.constantFrom(...TOWN_NAMES);
const year = fc.constantFrom(...YEARS);
const field = fc.constantFrom(...QUOTA_FIELDS);
const count = fc.integer({ min: 0, max: 500 });

const state = arbitraryQuotaData({ maxValue: 500, maxCells: 60 });

/** A row the importer must accept, spelled in any of the ways it understands. */
const validRow = fc
  .tuple(town, year, field, count, fc.boolean(), fc.boolean(), fc.constantFrom('', ' ', '  '))
  .map(([t, y, f, v, short, english, pad]) => {
    const name = short ? TOWN_FACTS.find((x) => x.name === t)!.shortName : t;
    const word = english ? f : FIELD_LABELS[f];
    return `${pad}${name}${pad},${y},${pad}${word},${v}${pad}`;
  });

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x","y")',
  '@SUM(1+1)',
  '+1,2025,落地指标,3',
  '-1',
  '"',
  '""',
  '"长安镇,2025,落地指标,3',
  '长安镇,2025,落地指标',
  '长安镇,2025,落地指标,-1',
  '长安镇,2025,落地指标,1.5',
  '长安镇,2025,落地指标,1e309',
  '长安镇,2025,落地指标,99999999999999999999999',
  '长安镇,2025,落地指标,9007199254740993',
  '长安镇,2025,落地指标,NaN',
  '长安镇,2025,落地指标,Infinity',
  '长安镇,2025,落地指标,0x10',
  '长安镇,9999,落地指标,1',
  '长安镇,2025,,1',
  ',,,,,,,,',
  '\u0000',
  '长安\u0000镇,2025,落地指标,1',
  '\uFEFF',
  '\r',
  '\u2028\u2029',
  '𝟙𝟚𝟛,🀄,👨‍👩‍👧,ﷺ',
  '<script>alert(1)</script>',
  '镇街,年份,指标,数值',
  '__proto__,2025,落地指标,1',
  'constructor,2025,toString,1',
];

const garbage = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...HOSTILE),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('长安镇', '2025', '落地指标', '"', ',')), { maxLength: 6 }).map((parts) => parts.join(',')),
);

const csvOf = (lines: string[], eol: string, bom: boolean, header = '镇街,年份,指标,数值') =>
  `${bom ? '\uFEFF' : ''}${[header, ...lines].join(eol)}`;

const lineCount = (text: string) => text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n').split('\n').length;

function expectWellFormed(result: CsvImportResult, text: string) {
  expect(typeof result).toBe('object');
  const lines = lineCount(text);
  for (const r of result.rows) {
    expect(TOWN_NAMES).toContain(r.town);
    expect(YEARS).toContain(r.year);
    expect(QUOTA_FIELDS).toContain(r.field);
    expect(Number.isInteger(r.value) && r.value >= 0 && r.value <= MAX_COUNT).toBe(true);
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.line).toBeLessThanOrEqual(lines);
  }
  for (const r of result.rejected) {
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.line).toBeLessThanOrEqual(lines);
    expect(r.reason.length).toBeGreaterThan(0);
  }
  if (result.error !== null) expect(result.rows).toEqual([]);
}

describe('CSV importer under random and hostile input (property-based)', () => {
  it('never throws on arbitrary text, and whatever it accepts is a valid value for a real cell', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        let result: CsvImportResult | undefined;
        expect(() => {
          result = parseQuotaCsv(text);
        }).not.toThrow();
        expectWellFormed(result!, text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on valid rows mixed with garbage, and applying never touches a cell no valid row named', () => {
    fc.assert(
      fc.property(
        state,
        fc.array(fc.oneof(validRow, garbage), { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (before, lines, eol, bom) => {
          const text = csvOf(lines, eol, bom);
          const result = parseQuotaCsv(text);
          expectWellFormed(result, text);

          const targeted = new Map<string, number>();
          for (const r of result.rows) targeted.set(cellKey(r.town, r.year, r.field), r.value);
          const after = applyImport(before, result.rows).data;
          expect(after.strongTowns).toEqual(before.strongTowns);
          for (const t of TOWN_NAMES) {
            for (const y of YEARS) {
              for (const f of QUOTA_FIELDS) {
                const key = cellKey(t, y, f);
                if (targeted.has(key)) {
                  expect(effectiveValue(after, t, y, f)).toBe(targeted.get(key));
                } else {
                  expect(enteredValue(after, t, y, f)).toBe(enteredValue(before, t, y, f));
                  expect(effectiveValue(after, t, y, f)).toBe(effectiveValue(before, t, y, f));
                }
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts every valid row of a clean file, with its own line number', () => {
    const distinctCells = fc.uniqueArray(fc.tuple(town, year, field, count), { selector: ([t, y, f]) => cellKey(t, y, f), maxLength: 40 });
    fc.assert(
      fc.property(distinctCells, fc.constantFrom('\n', '\r\n'), fc.boolean(), (cells, eol, blankLines) => {
        const lines = cells.flatMap(([t, y, f, v]) => [...(blankLines ? [''] : []), `${t},${y},${f},${v}`]);
        const result = parseQuotaCsv(csvOf(lines, eol, false));
        expect(result.rejected).toEqual([]);
        expect(result.rows.map((r) => [r.town, r.year, r.field, r.value])).toEqual(cells.map(([t, y, f, v]) => [t, y, f as QuotaField, v]));
        const step = blankLines ? 2 : 1;
        expect(result.rows.map((r) => r.line)).toEqual(cells.map((_, i) => 2 + step * i + (blankLines ? 1 : 0)));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every valid row when a hostile line follows them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(town, year as fc.Arbitrary<Year>), { selector: ([t, y]) => `${t}${y}`, minLength: 1, maxLength: 10 }), fc.constantFrom(...HOSTILE.filter((h) => !h.includes('"') && h !== '镇街,年份,指标,数值')), (cells, hostile) => {
        const lines = [...cells.map(([t, y]) => `${t},${y},落地指标,1`), hostile];
        const result = parseQuotaCsv(csvOf(lines, '\n', false));
        expect(result.rows).toHaveLength(cells.length);
        expect(result.rows.every((r) => r.line <= cells.length + 1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
