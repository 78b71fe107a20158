import Papa from 'papaparse';
import { errorMessage } from '../lib/errorText';
import { FIELD_LABELS, YEARS, cellKey, isYear, type QuotaField, type Year } from './model';
import type { ImportRow } from './operations';
import { clip, parseCount } from './parseCount';
import { COLUMN_LABELS, columnOf, fieldOfWord, fieldWordsHint, isBlankValue, type Column } from './csvVocabulary';
import { matchTown } from './townMatch';
import { unitNameToWrite } from './unitName';
import { csvMessages as m } from '../i18n/catalogue/quotas-csv';
import { joinList, t } from '../i18n/messages';

/**
 * Reads quotas and actuals from CSV text, in either of two layouts:
 * - long: one value per row, columns 镇街 / 年份 / 指标 / 数值 (or town / year / metric or field / value);
 * - wide: one row per unit and year, one column per field (发现指标, 落地指标, 发现实际, 落地实际, or
 *   discovery_quota, ...).
 * Every rejected row comes back with its line in the file (1 = first line) and a reason in the
 * page's language (Chinese on the server); nothing is applied here. The importer never throws.
 */

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface CsvImportResult {
  format: 'long' | 'wide' | null;
  /** Valid values, in file order. */
  rows: ImportRow[];
  rejected: RejectedRow[];
  /** A problem with the whole file (not CSV, no header, missing column): nothing can be imported. */
  error: string | null;
  /** Things ignored on the way (unknown columns, lines before the header). */
  warnings: string[];
}

/**
 * The one size limit of a quota CSV, far above any real quota file (35 units × 3 years × 4 figures)
 * and below what a tab can hold as text. A file larger than this on disk is refused before it is
 * read (csvCheck.ts); its text is held to the same number of characters, so a file under the limit
 * (ASCII pinyin: one character per byte) is never refused for its characters.
 */
export const MAX_CSV_BYTES = 60 * 1024 * 1024;
const MAX_CHARS = MAX_CSV_BYTES;
const HEADER_SEARCH_ROWS = 10;

interface RawRecord {
  fields: string[];
  line: number;
  unterminatedQuote: boolean;
}

/** A result for a file that cannot be read as a whole: nothing to import. */
export function failure(error: string): CsvImportResult {
  return { format: null, rows: [], rejected: [], error, warnings: [] };
}

export interface ParseOptions {
  /** Called now and then with the share of the work done (0–1), for a progress bar. */
  onProgress?: (done: number) => void;
}

export function parseQuotaCsv(input: string, options: ParseOptions = {}): CsvImportResult {
  try {
    return parse(input, options.onProgress ?? (() => {}));
  } catch (e) {
    // Not expected; the importer must never throw, so any slip becomes a message.
    return failure(t(m.unreadable, { error: errorMessage(e) }));
  }
}

const PROGRESS_EVERY = 20_000;

function parse(input: string, onProgress: (done: number) => void): CsvImportResult {
  if (typeof input !== 'string') return failure(t(m.noText));
  if (input.length > MAX_CHARS) return failure(t(m.tooManyChars, { chars: input.length.toLocaleString('en-US'), max: MAX_CHARS.toLocaleString('en-US') }));
  const text = input.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return failure(t(m.empty));
  const notText = looksBinary(text);
  if (notText) return failure(notText);
  if (/^\s*[{[]/.test(text)) {
    return failure(t(m.isJson));
  }

  const records = readRecords(text, (cursor) => onProgress((0.5 * cursor) / text.length));
  const headerAt = findHeader(records);
  if (headerAt < 0) {
    return failure(t(m.noHeader, { fields: fieldWordsHint() }));
  }
  const header = records[headerAt];
  const warnings: string[] = [];
  const skipped = records.slice(0, headerAt).filter((r) => !isBlankRecord(r));
  if (skipped.length) warnings.push(t(m.skippedBeforeHeader, { lines: joinList(skipped.map((r) => String(r.line))) }));

  const layout = readHeader(header);
  if ('error' in layout) return failure(layout.error);
  warnings.push(...layout.warnings);

  const rows: ImportRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>(); // cell key → line of its first value

  for (let i = headerAt + 1; i < records.length; i++) {
    const rec = records[i];
    if (i % PROGRESS_EVERY === 0) onProgress(0.5 + (0.5 * i) / records.length);
    if (isBlankRecord(rec)) continue;
    if (rec.unterminatedQuote) {
      rejected.push({ line: rec.line, reason: t(m.unclosedQuote) });
      continue;
    }
    const width = header.fields.length;
    const extra = rec.fields.slice(width).filter((f) => f.trim() !== '');
    if (extra.length) {
      rejected.push({
        line: rec.line,
        reason: t(m.tooManyColumns, { count: rec.fields.length, width }),
      });
      continue;
    }
    const result = layout.format === 'long' ? readLongRow(rec, layout.columns) : readWideRow(rec, layout);
    for (const row of result.rows) {
      const key = cellKey(row.town, row.year, row.field);
      const first = seen.get(key);
      if (first !== undefined) {
        result.problems.push(t(m.duplicate, { field: FIELD_LABELS[row.field], line: first }));
      } else {
        seen.set(key, row.line);
        rows.push(row);
      }
    }
    if (result.problems.length) rejected.push({ line: rec.line, reason: result.problems.join(t(m.problemSeparator)) });
  }
  return { format: layout.format, rows, rejected, error: null, warnings };
}

/** A reason if the text is clearly not a text file (a spreadsheet, PDF, image...). */
function looksBinary(text: string): string | null {
  const head = text.slice(0, 4096);
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('\u00D0\u00CF\u0011\u00E0') || head.startsWith('\uFFFD\uFFFD\u0011')) {
    return t(m.binary);
  }
  if (head.startsWith('%PDF')) return t(m.pdf);
  let odd = 0;
  for (const ch of head) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && ch !== '\n' && ch !== '\t') || c === 0xfffd) odd++;
  }
  if (odd > 8 && odd / head.length > 0.05) return t(m.notText);
  return null;
}

