import { defineMessages } from '../messages';
import { planStatusMessages } from './plans-status';

/** Plan files: reading, checking and saving them, and the words of a plan's status. */
export const planMessages = defineMessages({
  ...planStatusMessages,
  // Schema checks (zod messages of our own)
  tooLong: { zh: '过长（最多 {max} 个字符）', en: 'too long (at most {max} characters)' },
  htmlTag: { zh: '含有 HTML 标记（如 “<script>”），规划文字只能是纯文本', en: 'contains HTML markup (such as “<script>”); plan text can only be plain text' },
  empty: { zh: '不能为空', en: 'must not be empty' },
  idFormat: {
    zh: '只能由小写字母、数字和连字符组成（最多 64 个字符），如 “belt-west”',
    en: 'may contain only lower-case letters, digits and hyphens (at most 64 characters), such as “belt-west”',
  },
  tooManyMembers: { zh: '成员过多（最多 {max} 个）', en: 'too many members (at most {max})' },
  colourFormat: { zh: '颜色应写作 #RRGGBB，如 “#0072B2”', en: 'write the colour as #RRGGBB, such as “#0072B2”' },
  axisTooShort: { zh: '一条轴线至少要经过两个镇街', en: 'an axis must pass through at least two towns' },
  yearInteger: { zh: '年份应为整数', en: 'the year must be a whole number' },
  issuedFormat: { zh: '印发日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD', en: 'write the date of issue as YYYY, YYYY-MM or YYYY-MM-DD' },
  periodOrder: { zh: '规划期末年早于起始年', en: 'the last year of the plan period is before its first year' },
  tooManyElements: { zh: '元素过多（最多 {max} 个）', en: 'too many elements (at most {max})' },
  // Reading a file
  fileTooLarge: {
    zh: '文件过大（{size}，上限 {max}），不是规划文件或含有多余内容',
    en: 'The file is too large ({size}, at most {max}): it is not a plan file or has something extra in it',
  },
  notJson: { zh: '不是有效的 JSON（{error}）', en: 'Not valid JSON ({error})' },
  notObject: { zh: '内容不是一个对象，不是规划文件', en: 'The content is not an object: not a plan file' },
  noFormat: { zh: '缺少 format 字段（应为 “{format}”），这不是规划文件', en: 'The format field is missing (it should be “{format}”): this is not a plan file' },
  wrongFormat: { zh: 'format 为 {value}，不是规划文件（应为 “{format}”）', en: 'format is {value}: not a plan file (it should be “{format}”)' },
  newerVersion: {
    zh: '文件的格式版本 {version} 比本程序新（本程序读取版本 {supported}），请更新程序后再导入',
    en: 'The file is format version {version}, newer than this app reads (version {supported}); update the app and import it again',
  },
  noVersion: { zh: '缺少格式版本 schemaVersion', en: 'The format version schemaVersion is missing' },
  unknownVersion: { zh: '格式版本 {version} 未知（本程序读取版本 {supported}）', en: 'Unknown format version {version} (this app reads version {supported})' },
  // Where a problem is
  problemAt: { zh: '{where}：{problem}', en: '{where}: {problem}' },
  pathJoin: { zh: ' › ', en: ' › ' },
  elementAt: { zh: '第 {n} 个元素（{id}）', en: 'Element {n} ({id})' },
  elementAtNoId: { zh: '第 {n} 个元素', en: 'Element {n}' },
  memberAt: { zh: '第 {n} 个成员', en: 'member {n}' },
  itemAt: { zh: '第 {n} 项', en: 'item {n}' },
  axisPathAt: { zh: '第 {n} 条', en: 'axis {n}' },
  axisTownAt: { zh: '第 {n} 个', en: 'town {n}' },
  planInfo: { zh: '规划信息', en: 'plan information' },
  // Checks across the file
  duplicateId: { zh: '与第 {n} 个元素重复', en: 'the same as element {n}' },
  townTwice: {
    zh: '“{town}”在这个元素里列了两次（一个镇街有几种角色时写在同一个成员里，用“、”分隔）',
    en: '“{town}” is listed twice in this element (a town with several roles is one member, its roles separated by “、”)',
  },
  parentMissing: { zh: '上级元素 “{parent}” 不在这份规划里', en: 'the parent element “{parent}” is not in this plan' },
  parentSelf: { zh: '不能是元素自己', en: 'cannot be the element itself' },
  axisMissing: { zh: '画作轴线（draw: "axis"）的元素要给出至少一条轴线', en: 'an element drawn as an axis (draw: "axis") needs at least one axis path' },
  baseWithoutTown: { zh: '基地（draw: "base"）至少要落在一个镇街', en: 'a base (draw: "base") must lie in at least one town' },
  fullNameNeeded: { zh: '“{name}”应写作边界文件里的全称 “{full}”', en: '“{name}” should be written as the full name in the boundary file, “{full}”' },
  unknownTownSuggest: { zh: '“{name}”不是东莞的镇街名称，是不是 “{close}”？', en: '“{name}” is not the name of a town in Dongguan; did you mean “{close}”?' },
  unknownTown: { zh: '“{name}”不是东莞的镇街名称', en: '“{name}” is not the name of a town in Dongguan' },
  builtinInvalid: { zh: '内置规划 {id} 不符合规划文件格式：{problems}', en: 'The built-in plan {id} does not match the plan file format: {problems}' },
  problemsJoin: { zh: '；', en: '; ' },
  // Plans kept in the browser
  // The editor's new elements and members
  newElementEn: { zh: '新{kind}{n}', en: 'New {kind} {n}' },
  aboutKm2: { zh: '约 {km2} km²', en: 'about {km2} km²' },
  // The published JSON Schema
  schemaTitle: { zh: '东莞规划布局图 · 规划文件', en: 'Dongguan Planning Map · plan file' },
  schemaDescription: {
    zh: '一份规划（规划信息与布局元素）。此 JSON Schema 由程序里的 zod 模式生成；镇街名称是否存在、元素 id 是否重复、同一镇街是否列了两次、上级元素是否存在，由程序导入时另行检查。',
    en: 'One plan (its facts and layout elements). This JSON Schema is generated from the zod schema in the app; whether town names exist, element ids repeat, a town is listed twice or a parent element exists is checked by the app on import.',
  },
});

/** The role a member added in the editor starts with: the Chinese is written into the plan's `role`, the English into `roleEn`. */
export const newMemberRoleMessages = defineMessages({
  node: { zh: '节点', en: 'node' },
  site: { zh: '基地所在', en: 'site of the base' },
  onAxis: { zh: '轴线经过', en: 'on the axis' },
  member: { zh: '成员', en: 'member' },
});
