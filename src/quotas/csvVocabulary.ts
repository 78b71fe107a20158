import { FIELD_LABELS, QUOTA_FIELDS, type QuotaField } from './model';
import { csvMessages } from '../i18n/catalogue/quotas-csv';
import { labelsIn } from '../i18n/labels';
import { joinList, t } from '../i18n/messages';

/**
 * The words the CSV importer understands, in Chinese and English, whatever the page's language: a
 * file written in either language imports in both (the export writes the page's language: 镇街 or
 * Town, 发现指标 or Discovery quota). Matching ignores case, width (full-width letters), spaces,
 * underscores, hyphens and brackets.
 */

export type Column = 'town' | 'year' | 'field' | 'value';

const COLUMN_ALIASES: Record<Column, string[]> = {
  // i18n-exempt: column names a Chinese file uses (data)
  town: ['镇街', '镇街园区', '镇街名称', '镇街名', '镇', '单位', '单位名称', '地区', 'town', 'townname', 'unit', 'name'], // i18n-exempt: column names (data)
  year: ['年份', '年度', '年', 'year'], // i18n-exempt: column names (data)
  field: ['指标', '指标名称', '指标类型', '项目', 'metric', 'field', 'indicator'], // i18n-exempt: column names (data)
  value: ['数值', '值', '数量', '数目', 'value', 'count', 'number'], // i18n-exempt: column names (data)
};

const FIELD_ALIASES: Record<QuotaField, string[]> = {
  discovery_quota: ['discoveryquota', '发现指标', '发现目标', '发现任务', '成果发现指标', '发现'], // i18n-exempt: column names (data)
  landing_quota: ['landingquota', '落地指标', '落地目标', '落地任务', '成果落地指标', '落地'], // i18n-exempt: column names (data)
  discovery_actual: ['discoveryactual', '发现实际', '实际发现', '发现完成', '发现完成数', '发现实际完成'], // i18n-exempt: column names (data)
  landing_actual: ['landingactual', '落地实际', '实际落地', '落地完成', '落地完成数', '落地实际完成'], // i18n-exempt: column names (data)
};

function normaliseWord(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_\-()（）[\]【】]/g, '');
}

const columnByWord = new Map<string, Column>();
for (const [col, words] of Object.entries(COLUMN_ALIASES) as [Column, string[]][]) {
  for (const w of words) columnByWord.set(normaliseWord(w), col);
}
const fieldByWord = new Map<string, QuotaField>();
for (const f of QUOTA_FIELDS) for (const w of FIELD_ALIASES[f]) fieldByWord.set(normaliseWord(w), f);

export function columnOf(header: string): Column | undefined {
  return columnByWord.get(normaliseWord(header));
}

/** A quota field's name in a long-format row, or a column name in a wide-format header. */
export function fieldOfWord(word: string): QuotaField | undefined {
  // A long-format file repeats a handful of field words on every row.
  if (fieldOfCell.has(word)) return fieldOfCell.get(word);
  const field = fieldByWord.get(normaliseWord(word));
  if (fieldOfCell.size < 1000) fieldOfCell.set(word, field);
  return field;
}
const fieldOfCell = new Map<string, QuotaField | undefined>();

/** Column names as written in the page's language (the export's header, and messages naming a column). */
export const COLUMN_LABELS: Record<Column, string> = labelsIn({ town: csvMessages.colTown, year: csvMessages.colYear, field: csvMessages.colField, value: csvMessages.colValue });

/** The quota columns a wide file may have, for messages: 发现指标（discovery_quota）、… */
export function fieldWordsHint(): string {
  return joinList(QUOTA_FIELDS.map((f) => t(csvMessages.fieldWord, { label: FIELD_LABELS[f], field: f })));
}

/** Words that mean "no value" in a wide-format cell. */
export function isBlankValue(cell: string): boolean {
  const s = cell.normalize('NFKC').trim();
  return s === '' || s === '未设' || s === '-' || s === '—'; // i18n-exempt: the word a Chinese file uses for unset (data)
}
