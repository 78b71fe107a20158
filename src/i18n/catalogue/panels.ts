import { defineMessages } from '../messages';

/** The planner's panels at the top of src/panels: town details, search, spatial query, notices, legend box, keyboard map. */
export const panelMessages = defineMessages({
  // Units
  km2: { zh: '{value} km²', en: '{value} km²' },
  km: { zh: '{value} km', en: '{value} km' },
  percent: { zh: '{value}%', en: '{value}%' },
  typeTown: { zh: '镇', en: 'town' },
  typeSubdistrict: { zh: '街道', en: 'subdistrict' },
  typeZone: { zh: '功能区（文件称园区）', en: 'functional zone ("park" in the plans)' },
  unmappedNote: { zh: '边界数据中没有它自己的边界，范围在{within}境内', en: 'no boundary of its own in the boundary data; it lies within {within}' },
  // Town facts
  code: { zh: '区划代码', en: 'Division code' },
  type: { zh: '类型', en: 'Type' },
  area: { zh: '面积', en: 'Area' },
  shareOfCity: { zh: '（占全市 {share}）', en: '({share} of the city)' },
  // Town details
  townDetails: { zh: '镇街详情', en: 'Town details' },
  pickTownTouch: {
    zh: '在地图上轻点一个镇街，或用上方搜索框查找。打开地图上的“多选”后，轻点可选多个镇街。',
    en: 'Tap a town on the map, or find one with the search box above. With "Multi-select" on the map turned on, tap to choose several towns.',
  },
  pickTownPointer: {
    zh: '在地图上点击一个镇街，或用上方搜索框查找。按住 Shift 点击（或打开地图上的“多选”）可多选。',
    en: 'Click a town on the map, or find one with the search box above. Shift-click (or turn on "Multi-select" on the map) to choose several.',
  },
  openTownView: { zh: '打开镇街视图', en: 'Open the town view' },
  neighboursTitle: { zh: '相邻镇街（{count}）', en: 'Adjacent towns ({count})' },
  neighbours: { zh: '相邻镇街', en: 'Adjacent towns' },
  sharedBorder: { zh: '共同边界 {length}', en: 'shared border {length}' },
  selectedCount: { zh: '已选 {count} 个镇街', en: '{count} towns selected' },
  removeFromSelection: { zh: '从选择中移除 {name}', en: 'Remove {name} from the selection' },
  // Spatial query
  spatialQuery: { zh: '空间查询', en: 'Spatial query' },
  selectedArea: { zh: '所选面积', en: 'Selected area' },
  selectedAreaText: { zh: '已选 {count} 个镇街：合计 {area}，占全市 {share}', en: '{count} towns selected: {area} in all, {share} of the city' },
  around: { zh: '{town} 周边', en: 'Around {town}, towns within' },
  distanceKm: { zh: '距离（公里）', en: 'Distance (km)' },
  townsWithinKm: { zh: '公里内的镇街', en: 'km' },
  townsWithin: { zh: '距离范围内的镇街', en: 'Towns within the distance' },
  touching: { zh: '相接', en: 'adjacent' },
  none: { zh: '无', en: 'None' },
  selectAllAndMeasure: { zh: '全部选中并计算面积', en: 'Select all and measure the area' },
  clickedPoint: { zh: '点击位置', en: 'Clicked point' },
  clickedAt: { zh: '点击位置 {lon}°E, {lat}°N：', en: 'Clicked at {lon}°E, {lat}°N: ' },
  outsideCity: { zh: '不在东莞市范围内', en: 'outside Dongguan' },
  overlapHere: { zh: '（边界数据在此重叠）', en: ' (the boundary data overlap here)' },
  // Search
  searchTowns: { zh: '搜索镇街', en: 'Search towns' },
  searchPlaceholder: { zh: '搜索镇街或布局（如 长安）', en: 'Search towns or layouts' },
  searchResults: { zh: '搜索结果', en: 'Search results' },
  noResults: { zh: '没有名为“{query}”的镇街或布局元素', en: 'No town or layout element called "{query}"' },
  noBoundary: { zh: '无边界 · {note}', en: 'no boundary · {note}' },
  layoutElement: { zh: '{plan}{badge} · 布局元素', en: '{plan}{badge} · layout element' },
  unmappedChosen: {
    zh: '{name}：{note}。已选中{within}；它的指标在「指标」表中单列。',
    en: '{name}: {note}. {within} selected; its quotas have their own row in the quota table.',
  },
  // Notices
  collapse: { zh: '收起', en: 'Less' },
  details: { zh: '详情', en: 'Details' },
  closeNotice: { zh: '关闭提示', en: 'Close the notice' },
  olderNoticesShow: { zh: '展开较早的 {count} 条提示', en: 'Show {count} earlier notices' },
  olderNoticesHide: { zh: '收起较早的 {count} 条提示', en: 'Hide {count} earlier notices' },
  closeOlderNotices: { zh: '关闭较早的提示', en: 'Close the earlier notices' },
  // Legend box
  legendFoldSetting: { zh: '图例折叠设置', en: 'legend folding setting' },
  showLegend: { zh: '显示图例 ▸', en: 'Show legend ▸' },
  hideLegend: { zh: '收起图例 ▾', en: 'Hide legend ▾' },
  mapLegend: { zh: '地图图例', en: 'Map legend' },
  // The map by keyboard
  keyboardHelp: {
    zh: '镇街地图：方向键在镇街之间移动，Enter 选择，Shift+Enter 加入或移出选择，Esc 退出。',
    en: 'Town map: arrow keys move between towns, Enter selects, Shift+Enter adds to or removes from the selection, Esc leaves.',
  },
  noTownThatWay: { zh: '{town}：这个方向没有镇街了', en: '{town}: no more towns in this direction' },
  alreadySelected: { zh: '（已选）', en: ' (selected)' },
  removedFromSelection: { zh: '已移出选择：{name}', en: 'Removed from the selection: {name}' },
  addedToSelection: { zh: '已加入选择：{name}，共 {count} 个', en: 'Added to the selection: {name}; {count} in all' },
  selected: { zh: '已选择：{name}', en: 'Selected: {name}' },
  leftTowns: { zh: '已离开镇街', en: 'Left the towns' },
});

