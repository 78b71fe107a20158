import { defineMessages } from '../messages';

/** Words about the towns themselves: their types and the unit without a boundary. */
export const townMessages = defineMessages({
  typeTown: { zh: '镇', en: 'town' },
  typeSubdistrict: { zh: '街道', en: 'subdistrict' },
  /** The plans call the 功能区 园区 (镇街（园区）, seed 004), so that word stands beside it. */
  typeFunctionalZone: { zh: '功能区（文件称园区）', en: 'functional zone (the plans say “园区”, park)' },
  binhaiwanNote: {
    zh: '边界数据中没有它自己的边界，范围在长安镇和虎门镇境内',
    en: "the boundary data has no boundary of its own for it: it lies within Chang'an and Humen",
  },
});
