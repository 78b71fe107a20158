import { defineMessages } from '../messages';

/**
 * The quota model (src/quotas): metric names, the plan's rules in our words, the CSV importer's and the
 * saved state's messages, the shared record's notices. The plan's own figures and section numbers stay
 * in the data; what is quoted from a plan stays Chinese beside the English (quoteBeside).
 */

/** The four numbers kept per unit and year, the two metrics, and how the plan words them. */
export const quotaFieldMessages = defineMessages({
  discovery_quota: { zh: '发现指标', en: 'Discovery quota' },
  landing_quota: { zh: '落地指标', en: 'Landing quota' },
  discovery_actual: { zh: '发现实际', en: 'Discovery actual' },
  landing_actual: { zh: '落地实际', en: 'Landing actual' },
});

export const quotaMetricMessages = defineMessages({
  discovery: { zh: '发现', en: 'Discovery' },
  landing: { zh: '落地', en: 'Landing' },
});

export const quotaMetricDescriptions = defineMessages({
  discovery: {
    zh: '发现科技成果和挖掘企业真实技术需求',
    en: 'Discovering scientific and technological achievements and identifying firms’ real technology needs',
  },
  landing: {
    zh: '培育转化落地科技成果和促成技术开发合作',
    en: 'Nurturing the transfer and landing of scientific and technological achievements and brokering technology development partnerships',
  },
});


/** The plan's rules and notes in the quota model (src/quotas/model.ts), in our words. */
export const quotaModelMessages = defineMessages({
  highTechZoneReason: {
    zh: '默认只有松山湖（国家级高新区）。十四五规划第一章称滨海湾新区已认定为省级高新区，但三年行动计划未写明其“高新区”是否包括它，可在此标记。',
    en: 'By default only Songshan Lake (a national high-tech zone). Chapter 1 of the 14th Five-Year Plan says Binhaiwan New Area has been recognised as a provincial high-tech zone, but the Three-Year Action Plan does not say whether its “high-tech zone” includes it; you can mark it here.',
  },
  threeYearReading: {
    zh: '三年合计 260 项：原文把“培育转化落地科技成果”和“挖掘企业真实技术需求”并在一句里合计；这里按落地计，因为它恰好等于逐年落地目标 100 + 80 + 80',
    en: '260 over the three years: the plan totals “landing achievements” and “identifying firms’ real technology needs” in one sentence; this counts it as landing, since it equals the yearly landing targets 100 + 80 + 80',
  },
  cityLevel: { zh: '市级层面（四部门及科创集团）', en: 'City level (four departments and the Science and Technology Innovation Group)' },
  kechuangNote: {
    zh: '科创集团即东莞科技创新金融集团有限公司，是企业，不是市直部门',
    en: 'The Science and Technology Innovation Group is Dongguan Technology Innovation Financial Group Co., Ltd., a company, not a city department',
  },
  deptKjj: { zh: '市科技局', en: 'City Science and Technology Bureau' },
  deptFgj: { zh: '市发改局', en: 'City Development and Reform Bureau' },
  deptGxj: { zh: '市工信局', en: 'City Industry and Information Technology Bureau' },
  deptTcj: { zh: '市投促局', en: 'City Investment Promotion Bureau' },
  deptKcjt: { zh: '科创集团', en: 'Science and Technology Innovation Group' },
  instUniversities: { zh: '市内本科院校', en: 'Universities in the city' },
  instLabs: { zh: '省实验室', en: 'Provincial laboratories' },
  instFacilities: { zh: '大科学装置', en: 'Large scientific facilities' },
  instCoBuilt: { zh: '共建类新型研发机构', en: 'Co-built new R&D institutions' },
  unitDgut: { zh: '东莞理工学院', en: 'Dongguan University of Technology' },
  unitGbu: { zh: '大湾区大学（筹）', en: 'Great Bay University (in preparation)' },
  unitGdst: { zh: '广东科技学院', en: 'Guangdong University of Science and Technology' },
  unitMaterialsLab: { zh: '材料实验室', en: 'Songshan Lake Materials Laboratory' },
  unitCsns: { zh: '散裂中子源', en: 'China Spallation Neutron Source' },
  landingFirmKind: { zh: '企业类成果', en: 'Firm achievements' },
  landingFirmRule: { zh: '在东莞新注册或迁入东莞，并有实缴税收或研发投入', en: 'Newly registered in or moved to Dongguan, with taxes paid or R&D spending' },
  landingPlatformKind: { zh: '平台类成果', en: 'Platform achievements' },
  landingPlatformRule: {
    zh: '在东莞有经营实体，且服务收入 5 万元以上，或获主管部门立项或特定资质',
    en: 'An operating entity in Dongguan with service income of 50,000 yuan or more, or a project approved by the authority in charge or a specific qualification',
  },
  landingProjectKind: { zh: '项目类成果', en: 'Project achievements' },
  landingProjectRule: {
    zh: '在东莞交易（含授权、转让、作价入股、销售等）；或在东莞应用并给本地主体带来 50 万以上经济效益；或团队落户东莞',
    en: 'Traded in Dongguan (licensed, transferred, contributed as equity, sold and so on); or applied in Dongguan with an economic benefit of 500,000 yuan or more to a local party; or the team settles in Dongguan',
  },
  landingNeedKind: { zh: '技术需求类', en: 'Technology needs' },
  landingNeedRule: {
    zh: '合作双方至少一方是东莞主体，企业合作预算不低于 10 万元，以合同和付款证明为证',
    en: 'At least one party to the partnership is based in Dongguan and the firm’s budget for it is at least 100,000 yuan, shown by the contract and proof of payment',
  },
  dutyAssessment: {
    zh: '落地指标按年度通报，纳入年度镇街（园区）科技创新考核指标体系；行动计划没有写明发现指标纳入考核',
    en: 'Landing quotas are reported each year and count in the towns’ (and parks’) yearly science and technology innovation assessment; the action plan does not say that discovery quotas count in it',
  },
  dutyLiaison: {
    zh: '每个镇街（园区）由科技部门明确 1 名科技成果联络员，发现的成果和技术需求在成果转化信息平台登记',
    en: 'In each town (or park) the science and technology office names one liaison for achievements; achievements and technology needs found are registered on the achievement transfer platform',
  },
  binhaiwanNote: {
    zh: '发现指标 ≥5 的规定适用于每个镇街（园区），但滨海湾新区的陆域在长安、虎门境内，这里不给它设默认值；填写后才计入合计',
    en: 'The rule of a discovery quota ≥5 applies to every town (and park), but Binhaiwan New Area’s land lies within Chang’an and Humen, so it gets no default here; it counts in the totals once filled in',
  },
  strongTownDemo: {
    zh: '百千万方案要求从创新强镇中遴选、认定一批创新强镇示范镇（2025 年科技创新示范镇目标 2—3 个）；名单未公布',
    en: 'The Hundred-Thousand-Ten-Thousand plan asks for a group of model towns to be chosen from the innovation towns (target for 2025: 2–3 science and technology innovation model towns); no list has been published',
  },
  bqwProjects: { zh: '市重大科技项目库中镇街入库项目', en: 'Town projects in the city’s major science and technology project pool' },
  bqwGazelles: { zh: '瞪羚企业培育库镇街（园区）企业', en: 'Town (and park) firms in the gazelle firm pool' },
  bqwPartnerships: { zh: '镇街促成产学研合作项目', en: 'Industry–university–research partnerships brokered by towns' },
  bqwComplexes: { zh: '市镇联合共建的创新创业综合体', en: 'Innovation and start-up complexes built by the city and towns together' },
  bqwModelTowns: { zh: '科技创新示范镇', en: 'Science and technology innovation model towns' },
  bqwProjectsUnit: { zh: '项', en: 'projects' },
  bqwGazellesUnit: { zh: '家', en: 'firms' },
  bqwPartnershipsUnit: { zh: '个', en: 'projects' },
  bqwComplexesUnit: { zh: '个', en: 'complexes' },
  bqwModelTownsUnit: { zh: '个', en: 'towns' },
});

