import { defineMessages } from '../messages';

/** The map: its controls, attribution, legend rows and the Canvas2D renderer's words. */
export const mapMessages = defineMessages({
  mapLabel: { zh: '东莞镇街地图', en: 'Map of the towns of Dongguan' },
  noWebgl2: { zh: '此浏览器不支持 WebGL2，地图以 Canvas2D 简化绘制（无动画）', en: 'This browser has no WebGL2: the map is drawn in a simpler way with Canvas2D (no animation)' },
  zoomToCity: { zh: '缩放到全市', en: 'Zoom to the whole city' },
  /** The button is small and sits beside 多选: a short word. */
  wholeCity: { zh: '全市', en: 'City' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  scaleKm: { zh: '{n} 公里', en: '{n} km' },
  scaleM: { zh: '{n} 米', en: '{n} m' },
  unsupportedExpression: { zh: 'Canvas2D 渲染器不支持此样式表达式：{expression}', en: 'The Canvas2D renderer does not support this style expression: {expression}' },
  mapClosed: { zh: '地图已关闭', en: 'The map has been closed' },
  boundarySource: { zh: '边界数据：{source}', en: 'Boundaries: {source}' },
  importedBoundaries: { zh: '边界数据：用户导入（{file}）', en: 'Boundaries: imported by a user ({file})' },
  schematicNotice: { zh: '边界为示意，不可用于测绘', en: 'Boundaries are schematic, not for surveying' },
  /** The attribution's line in English (appMessages.translationNote, short enough for one line under the map). */
  translatedNames: { zh: '地名和规划要素的英文为本应用的翻译', en: 'English names of places and plan elements: our translation' },
  /** A role the plan words so, translated, in the English legend (the Chinese is on the info card). */
  /** Straight quotes: the map's CJK font draws “ ” full width. */
  quotedRole: { zh: '「{role}」', en: '"{role}"' },
  // Legend
  legendTitle: { zh: '图例', en: 'Legend' },
  selection: { zh: '选中的镇街（轮廓）', en: 'Selected towns (outline)' },
  openList: { zh: '（等，未列全）', en: ' (list not complete)' },
  schematic: { zh: '（示意）', en: ' (schematic)' },
  partialHatch: { zh: '{name}（部分镇街，斜线）', en: '{name} (towns in part, hatched)' },
  roleRow: { zh: '{name}：{roles}', en: '{name}: {roles}' },
  rolePartial: { zh: '（部分）', en: ' (part)' },
  axis: { zh: '{name}（示意轴线）', en: '{name} (schematic axis)' },
  baseArea: { zh: '{name}（{area}）', en: '{name} ({area})' },
  // Colours the plan editor offers
  colourBlue: { zh: '蓝', en: 'blue' },
  colourVermilion: { zh: '朱红', en: 'vermilion' },
  colourBluishGreen: { zh: '青绿', en: 'bluish green' },
  colourWine: { zh: '酒红', en: 'wine' },
  colourIndigo: { zh: '靛蓝', en: 'indigo' },
  colourDarkGreen: { zh: '深绿', en: 'dark green' },
  colourPurple: { zh: '紫红', en: 'purple' },
  colourOchre: { zh: '赭黄', en: 'ochre' },
  colourBrick: { zh: '砖红', en: 'brick red' },
  colourGrey: { zh: '灰', en: 'grey' },
  colourInk: { zh: '墨黑', en: 'ink black' },
  colourSteelBlue: { zh: '钢蓝', en: 'steel blue' },
  colourFormat: { zh: '颜色应写作 #RRGGBB', en: 'Write the colour as #RRGGBB' },
  colourLabelContrast: {
    zh: '镇街名称在此颜色的填色上对比度只有 {ratio}:1（至少 {min}:1），看不清',
    en: 'Town names on this fill have a contrast of only {ratio}:1 (at least {min}:1): hard to read',
  },
  colourGraphicContrast: {
    zh: '此颜色在地图底色上对比度只有 {ratio}:1（至少 {min}:1），边线和标记看不清',
    en: 'This colour has a contrast of only {ratio}:1 on the map (at least {min}:1): outlines and markers are hard to see',
  },
  problemsJoin: { zh: '；', en: '; ' },
});