/** The plan targets' panels (src/panels/targets): the timeline of plan periods and each plan's target table. */
export const targetPanelMessages = defineMessages({
  periods: { zh: '规划期', en: 'Plan periods' },
  periodLine: { zh: '{period}，目标年 {years}', en: '{period}; target years {years}' },
  yearTarget: { zh: '{year} 年目标', en: '{year} target' },
  timelineNote: {
    zh: '“百千万工程”实施方案设 2023、2025 年两档目标；轴上数字为年份后两位。',
    en: 'The "Hundred-Thousand-Ten-Thousand Project" plan sets targets for 2023 and 2025; the axis shows the last two digits of each year.',
  },
  barShare: { zh: '{year} 年为{against}的 {share}', en: '{year}: {share} of the {against}' },
  barShareCumulative: { zh: '{year} 年累计为{against}的 {share}', en: '{year} cumulative: {share} of the {against}' },
  barsJoin: { zh: '；', en: '; ' },
  scrollable: { zh: '{title}（可横向滚动）', en: '{title} (scrolls sideways)' },
  indicator: { zh: '指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  baseline: { zh: '（基数）', en: ' (baseline)' },
  against: { zh: '对照目标', en: 'Against the target' },
  source: { zh: '来源：', en: 'Source: ' },
});

/** Save conflicts of plans in the shared record (src/panels/plans). */
export const planConflictMessages = defineMessages({
  summary: { zh: '“{name}”，{elements} 个元素，涉及 {towns} 个镇街{draft}', en: '"{name}": {elements} elements, {towns} towns{draft}' },
  draft: { zh: '，草稿', en: ', draft' },
  onlyMine: { zh: '只在您的版本中：{names}', en: 'Only in your version: {names}' },
  onlyTheirs: { zh: '只在对方的版本中：{names}', en: 'Only in the other version: {names}' },
  join: { zh: '；', en: '; ' },
  label: { zh: '规划保存冲突', en: 'Plan save conflicts' },
  title: { zh: '保存冲突：以下规划在您修改时已被他人改动', en: 'Save conflict: someone else changed these plans while you were editing them' },
  yours: { zh: '您的版本（未保存）', en: 'Your version (not saved)' },
  someone: { zh: '他人', en: 'someone else' },
  theirs: { zh: '{who}保存的版本（现在显示的）', en: 'The version saved by {who} (shown now)' },
  inShared: { zh: '共享记录中', en: 'In the shared record' },
  deleted: { zh: '已被删除', en: 'Deleted' },
  overwrite: { zh: '用我的版本覆盖', en: 'Overwrite with my version' },
  saveAgain: { zh: '重新保存我的版本', en: 'Save my version again' },
  takeTheirs: { zh: '采用对方的版本', en: 'Take the other version' },
  dontSave: { zh: '不再保存', en: 'Don\'t save' },
  saveCopy: { zh: '我的版本另存为副本', en: 'Save my version as a copy' },
});
