import { defineMessages } from '../messages';

/** The printed page's map (src/modes/print): north arrow, print date, the schematic notice. */
export const printMessages = defineMessages({
  northArrow: { zh: '指北针（上为北）', en: 'North arrow (north is up)' },
  north: { zh: '北', en: 'N' },
  captionStart: { zh: '上为北 · 打印日期 ', en: 'North is up · printed ' },
  mapNotReady: { zh: '地图仍在载入，未能印出；请稍候片刻再打印。', en: 'The map was still loading and could not be printed; wait a moment and print again.' },
  captionEnd: { zh: ' · 边界为示意，不可用于测绘', en: ' · boundaries are schematic, not for surveying' },
});