/** The choropleth's title and legend (src/quotas/choropleth.ts). */
export const choroplethMessages = defineMessages({
  rateTitleDiscovery: { zh: '{year} 发现完成率', en: '{year} discovery completion rate' },
  rateTitleLanding: { zh: '{year} 落地完成率', en: '{year} landing completion rate' },
  fieldTitle: { zh: '{year} {field}', en: '{year} {field}' },
  rateBelow50: { zh: '低于 50%', en: 'Below 50%' },
  rate50to80: { zh: '50%–80%', en: '50%–80%' },
  rate80to100: { zh: '80%–100%', en: '80%–100%' },
  rate100up: { zh: '100% 及以上', en: '100% and above' },
  rateUnset: { zh: '无法计算（指标或实际未设）', en: 'Cannot be worked out (quota or actual not set)' },
  unset: { zh: '未设', en: 'Not set' },
  allAre: { zh: '全部为 {value}', en: 'All {value}' },
  defaultMark: { zh: '（默认）', en: ' (default)' },
  someDefaultMark: { zh: '（含默认）', en: ' (some default)' },
  noQuota: { zh: '未设指标', en: 'No quota set' },
  noActual: { zh: '未填实际', en: 'No actual entered' },
  zeroQuota: { zh: '指标为 0', en: 'Quota is 0' },
});

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

