import { defineMessages } from '../messages';

/** Exports: the PNG of a view, the deck as PDF, PNG zip and PowerPoint, and their file names. */
export const exportMessages = defineMessages({
  appTitle: { zh: '东莞规划布局图', en: 'Dongguan Planning Map' },
  deckTitle: { zh: '{title} 汇报', en: '{title} presentation' },
  dateLine: { zh: '制图日期 {date}', en: 'Map date {date}' },
  legendTitle: { zh: '{title}（图例）', en: '{title} (legend)' },
  legendFile: { zh: '{title}-图例', en: '{title}-legend' },
  legendAlt: { zh: '图例', en: 'Legend' },
  mapAlt: { zh: '地图：{title}', en: 'Map: {title}' },
  northArrowAlt: { zh: '指北针和比例尺', en: 'North arrow and scale bar' },
  figureAlt: { zh: '图表：{title}', en: 'Figure: {title}' },
  exportEnded: { zh: '导出已结束', en: 'The export has ended' },
  // A slide's figure on an exported page (the same words as the 规划目标 view's timeline and tables).
  figPeriodsTitle: { zh: '规划期', en: 'Plan periods' },
  figPeriodYears: { zh: '{years}，目标年 {targets}', en: '{years}, target years {targets}' },
  figListSep: { zh: '、', en: ', ' },
  figPeriodsNote: { zh: '“百千万工程”实施方案设 2023、2025 年两档目标；轴上数字为年份后两位。', en: 'The Hundred-Thousand-Ten-Thousand Project plan sets targets for 2023 and 2025; the axis shows the last two digits of each year.' },
  figBaseline: { zh: '（基数）', en: ' (baseline)' },
  figIndicator: { zh: '指标', en: 'Indicator' },
  figUnit: { zh: '单位', en: 'Unit' },
  figAgainst: { zh: '对照目标', en: 'Against the target' },
  figSource: { zh: '来源：《{document}》{section}', en: 'Source: 《{document}》{section}' },
  untitled: { zh: '（无标题）', en: '(untitled)' },
  legendSymbolFailed: { zh: '图例符号无法绘制', en: 'A legend symbol could not be drawn' },
  noCanvas: { zh: '浏览器无法创建画布', en: 'The browser could not create a canvas' },
  pngFailed: { zh: '图片编码失败', en: 'The image could not be encoded' },
  noSlides: { zh: '没有可导出的幻灯片', en: 'There are no slides to export' },
  pdfSubject: { zh: '{title}（{count} 页）', en: '{title} ({count} pages)' },
  pdfKeywords: { zh: '东莞, 规划布局', en: 'Dongguan, planning layout' },
  pptxSubject: { zh: '{title}（{count} 张）', en: '{title} ({count} slides)' },
  failed: { zh: '导出失败：{error}', en: 'Export failed: {error}' },
  cancelled: { zh: '已取消', en: 'Cancelled' },

  // Buttons
  exportDeck: { zh: '导出汇报', en: 'Export the presentation' },
  exportPdf: { zh: '导出 PDF', en: 'Export PDF' },
  exportZip: { zh: '导出 PNG 压缩包', en: 'Export PNG zip' },
  exportPptx: { zh: '导出 PowerPoint', en: 'Export PowerPoint' },
  /** The buttons' faces in English drop "Export" (the group says it), so the presenter toolbar keeps to one row. */
  pdfFace: { zh: '导出 PDF', en: 'PDF' },
  zipFace: { zh: '导出 PNG 压缩包', en: 'PNG zip' },
  pptxFace: { zh: '导出 PowerPoint', en: 'PowerPoint' },
  progress: { zh: '导出进度', en: 'Export progress' },
  exportingPage: { zh: '正在导出第 {n}/{total} 页…', en: 'Exporting page {n}/{total}…' },
  packing: { zh: '正在打包…', en: 'Packing…' },
  cancelExport: { zh: '取消导出', en: 'Cancel export' },
  exportImage: { zh: '导出图片', en: 'Export image' },
  exportPng: { zh: '导出 PNG {width}×{height}', en: 'Export PNG {width}×{height}' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  legendSavedApart: { zh: '图例在图上放不下，已另存为第二张图：{name}', en: 'The legend did not fit on the image: saved as a second image, {name}' },

  // What a view shows ('一核三带十区：西部高端高新产业带、东部智能制造产业带')
  planElements: { zh: '{plan}：{elements}', en: '{plan}: {elements}' },
  andMore: { zh: '{names}等 {count} 项', en: '{names} and others ({count} in all)' },
  cityTowns: { zh: '东莞市 · {towns}', en: 'Dongguan · {towns}' },
  cityAllTowns: { zh: '东莞市镇街', en: 'Dongguan\'s towns' },
  city: { zh: '东莞市', en: 'Dongguan' },

  // File names: 长安镇-镇街视图-2026-11-24-1920x1080.png, 汇报-03-三带.png, 汇报-2026-11-24-16张.pptx
  plannerView: { zh: '规划图', en: 'planning-map' },
  slideFile: { zh: '汇报-{n}{subject}.png', en: 'slide-{n}{subject}.png' },
  deckFile: { zh: '汇报-{date}-{count}张', en: 'presentation-{date}-{count}-slides' },
  zipFile: { zh: '{base}-图片.zip', en: '{base}-images.zip' },
});
