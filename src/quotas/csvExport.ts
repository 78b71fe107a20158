import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { effectiveValue } from './defaults';
import { FIELD_LABELS, QUOTA_FIELDS, YEARS, type QuotaData } from './model';
import { COLUMN_LABELS } from './csvVocabulary';

/**
 * CSV written by the product, in the wide layout the importer reads: one row per unit and year.
 * Text is plain UTF-8 without BOM; the download adds a BOM so that Excel shows Chinese correctly.
 * The header is in the page's language (镇街, 年份, 发现指标… or Town, Year, Discovery quota…); the
 * importer reads both, so a file exported in either language imports back in either. Units keep
 * their own (Chinese) names: they are the data's keys.
 */

const header = () => [COLUMN_LABELS.town, COLUMN_LABELS.year, ...QUOTA_FIELDS.map((f) => FIELD_LABELS[f])];

/** Quotes a field when needed, and defuses text a spreadsheet would run as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** An empty form for every unit and year: fill in, then import. Empty cells change nothing. */
export function csvTemplate(): string {
  const rows = QUOTA_UNIT_NAMES.flatMap((town) => YEARS.map((year) => [town, String(year), ...QUOTA_FIELDS.map(() => '')]));
  return toCsv([header(), ...rows]);
}

/**
 * Every value as shown (entered or default; unset left empty). Importing this file into a state
 * with the same 创新强镇 marks reproduces every value.
 */
export function exportCsv(data: QuotaData): string {
  const rows = QUOTA_UNIT_NAMES.flatMap((town) =>
    YEARS.map((year) => [town, String(year), ...QUOTA_FIELDS.map((f) => String(effectiveValue(data, town, year, f) ?? ''))]),
  );
  return toCsv([header(), ...rows]);
}