/** Loading a scenario, the saved state, and other tabs (loadScenario.ts, persistence.ts, scenario.ts, serialise.ts). */
export const quotaStateMessages = defineMessages({
  changeValues: { zh: '改变 {count} 个已填写的数值', en: 'change {count} values entered' },
  clearValues: { zh: '清除 {count} 个已填写的数值', en: 'clear {count} values entered' },
  addValues: { zh: '新填 {count} 个数值', en: 'fill in {count} new values' },
  changeMarks: { zh: '改变创新强镇/高新区标记', en: 'change the innovation town / high-tech zone marks' },
  replacement: { zh: '载入后将{parts}。', en: 'Loading it will {parts}.' },
  sameScenario: { zh: '这个方案与现在的数值相同，载入不会改变任何内容。', en: 'This scenario has the same values as now: loading it changes nothing.' },
  quotaData: { zh: '指标数据', en: 'quota data' },
  fromDefaults: { zh: '现从默认值开始', en: 'starting from the defaults now' },
  notJson: { zh: '不是有效的 JSON（{error}）', en: 'Not valid JSON ({error})' },
  notObject: { zh: '内容不是一个对象（格式不符）', en: 'The content is not an object (wrong format)' },
  noVersion: { zh: '缺少版本号 schemaVersion（格式不符）', en: 'No version number schemaVersion (wrong format)' },
  unknownVersion: { zh: '版本 {version} 未知（本程序读取版本 {current}）', en: 'Version {version} is unknown (this app reads version {current})' },
  wrongFormat: { zh: '格式不符（{details}）', en: 'Wrong format ({details})' },
  marks: { zh: '创新强镇/高新区标记', en: 'innovation town / high-tech zone marks' },
  unsetValue: { zh: '（未设）', en: '(not set)' },
  none: { zh: '无', en: 'none' },
  marksValue: { zh: '创新强镇 {strong}；高新区 {zones}', en: 'innovation towns {strong}; high-tech zones {zones}' },
  storageBlocked: {
    zh: '浏览器不允许本网站保存数据（{error}），指标从默认值开始，本次的修改不会保存。可在浏览器设置中允许本网站保存数据，或导出 CSV/JSON 保存。',
    en: 'The browser does not let this site save data ({error}): the quotas start from the defaults and changes made now will not be saved. Allow this site to save data in the browser’s settings, or export CSV/JSON to keep them.',
  },
  lostEdit: {
    zh: '{field}：本页输入的 {lost} 被另一个标签页同时输入的 {winner} 取代。',
    en: '{field}: {lost} entered on this page was replaced by {winner}, entered in another tab at the same time.',
  },
  restore: { zh: '恢复 {what}', en: 'Restore {what}' },
  thisPagesMarks: { zh: '本页的标记', en: 'this page’s marks' },
  scenarioNotJson: { zh: '方案文件不是有效的 JSON（{error}）', en: 'The scenario file is not valid JSON ({error})' },
  scenarioNotObject: {
    zh: '方案文件的内容不是一个对象，不是本工具导出的指标方案',
    en: 'The scenario file’s content is not an object: it is not a quota scenario exported by this app',
  },
  notScenario: { zh: '不是本工具导出的指标方案（缺少 format: "{format}"）', en: 'Not a quota scenario exported by this app (no format: "{format}")' },
  noneValue: { zh: '（无）', en: '(none)' },
  scenarioVersion: {
    zh: '方案文件的版本 {version} 无法识别（本工具读取版本 1 至 {current}）',
    en: 'The scenario file’s version {version} is not recognised (this app reads versions 1 to {current})',
  },
  scenarioInvalid: { zh: '方案文件内容有误：{details}', en: 'The scenario file has errors: {details}' },
  dataInvalid: { zh: '指标数据有误：{details}', en: 'The quota data have errors: {details}' },
  moreIssues: { zh: '（另有 {count} 处问题）', en: ' ({count} more problems)' },
  issueSeparator: { zh: '；', en: '; ' },
  issueAt: { zh: '{path}：{message}', en: '{path}: {message}' },
});

/** The shared record of quotas on the server (src/quotas/shared). */
export const sharedQuotaMessages = defineMessages({
  offline: { zh: '无法连接服务器（{error}），修改未保存', en: 'Cannot reach the server ({error}); the change was not saved' },
  serverStatus: { zh: '服务器返回 {status}', en: 'The server answered {status}' },
  notSaved: { zh: '{cell} 未保存：{error}', en: '{cell} not saved: {error}' },
  offlineData: {
    zh: '离线数据：指标是 {time} 从服务器取得的记录，现在可能已经变化；连网后自动更新',
    en: 'Offline data: the quotas are the record fetched from the server at {time} and may have changed since; they update once online',
  },
  cleared: { zh: '（清除）', en: '(cleared)' },
  proposed: { zh: '{who} 填报：{unit} {year} {field} {value}，待确认', en: '{who} reported: {unit} {year} {field} {value}, awaiting confirmation' },
  reloadFailed: {
    zh: '重新连接后未能读取共享记录（{error}），{seconds} 秒后重试；此前显示的数值可能不是最新的。',
    en: 'After reconnecting the shared record could not be read ({error}); retrying in {seconds} s. The values shown may not be the latest.',
  },
  unreadable: { zh: '共享记录无法读取：{error}', en: 'The shared record cannot be read: {error}' },
});
