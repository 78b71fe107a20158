import { defineMessages } from '../messages';

/** The saved quota state's and scenarios' messages (loaded with a saved record, apart from the first view's catalogue). */
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
