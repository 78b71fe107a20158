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

