import { FIELD_LABELS, QUOTA_FIELDS, type QuotaField } from './model';

/**
 * The words the CSV importer understands, in Chinese and English. Matching ignores case, width
 * (full-width letters), spaces, underscores, hyphens and brackets.
 */

export type Column = 'town' | 'year' | 'metric' | 'value';

const COLUMN_ALIASES: Record<Column, string[]> = {
  town: ['镇街', '镇街园区', '镇街名称', '镇街名', '镇', '单位', '单位名称', '地区', 'town', 'townname', 'unit', 'name'],
  year: ['年份', '年度', '年', 'year'],
  metric: ['指标', '指标名称', '指标类型', '项目', 'metric', 'field', 'indicator'],
  value: ['数值', '值', '数量', '数目', 'value', 'count', 'number'],
};

const FIELD_ALIASES: Record<QuotaField, string[]> = {
  discovery_quota: ['discoveryquota', '发现指标', '发现目标', '发现任务', '成果发现指标', '发现'],
  landing_quota: ['landingquota', '落地指标', '落地目标', '落地任务', '成果落地指标', '落地'],
  discovery_actual: ['discoveryactual', '发现实际', '实际发现', '发现完成', '发现完成数', '发现实际完成'],
  landing_actual: ['landingactual', '落地实际', '实际落地', '落地完成', '落地完成数', '落地实际完成'],
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

/** A metric name in a long-format row, or a column name in a wide-format header. */
export function fieldOfWord(word: string): QuotaField | undefined {
  // A long-format file repeats a handful of metric words on every row.
  if (fieldOfCell.has(word)) return fieldOfCell.get(word);
  const field = fieldByWord.get(normaliseWord(word));
  if (fieldOfCell.size < 1000) fieldOfCell.set(word, field);
  return field;
}
const fieldOfCell = new Map<string, QuotaField | undefined>();

export const COLUMN_LABELS: Record<Column, string> = { town: '镇街', year: '年份', metric: '指标', value: '数值' };

export const FIELD_WORDS_HINT = QUOTA_FIELDS.map((f) => `${FIELD_LABELS[f]}（${f}）`).join('、');

/** Words that mean "no value" in a wide-format cell. */
export function isBlankValue(cell: string): boolean {
  const s = cell.normalize('NFKC').trim();
  return s === '' || s === '未设' || s === '-' || s === '—';
}
