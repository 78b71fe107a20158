// i18n-exempt-file: the 35 units' names, short names and types are data (the boundary file's spelling, the join key); their words for the screen are in src/i18n/catalogue/towns.ts
import { townMessages } from '../i18n/catalogue/towns';
import { t } from '../i18n/messages';

/**
 * Facts about Dongguan's 35 town-level units, written by hand.
 *
 * `code` is the 9-digit 统计用区划代码 (National Bureau of Statistics division code, 2023 edition;
 * the NBS lists 东莞港 for the unit the boundary file calls 虎门港管委会, and 滨海湾新区 441900404 has
 * no polygon of its own, so it is not a unit here). `name` is spelled exactly as in the boundary
 * file, which is the key everything else joins on.
 */
export type TownType = '镇' | '街道' | '功能区';

export interface TownFact {
  name: string;
  shortName: string;
  code: string;
  type: TownType;
  pinyin: string;
  /** The short English form map labels use where it is not the pinyin (the Chinese short name drops a word too). */
  shortEn?: string;
}

export const TOWN_FACTS: readonly TownFact[] = [
  { name: '东城街道', shortName: '东城', code: '441900003', type: '街道', pinyin: 'Dongcheng' },
  { name: '南城街道', shortName: '南城', code: '441900004', type: '街道', pinyin: 'Nancheng' },
  { name: '万江街道', shortName: '万江', code: '441900005', type: '街道', pinyin: 'Wanjiang' },
  { name: '莞城街道', shortName: '莞城', code: '441900006', type: '街道', pinyin: 'Guancheng' },
  { name: '石碣镇', shortName: '石碣', code: '441900101', type: '镇', pinyin: 'Shijie' },
  { name: '石龙镇', shortName: '石龙', code: '441900102', type: '镇', pinyin: 'Shilong' },
  { name: '茶山镇', shortName: '茶山', code: '441900103', type: '镇', pinyin: 'Chashan' },
  { name: '石排镇', shortName: '石排', code: '441900104', type: '镇', pinyin: 'Shipai' },
  { name: '企石镇', shortName: '企石', code: '441900105', type: '镇', pinyin: 'Qishi' },
  { name: '横沥镇', shortName: '横沥', code: '441900106', type: '镇', pinyin: 'Hengli' },
  { name: '桥头镇', shortName: '桥头', code: '441900107', type: '镇', pinyin: 'Qiaotou' },
  { name: '谢岗镇', shortName: '谢岗', code: '441900108', type: '镇', pinyin: 'Xiegang' },
  { name: '东坑镇', shortName: '东坑', code: '441900109', type: '镇', pinyin: 'Dongkeng' },
  { name: '常平镇', shortName: '常平', code: '441900110', type: '镇', pinyin: 'Changping' },
  { name: '寮步镇', shortName: '寮步', code: '441900111', type: '镇', pinyin: 'Liaobu' },
  { name: '樟木头镇', shortName: '樟木头', code: '441900112', type: '镇', pinyin: 'Zhangmutou' },
  { name: '大朗镇', shortName: '大朗', code: '441900113', type: '镇', pinyin: 'Dalang' },
  { name: '黄江镇', shortName: '黄江', code: '441900114', type: '镇', pinyin: 'Huangjiang' },
  { name: '清溪镇', shortName: '清溪', code: '441900115', type: '镇', pinyin: 'Qingxi' },
  { name: '塘厦镇', shortName: '塘厦', code: '441900116', type: '镇', pinyin: 'Tangxia' },
  { name: '凤岗镇', shortName: '凤岗', code: '441900117', type: '镇', pinyin: 'Fenggang' },
  { name: '大岭山镇', shortName: '大岭山', code: '441900118', type: '镇', pinyin: 'Dalingshan' },
  { name: '长安镇', shortName: '长安', code: '441900119', type: '镇', pinyin: "Chang'an" },
  { name: '虎门镇', shortName: '虎门', code: '441900121', type: '镇', pinyin: 'Humen' },
  { name: '厚街镇', shortName: '厚街', code: '441900122', type: '镇', pinyin: 'Houjie' },
  { name: '沙田镇', shortName: '沙田', code: '441900123', type: '镇', pinyin: 'Shatian' },
  { name: '道滘镇', shortName: '道滘', code: '441900124', type: '镇', pinyin: 'Daojiao' },
  { name: '洪梅镇', shortName: '洪梅', code: '441900125', type: '镇', pinyin: 'Hongmei' },
  { name: '麻涌镇', shortName: '麻涌', code: '441900126', type: '镇', pinyin: 'Machong' },
  { name: '望牛墩镇', shortName: '望牛墩', code: '441900127', type: '镇', pinyin: 'Wangniudun' },
  { name: '中堂镇', shortName: '中堂', code: '441900128', type: '镇', pinyin: 'Zhongtang' },
  { name: '高埗镇', shortName: '高埗', code: '441900129', type: '镇', pinyin: 'Gaobu' },
  { name: '松山湖管委会', shortName: '松山湖', code: '441900401', type: '功能区', pinyin: 'Songshan Lake' },
  { name: '虎门港管委会', shortName: '虎门港', code: '441900402', type: '功能区', pinyin: 'Humen Port (Dongguan Port)', shortEn: 'Humen Port' },
  { name: '东莞生态园', shortName: '生态园', code: '441900403', type: '功能区', pinyin: 'Dongguan Ecological Park', shortEn: 'Ecological Park' },
];

export const TOWN_NAMES: readonly string[] = TOWN_FACTS.map((t) => t.name);

const byName = new Map(TOWN_FACTS.map((t) => [t.name, t]));
const byShortName = new Map(TOWN_FACTS.map((t) => [t.shortName, t]));

/** A unit's type as shown, in the page's language: the plans call the 功能区 园区 (镇街（园区）, seed 004), so that word stands beside it. */
export function townTypeLabel(type: string): string {
  if (type === '功能区') return t(townMessages.typeFunctionalZone);
  if (type === '镇') return t(townMessages.typeTown);
  if (type === '街道') return t(townMessages.typeSubdistrict);
  return type;
}

export function townFact(name: string): TownFact | undefined {
  return byName.get(name);
}

export function isTownName(name: string): boolean {
  return byName.has(name);
}

/** Resolves a full name ("长安镇") or the short form the plan documents use ("长安", "松山湖"). */
export function resolveTownName(nameOrShort: string): string | undefined {
  const trimmed = nameOrShort.trim();
  return byName.get(trimmed)?.name ?? byShortName.get(trimmed)?.name;
}