/** The field separator: whichever of comma, tab, semicolon appears most in the first non-blank line. */
function detectDelimiter(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

function readRecords(text: string, onProgress: (cursor: number) => void): RawRecord[] {
  const records: RawRecord[] = [];
  let prevCursor = 0;
  let line = 1;
  let counted = 0; // text[0:counted] has been scanned for newlines
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const start = prevCursor;
      for (let i = counted; i < start; i++) if (text.charCodeAt(i) === 10) line++;
      counted = Math.max(counted, start);
      prevCursor = result.meta.cursor;
      const fields = Array.isArray(result.data) ? result.data.map((f) => unquote(typeof f === 'string' ? f : String(f ?? ''))) : [];
      records.push({ fields, line, unterminatedQuote: result.errors.some((e) => e.code === 'MissingQuotes') });
      if (records.length % PROGRESS_EVERY === 0) onProgress(prevCursor);
    },
  });
  return records;
}

/** A field quoted after some spaces (` "长安镇" `) reaches us with its quotes; take them off. */
function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : field;
}

function isBlankRecord(r: RawRecord): boolean {
  return r.fields.every((f) => f.trim() === '');
}

function recognisedCount(r: RawRecord): number {
  return r.fields.filter((f) => columnOf(f) !== undefined || fieldOfWord(f) !== undefined).length;
}

function findHeader(records: RawRecord[]): number {
  let seenRows = 0;
  for (let i = 0; i < records.length && seenRows < HEADER_SEARCH_ROWS; i++) {
    if (isBlankRecord(records[i])) continue;
    seenRows++;
    if (recognisedCount(records[i]) >= 2) return i;
  }
  return -1;
}

type Layout =
  | { format: 'long'; columns: Record<Column, number>; warnings: string[] }
  | { format: 'wide'; columns: { town: number; year: number }; fields: [QuotaField, number][]; warnings: string[] };

