import { defineMessages } from '../messages';

/** The quota CSV importer's messages (loaded with the importer, apart from the first view's catalogue). */
/** Reading a count typed or imported (src/quotas/parseCount.ts). */
export const countMessages = defineMessages({
  notNumber: { zh: '「{text}」不是数字', en: '“{text}” is not a number' },
  negative: { zh: '不能为负数（{text}）', en: 'Cannot be negative ({text})' },
  notWhole: { zh: '必须是整数（{text}）', en: 'Must be a whole number ({text})' },
  tooLarge: { zh: '数值过大（{text}，上限 {max}）', en: 'Too large ({text}; the limit is {max})' },
});

/** The quota CSV importer and its check (csvImport.ts, csvCheck.ts, csvVocabulary.ts, csvExport.ts). */
export const csvMessages = defineMessages({
  colTown: { zh: '镇街', en: 'Town' },
  colYear: { zh: '年份', en: 'Year' },
  colField: { zh: '指标', en: 'Metric' },
  colValue: { zh: '数值', en: 'Value' },
  fieldWord: { zh: '{label}（{field}）', en: '{label} ({field})' },
  unreadable: { zh: '无法读取此文件（{error}）', en: 'This file cannot be read ({error})' },
  noText: { zh: '没有可读取的文本', en: 'There is no text to read' },
  tooManyChars: {
    zh: '文本有 {chars} 个字符，超过指标 CSV 的上限 {max} 个字符（即 60 MB 的纯英文文本），未导入',
    en: 'The text has {chars} characters, more than the quota CSV limit of {max} characters (60 MB of plain English text); nothing was imported',
  },
  empty: { zh: '文件是空的，没有可导入的内容', en: 'The file is empty: there is nothing to import' },
  isJson: {
    zh: '这是 JSON 文本，不是 CSV。指标方案（JSON）请用「导入 JSON 方案」读取。',
    en: 'This is JSON text, not CSV. Read a quota scenario (JSON) with “Import JSON scenario”.',
  },
  noHeader: {
    zh: '这不是可识别的指标 CSV：前几行中没有表头。表头应包含「镇街」「年份」两列，以及「指标」「数值」两列（长表）或指标列（宽表：{fields}）。',
    en: 'This is not a quota CSV we recognise: the first lines have no header. The header needs the columns “Town” and “Year”, and either “Metric” and “Value” (long layout) or quota columns (wide layout: {fields}).',
  },
  skippedBeforeHeader: { zh: '已忽略表头之前的内容（第 {lines} 行）', en: 'Ignored what comes before the header (line {lines})' },
  unclosedQuote: { zh: '引号未闭合：从这一行起的内容无法按列读取', en: 'Unclosed quote: from this line on the content cannot be read as columns' },
  tooManyColumns: {
    zh: '列数（{count}）多于表头（{width}）：含逗号的内容需加英文双引号',
    en: 'More columns ({count}) than the header ({width}): text with commas must be in double quotes',
  },
  duplicate: { zh: '{field}与第 {line} 行重复（同一镇街、年份、指标）', en: '{field} repeats line {line} (same town, year and metric)' },
  binary: {
    zh: '这是 Excel 等二进制文件，不是 CSV。请在 Excel 中「另存为」「CSV UTF-8（逗号分隔）」后再导入。',
    en: 'This is a binary file such as an Excel workbook, not CSV. In Excel use “Save as” “CSV UTF-8 (comma delimited)”, then import that.',
  },
  pdf: { zh: '这是 PDF 文件，不是 CSV。', en: 'This is a PDF file, not CSV.' },
  notText: {
    zh: '这不是文本 CSV 文件（含有大量无法识别的字符，可能是二进制文件或编码不对）。',
    en: 'This is not a text CSV file (it has many unreadable characters: a binary file, or the wrong encoding).',
  },
  headerAt: { zh: '第 {line} 行（表头）', en: 'Line {line} (header)' },
  twoColumns: { zh: '{at}有两列都是「{name}」（第 {first} 列和第 {second} 列）', en: '{at} has two “{name}” columns (columns {first} and {second})' },
  unknownColumns: { zh: '已忽略 {count} 列无法识别的列：{names}', en: 'Ignored {count} columns not recognised: {names}' },
  andMore: { zh: ' 等', en: ' and more' },
  quotaColumns: {
    zh: '指标列（长表用「指标」「数值」，宽表用 {fields} 中的一列或几列）',
    en: 'quota columns (“Metric” and “Value” in the long layout; one or more of {fields} in the wide layout)',
  },
  missingColumns: { zh: '{at}缺少列：{columns}', en: '{at} lacks columns: {columns}' },
  ignoredInLong: { zh: '长表中已忽略指标列：{fields}', en: 'Quota columns ignored in the long layout: {fields}' },
  noTownCell: { zh: '缺少「镇街」列的内容', en: 'Nothing in the “Town” column' },
  townEmpty: { zh: '镇街为空', en: 'The town is empty' },
  unknownTownSuggest: { zh: '未知镇街「{town}」，是否为「{suggestion}」？', en: 'Unknown town “{town}”: did you mean “{suggestion}”?' },
  unknownTown: { zh: '未知镇街「{town}」', en: 'Unknown town “{town}”' },
  noYearCell: { zh: '缺少「年份」列的内容', en: 'Nothing in the “Year” column' },
  yearEmpty: { zh: '年份为空', en: 'The year is empty' },
  badYear: { zh: '年份「{year}」无效，应为 {years}', en: 'Year “{year}” is not valid: it must be {years}' },
  noFieldCell: { zh: '缺少「指标」列的内容', en: 'Nothing in the “Metric” column' },
  fieldEmpty: { zh: '指标为空', en: 'The metric is empty' },
  unknownField: { zh: '未知指标「{word}」，可用：{fields}', en: 'Unknown metric “{word}”; use one of: {fields}' },
  noValueCell: { zh: '缺少「数值」列的内容', en: 'Nothing in the “Value” column' },
  valueEmpty: { zh: '数值为空', en: 'The value is empty' },
  inField: { zh: '「{field}」{reason}', en: '“{field}”: {reason}' },
  problemSeparator: { zh: '；', en: '; ' },
  fileTooLarge: {
    zh: '文件「{name}」有 {size}，超过指标 CSV 的上限 {max}，未读取。请确认选对了文件；数据确实这么多时，请拆分后分次导入。',
    en: 'The file “{name}” is {size}, more than the quota CSV limit of {max}; it was not read. Check that this is the right file; if the data really are this large, split it and import the parts one by one.',
  },
  aFile: { zh: '文件', en: 'file' },
  checkFailed: { zh: '检查未能完成（{error}）', en: 'The check could not finish ({error})' },
  workerFailed: { zh: '后台线程出错', en: 'the background thread failed' },
});
