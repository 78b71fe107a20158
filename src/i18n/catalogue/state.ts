import { defineMessages } from '../messages';

/** Notices the screens' stores raise (links, saving, the shared record) and the words they write into plans. */
export const stateMessages = defineMessages({
  // Notices
  noticeCut: { zh: '…（提示过长，共 {count} 字，已截断）', en: '… (notice too long: {count} characters, cut)' },
  quotedCut: { zh: '…（共 {count} 字）', en: '… ({count} characters)' },
  // Remembered view settings
  flagInstead: { zh: '现使用默认设置', en: 'the default is used instead' },
  flagBadValue: { zh: '应为 1 或 0，实为 {value}', en: 'should be 1 or 0, is {value}' },
  flagWhat: { zh: '显示设置', en: 'display setting' },
  // Links
  linkTownExtra: { zh: '链接 {link} 多出了部分，已打开地图。', en: 'The link {link} has extra parts; the map is open instead.' },
  linkTownEmpty: { zh: '链接中没有给出镇街名称（#/town/ 后为空），已打开地图。', en: 'The link names no town (nothing after #/town/); the map is open instead.' },
  linkEditExtra: { zh: '链接 {link} 多出了部分，已打开规划管理。', en: 'The link {link} has extra parts; the plans page is open instead.' },
  linkEditEmpty: { zh: '链接中没有给出规划（#/edit/ 后为空），已打开规划管理。', en: 'The link names no plan (nothing after #/edit/); the plans page is open instead.' },
  linkSlide: { zh: '链接中的幻灯片编号{slide}无效（应为 1 起的整数），已转到第 1 张。', en: 'The slide number {slide} in the link is not valid (it should be a whole number from 1); slide 1 is shown.' },
  linkPage: { zh: '链接中的页面 {link} 不存在，已打开地图。', en: 'The page {link} in the link does not exist; the map is open instead.' },
  linkUnknownTowns: { zh: '链接中的{what}{shown}{more}不是东莞的镇街名称，已忽略。', en: 'The {what} {shown}{more} in the link is not the name of a town in Dongguan and was ignored.' },
  linkWhatTown: { zh: '镇街', en: 'town' },
  linkMore: { zh: ' 等 {count} 项', en: ' and others ({count} in all)' },
  linkUnknownLayers: { zh: '链接中的图层{shown}{more}不存在，已忽略。', en: 'The layer {shown}{more} in the link does not exist and was ignored.' },
  linkQuota: { zh: '链接中的指标设置{value}无法识别，已显示默认指标。', en: 'The quota setting {value} in the link was not recognised; the default quota is shown.' },
  linkCompare: { zh: '链接中的对比项{value}不存在，已显示默认对比。', en: 'The comparison {value} in the link does not exist; the default comparison is shown.' },
  linkFill: { zh: '链接中的着色方式{value}无法识别，已忽略。', en: 'The fill {value} in the link was not recognised and was ignored.' },
  listJoin: { zh: '、', en: ', ' },
  // Town fill legends
  quotaLegend: { zh: '指标图例', en: 'Quota legend' },
  compareTitle: { zh: '布局对比', en: 'Layout comparison' },
  compareLegend: { zh: '对比图例', en: 'Comparison legend' },
  // Plans in the browser and in the shared record
  planNotSaved: {
    zh: '规划未能保存到浏览器（{error}），刷新页面后会丢失；请先用 导出规划 保存文件。',
    en: 'The plan could not be saved in this browser ({error}) and will be lost when the page reloads; save it to a file with Export plan first.',
  },
  importRenamedPlan: { zh: '规划标识 {from} 已被占用，导入为 {to}', en: 'The plan id {from} is taken; imported as {to}' },
  importRenamedElements: { zh: '{count} 个元素标识已被占用，已加上后缀 --{plan}', en: '{count} element ids were taken; the suffix --{plan} was added' },
  imported: { zh: '已导入 “{name}”（{count} 个元素）', en: 'Imported “{name}” ({count} elements)' },
  importNotes: { zh: '；{notes}', en: '; {notes}' },
  notesJoin: { zh: '；', en: '; ' },
  importTooLarge: { zh: '文件过大（{size} MB，上限 {max} MB），未读取', en: 'The file is too large ({size} MB, at most {max} MB) and was not read' },
  sharedUnreadable: { zh: '共享记录中的规划 “{id}” 无法读取（{problem}），未显示', en: 'The plan “{id}” in the shared record could not be read ({problem}) and is not shown' },
  sharedLoadFailed: { zh: '未能读取共享记录中的规划（{error}）', en: 'The plans in the shared record could not be read ({error})' },
  sharedDeleted: { zh: '{user} 删除了规划 “{id}”', en: '{user} deleted the plan “{id}”' },
  sharedPublished: { zh: '{user} 发布了规划 “{name}”', en: '{user} published the plan “{name}”' },
  sharedConflict: { zh: '{message}（两个版本都保留在 规划管理 页，请选择）', en: '{message} (both versions are kept on the Plans page: choose one)' },
  sharedNotSaved: {
    zh: '规划 “{name}” 未保存到共享记录：{message}；页面上的版本仍在，可用 导出规划 另存',
    en: 'The plan “{name}” was not saved to the shared record: {message}; the version on the page is still there and can be saved with Export plan',
  },
  planNotSavedShort: { zh: '规划 “{name}” 未保存：{message}', en: 'The plan “{name}” was not saved: {message}' },
});

/** Words written into a plan's data (both names are kept in the file, whatever the page's language). */
export const planDataMessages = defineMessages({
  draftSuffix: { zh: '{name}（草稿）', en: '{name} (draft)' },
  copySuffix: { zh: '{name}（副本）', en: '{name} (copy)' },
  newPlanName: { zh: '新规划', en: 'New plan' },
  newPlanTitle: { zh: '新规划（草稿）', en: 'New plan (draft)' },
  newPlanDocument: { zh: '（规划文件名称）', en: '(title of the plan document)' },
});