function readHeader(header: RawRecord): Layout | { error: string } {
  const at = t(m.headerAt, { line: header.line });
  const columns: Partial<Record<Column, number>> = {};
  const fields = new Map<QuotaField, number>();
  const unknown: string[] = [];
  for (const [i, raw] of header.fields.entries()) {
    const name = raw.trim();
    if (name === '') continue;
    const col = columnOf(name);
    const field = col ? undefined : fieldOfWord(name);
    if (col) {
      if (columns[col] !== undefined) return { error: t(m.twoColumns, { at, name: COLUMN_LABELS[col], first: columns[col]! + 1, second: i + 1 }) };
      columns[col] = i;
    } else if (field) {
      if (fields.has(field)) return { error: t(m.twoColumns, { at, name: FIELD_LABELS[field], first: fields.get(field)! + 1, second: i + 1 }) };
      fields.set(field, i);
    } else {
      unknown.push(clip(name));
    }
  }
  // At most five names, then a count: 10,000 unknown columns must not make a warning taller than the screen.
  const warnings = unknown.length
    ? [t(m.unknownColumns, { count: unknown.length, names: joinList(unknown.slice(0, 5)) + (unknown.length > 5 ? t(m.andMore) : '') })]
    : [];
  const missing: string[] = [];
  if (columns.town === undefined) missing.push(COLUMN_LABELS.town);
  if (columns.year === undefined) missing.push(COLUMN_LABELS.year);
  const long = columns.field !== undefined || columns.value !== undefined;
  if (long) {
    if (columns.field === undefined) missing.push(COLUMN_LABELS.field);
    if (columns.value === undefined) missing.push(COLUMN_LABELS.value);
  } else if (fields.size === 0) {
    missing.push(t(m.quotaColumns, { fields: fieldWordsHint() }));
  }
  if (missing.length) return { error: t(m.missingColumns, { at, columns: joinList(missing) }) };
  if (long) {
    if (fields.size) warnings.push(t(m.ignoredInLong, { fields: joinList([...fields.keys()].map((f) => FIELD_LABELS[f])) }));
    return { format: 'long', columns: columns as Record<Column, number>, warnings };
  }
  return { format: 'wide', columns: { town: columns.town!, year: columns.year! }, fields: [...fields.entries()], warnings };
}

interface RowResult {
  rows: ImportRow[];
  problems: string[];
}

function readTown(cell: string | undefined, problems: string[]): string | null {
  const s = (cell ?? '').trim();
  if (s === '') {
    problems.push(t(cell === undefined ? m.noTownCell : m.townEmpty));
    return null;
  }
  const match = matchTown(s);
  if (match.town !== null) return match.town;
  problems.push(match.suggestion ? t(m.unknownTownSuggest, { town: clip(s), suggestion: unitNameToWrite(match.suggestion) }) : t(m.unknownTown, { town: clip(s) }));
  return null;
}

function readYear(cell: string | undefined, problems: string[]): Year | null {
  const s = (cell ?? '').normalize('NFKC').trim().replace(/年$/, ''); // i18n-exempt: 2025年, a year as a Chinese file writes it
  if (s === '') {
    problems.push(t(cell === undefined ? m.noYearCell : m.yearEmpty));
    return null;
  }
  const n = /^\d{4}$/.test(s) ? Number(s) : NaN;
  if (isYear(n)) return n;
  problems.push(t(m.badYear, { year: clip(s), years: joinList(YEARS.map(String)) }));
  return null;
}

function readLongRow(rec: RawRecord, columns: Record<Column, number>): RowResult {
  const problems: string[] = [];
  const town = readTown(rec.fields[columns.town], problems);
  const year = readYear(rec.fields[columns.year], problems);
  const fieldCell = rec.fields[columns.field];
  let field: QuotaField | undefined;
  if (fieldCell === undefined) problems.push(t(m.noFieldCell));
  else if (fieldCell.trim() === '') problems.push(t(m.fieldEmpty));
  else {
    field = fieldOfWord(fieldCell);
    if (!field) problems.push(t(m.unknownField, { word: clip(fieldCell.trim()), fields: fieldWordsHint() }));
  }
  const valueCell = rec.fields[columns.value];
  let value: number | null = null;
  if (valueCell === undefined) problems.push(t(m.noValueCell));
  else {
    const parsed = parseCount(isBlankValue(valueCell) ? '' : valueCell);
    if (!parsed.ok) problems.push(parsed.reason);
    else if (parsed.value === null) problems.push(t(m.valueEmpty));
    else value = parsed.value;
  }
  if (problems.length || town === null || year === null || !field || value === null) return { rows: [], problems };
  return { rows: [{ town, year, field, value, line: rec.line }], problems };
}

function readWideRow(rec: RawRecord, layout: Extract<Layout, { format: 'wide' }>): RowResult {
  const problems: string[] = [];
  const town = readTown(rec.fields[layout.columns.town], problems);
  const year = readYear(rec.fields[layout.columns.year], problems);
  const values: [QuotaField, number][] = [];
  for (const [field, col] of layout.fields) {
    const cell = rec.fields[col] ?? ''; // spreadsheets drop trailing empty cells
    if (isBlankValue(cell)) continue;
    const parsed = parseCount(cell);
    if (!parsed.ok) problems.push(t(m.inField, { field: FIELD_LABELS[field], reason: parsed.reason }));
    else if (parsed.value !== null) values.push([field, parsed.value]);
  }
  if (town === null || year === null) return { rows: [], problems };
  return { rows: values.map(([field, value]) => ({ town, year, field, value, line: rec.line })), problems };
}
