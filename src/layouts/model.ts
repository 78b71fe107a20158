/**
 * The three planning layouts as data (see ../shared/facts/layouts.md for the facts and their kinds).
 *
 * - plan2018: 一核三带十区, 东莞市重点新兴产业发展规划（2018—2025年）, seed 001, 五、发展布局 and 附件 1.
 * - fyp14: 一城一廊三区多节点, 东莞市科技创新“十四五”规划, seed 000, 第二章 五、发展布局 (the seed's text
 *   prints 五 as `勅`; 四 is 发展目标) and 第八章 二.
 * - pianqu: the city's six 片区 (园区统筹组团发展): names from a dated outside source, towns derived.
 * - platforms: the 战略平台 seed 002 lists (松山湖, 滨海湾, 水乡新城, 银瓶合作创新区 等), plus two sites
 *   seed 001 names in other roles (东部工业园区, 松山湖大学创新城), each with its own source and kind.
 *
 * Names (nameZh, roles) and figures are quoted from the documents; every description is written in
 * our own words. Member town names are the boundary file's names; short forms are resolved here.
 */
import { resolveTownName } from '../towns/townFacts';
import type { FactKind, LayoutElement, Member, PlanGroup, RoleKind, RoleWording, SourceRef } from './types';

// ---------------------------------------------------------------------------------------------
// Documents and outside sources

export const DOC_PLAN2018 = '东莞市重点新兴产业发展规划（2018—2025年）';
export const SEED_PLAN2018 = '001_1638d4570d45b92e.txt';
export const DOC_FYP14 = '东莞市科技创新“十四五”规划';
export const SEED_FYP14 = '000_6cb375d06ff92375.txt';
export const DOC_BAIQIANWAN = '东莞市科技支撑“百县千镇万村高质量发展工程”构建更高水平城乡融合发展格局的实施方案';
export const SEED_BAIQIANWAN = '002_49608b70eaaf8d8d.txt';
/** The one seed that uses the term 战略平台 (seed 002 二、（二）3), quoted with its 等. */
export const PLATFORM_LIST_QUOTE = '对接松山湖、滨海湾、水乡新城、银瓶合作创新区等战略平台';
const S002_PLATFORMS = '二、工作措施（二）3．强化科技金融赋能作用';
/**
 * On the card of each platform seed 002 lists. The 等 ends a list of platforms, not of towns, so it
 * is a note here and not `openList` (which says an element's member towns are not all named).
 */
const PLATFORM_LIST_NOTE = `战略平台名单出自百千万方案，原文「${PLATFORM_LIST_QUOTE}」，以“等”结尾，所列平台未必齐全`;

/** Dated outside sources (names and dates as recorded in ../shared/facts/layouts.md). */
const OUT = {
  kexuebao: { name: '中国科学报', date: '2021-10-20' },
  nanfang2021: { name: '南方日报', date: '2021-03' },
  nanfang2024: { name: '南方日报', date: '2024-01-30' },
  hkcd: { name: '香港商报', date: '2023-10-11' },
  huagong: { name: '中国化工报', date: '2021-02-23' },
  yinping2023: { name: '银瓶高端装备产业基地相关报道', date: '2023' },
  songshanhuBio2022: { name: '松山湖生物医药产业基地相关报道', date: '2022' },
  /** Lists the nine southern towns (中共东莞市委, adopted 2020-09-25). */
  south2020: { name: '《关于进一步完善区域协调发展格局 推动南部各镇加快高质量发展的意见》（中共东莞市委）', date: '2020-09-25' },
  dgdaily2017: { name: '东莞日报（滨海湾新区三个板块）', date: '2017-06-19' },
  /** Names the six 片区 (“三心六片”), citing 东莞市人民政府; it lists no member towns. */
  pianqu2022: { name: '中商情报网（引东莞市人民政府“三心六片”）', date: '2022-02-14' },
  binhaiPlan2019: { name: '《东莞滨海湾新区发展总体规划（2019-2035年）》（广东省人民政府印发）', date: '2019-06' },
} as const;

/** Facts layouts.md records without a citation: said as such on the card, never given a made-up source. */
const UNCITED = {
  pianqu: '六大片区的镇街名单是市里“园区统筹组团发展”的分组，可信度中等；未找到可引用的文件',
  pianquTowns: '公开来源只给出片区名，不列所含镇街；这里的镇街名单是市里分组的示意，未找到可引用的文件',
  linshen: '临深片区的镇街（塘厦、凤岗、清溪、樟木头）按市里的东南临深片区取，未找到可引用的文件',
  centre: '中心城区按莞城、南城、东城、万江计，未找到可引用的文件',
  shuixiang: '水乡新城的镇街按市里的水乡新城片区取，未找到可引用的文件',
  eastPark: '东部工业园区落在桥头、企石，没有它自己的可引用出处',
} as const;

/** The plan's lists that end in 等 (quoted exactly; checked against the seed). */
const OPEN = {
  semiconductor: '以松山区、寮步镇、大朗镇、企石镇等为节点',
  polymer: '以常平镇、道滘镇等为节点',
  metal: '以松山区、横沥镇、清溪镇等为支点',
} as const;

const S2018 = {
  core: '五、发展布局（一）构建“一核”',
  belts: '五、发展布局（二）打造“三带”',
  clusters: '五、发展布局（三）集聚“十区”；附件 1 十大重点新兴产业集聚区',
};

/** The seed prints the heading 五、发展布局 as `勅、发展布局` (an OCR slip); 四 is 发展目标. */
export const FYP14_LAYOUT_SECTION = '第二章 确立发展新蓝图 五、发展布局';

const SFYP = {
  city: `${FYP14_LAYOUT_SECTION} 1.一城`,
  corridor: `${FYP14_LAYOUT_SECTION} 2.一廊`,
  regions: `${FYP14_LAYOUT_SECTION} 3.三区`,
  bases: `${FYP14_LAYOUT_SECTION} 4.多节点；第八章 二、战略性新兴产业基地创新支撑计划`,
  basis: '第一章 把握发展新态势 一、基础条件',
};

/** Seed 003, the provincial plan: its words on 松山湖科学城, for the 一城 card (quoted names and phrases only). */
export const DOC_GD14 = '广东省科技创新“十四五”规划';
export const SEED_GD14 = '003_f66aef4d493add44.txt';
export const GD14_SCIENCE_CENTRE_SECTION = '第二章 第二节 建设综合性国家科学中心 一、落实综合性国家科学中心规划布局';
/** The exact phrases the 一城 card quotes from seed 003 (checked against the seed in the tests). */
export const GD14_QUOTES = ['以光明科学城、松山湖科学城、南沙科学城等为主要承载区打造综合性国家科学中心', '世界一流生态科学城'] as const;

/** What seed 000 provides for the seven bases (第八章 二; specialised incubators in 第十章 一), in our words. */
export const BASE_SUPPORT_NOTE =
  `${DOC_FYP14}第八章 二、战略性新兴产业基地创新支撑计划：围绕七个基地的方向搭建技术与服务支撑平台，组织关键共性技术攻关，` +
  '支持基地企业建省级工程技术研究中心和企业重点实验室，支持高校院所在基地合建研究、检测和孵化平台，先进成果优先在基地转化；' +
  '第十章 一、孵化载体高质量发展计划：支持在基地内建专业孵化器';

/** A section of one plan, with the outside sources and the uncited note when there are any. */
const sourceIn =
  (document: string, seed: string) =>
  (section: string, outside?: SourceRef['outside'], uncited?: string): SourceRef => ({
    document,
    section,
    seed,
    ...(outside ? { outside: [...outside] } : {}),
    ...(uncited ? { uncited } : {}),
  });

const src2018 = sourceIn(DOC_PLAN2018, SEED_PLAN2018);
const src002 = sourceIn(DOC_BAIQIANWAN, SEED_BAIQIANWAN);
const srcFyp = sourceIn(DOC_FYP14, SEED_FYP14);

// ---------------------------------------------------------------------------------------------
// Member helpers

/** Resolves a short town name; an unknown name is kept as written so that the data tests catch it. */
function town(name: string): string {
  return resolveTownName(name) ?? name;
}

/** A member whose role label is the plan's own words (checked against the seed in the tests). */
function member(
  name: string,
  roleKind: RoleKind,
  role: string,
  factKind: FactKind,
  coverage: Member['coverage'] = 'whole',
  roleWording: RoleWording = 'quote',
): Member {
  return { town: town(name), coverage, roleKind, role, roleWording, factKind };
}

/** A member whose role label is our own summary: shown marked as a paraphrase. */
function ours(name: string, roleKind: RoleKind, role: string, factKind: FactKind, coverage: Member['coverage'] = 'whole'): Member {
  return member(name, roleKind, role, factKind, coverage, 'paraphrase');
}

/** Plain whole-town membership (belts, 片区): no role claimed. */
function plain(names: string[], factKind: FactKind, coverage: Member['coverage'] = 'whole'): Member[] {
  return names.map((n) => member(n, 'member', '成员', factKind, coverage, 'none'));
}

/** Role strength, used to pick the stronger roleKind when a town holds two roles in one element. */
const ROLE_STRENGTH: Record<RoleKind, number> = {
  core: 9,
  rnd: 8,
  assembly: 7,
  components: 6,
  manufacturing: 5,
  focus: 4,
  node: 3,
  site: 2,
  member: 1,
};

const FACT_STRENGTH: Record<FactKind, number> = { stated: 3, sourced: 2, derived: 1 };

/**
 * Merges members that name the same town: one Member with the role labels joined by '、', the
 * stronger roleKind, 'whole' if any part covers the whole town, and the firmer fact kind.
 */
export function mergeMembers(members: Member[]): Member[] {
  const out: Member[] = [];
  for (const m of members) {
    const prev = out.find((o) => o.town === m.town);
    if (!prev) {
      out.push({ ...m });
      continue;
    }
    if (!prev.role.split('、').includes(m.role)) prev.role = `${prev.role}、${m.role}`;
    if (m.roleWording !== prev.roleWording) prev.roleWording = 'paraphrase';
    if (ROLE_STRENGTH[m.roleKind] > ROLE_STRENGTH[prev.roleKind]) prev.roleKind = m.roleKind;
    if (m.coverage === 'whole') prev.coverage = 'whole';
    if (FACT_STRENGTH[m.factKind] > FACT_STRENGTH[prev.factKind]) prev.factKind = m.factKind;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Plan groups

export const PLAN_GROUPS: PlanGroup[] = [
  { id: 'plan2018', nameZh: '一核三带十区', title: '2018 一核三带十区', document: DOC_PLAN2018 },
  { id: 'fyp14', nameZh: '一城一廊三区多节点', title: '“十四五” 一城一廊三区多节点', document: DOC_FYP14 },
  { id: 'pianqu', nameZh: '六大片区', title: '园区统筹组团发展 六大片区', document: '片区名据中商情报网（2022-02-14，引东莞市人民政府“三心六片”）；镇街名单为示意' },
  { id: 'platforms', nameZh: '战略平台', title: '战略平台', document: `${DOC_BAIQIANWAN}（所列战略平台以“等”结尾）；${DOC_FYP14}；${DOC_PLAN2018}` },
];

// ---------------------------------------------------------------------------------------------
// Colours. Checked in model.test.ts: contrast with the town fill, and separation (also under a
// simulated deuteranopia) within the groups a viewer sees together.

const COLOR = {
  // plan2018: core and belts (Okabe-Ito hues for the belts)
  core: '#882255',
  beltWest: '#0072B2',
  beltCentral: '#D55E00',
  beltEast: '#009E73',
  // plan2018: the ten clusters (Paul Tol muted, darkened for a light map) and three sub-clusters
  clusterAi: '#332288',
  clusterIct: '#3A7FB0',
  clusterTerminal: '#117733',
  clusterRobot: '#CC6677',
  clusterEquipment: '#5A5A5A',
  clusterMaterials: '#AA4499',
  clusterNev: '#B8661A',
  clusterBattery: '#2E8B7A',
  clusterBiomed: '#222222',
  clusterMedDevice: '#8C7A2E',
  subSemi: '#6B3FA0',
  subPolymer: '#C2185B',
  subMetal: '#00838F',
  // fyp14: science city, corridor and regions
  scienceCity: '#882255',
  corridor: '#222222',
  regionNorth: '#0072B2',
  regionCentral: '#A0760A',
  regionSouth: '#009E73',
  // fyp14: the seven bases (markers)
  baseBio: '#AA4499',
  baseEast: '#332288',
  baseMaterials: '#117733',
  baseDigital: '#3A7FB0',
  baseNewEnergy: '#CC3311',
  baseLinshen: '#7A6A1E',
  baseYinping: '#5A5A5A',
  // pianqu
  pqChengqu: '#0072B2',
  pqSongshanhu: '#D55E00',
  pqBinhai: '#009E73',
  pqShuixiang: '#AA4499',
  pqDongbu: '#8C6D1F',
  pqLinshen: '#332288',
  // platforms
  pfShuixiang: '#AA4499',
  pfBinhai: '#009E73',
  pfYinping: '#8C6D1F',
  pfEastPark: '#D55E00',
  pfUniversity: '#332288',
  pfSongshanhu: '#882255',
} as const;

// ---------------------------------------------------------------------------------------------
// plan2018: 一核三带十区

const plan2018: LayoutElement[] = [
  {
    id: 'core-songshanhu',
    plan: 'plan2018',
    kind: 'core',
    nameZh: '重点产业发展核心区',
    nameEn: 'Core zone for key industries (Songshan Lake)',
    draw: 'zone',
    members: [member('松山湖', 'core', '核心区', 'stated')],
    source: src2018(S2018.core),
    factKind: 'stated',
    description:
      '“一核”：以松山湖高新区的大科学装置、材料实验室和新型研发机构为动力，作为全市重点产业研发和高技术产业的源头，并承载总部、平台与服务功能。',
    color: COLOR.core,
  },
  {
    id: 'belt-west',
    plan: 'plan2018',
    kind: 'belt',
    nameZh: '西部高端高新产业带',
    nameEn: 'Western high-end and high-tech industry belt',
    draw: 'zone',
    members: plain(['麻涌', '中堂', '望牛墩', '洪梅', '道滘', '长安', '虎门', '沙田', '厚街', '虎门港'], 'derived'),
    source: src2018(S2018.belts, undefined, UNCITED.pianqu),
    factKind: 'derived',
    description:
      '全市西部的一带，借水乡新城和滨海湾新区的“临海”优势对接深圳西部，主攻新材料、新能源和智能终端。镇街名单是示意推导：文件只点名两个平台，这里按市里的水乡新城片区和滨海湾片区取镇。',
    color: COLOR.beltWest,
  },
  {
    id: 'belt-central',
    plan: 'plan2018',
    kind: 'belt',
    nameZh: '中部创新创造产业带',
    nameEn: 'Central innovation and creation industry belt',
    draw: 'zone',
    members: plain(
      ['松山湖', '生态园', '茶山', '寮步', '大朗', '大岭山', '石龙', '石排', '莞城', '南城', '东城', '万江', '高埗', '石碣'],
      'derived',
    ),
    source: src2018(S2018.belts, undefined, UNCITED.pianqu),
    factKind: 'derived',
    description:
      '以松山湖高新区为依托、靠科技创新带动的中间一带，侧重新一代信息技术、新材料、生命科学与生物技术和机器人。镇街范围可信度低：文件只提到松山湖高新区，这里按松山湖片区加中心城区示意。',
    color: COLOR.beltCentral,
  },
  {
    id: 'belt-east',
    plan: 'plan2018',
    kind: 'belt',
    nameZh: '东部智能制造产业带',
    nameEn: 'Eastern intelligent manufacturing industry belt',
    draw: 'zone',
    members: plain(['常平', '谢岗', '东坑', '桥头', '企石', '横沥', '黄江', '塘厦', '清溪', '凤岗', '樟木头'], 'derived'),
    source: src2018(S2018.belts, undefined, UNCITED.pianqu),
    factKind: 'derived',
    description:
      '全市东部制造企业密集的一带，重点是机器人和智能制造。镇街为示意推导：文件只提临深片区，这里按东部产业园片区和东南临深片区取镇。',
    color: COLOR.beltEast,
  },
  {
    id: 'cluster-ai',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '新一代人工智能产业集聚区',
    nameEn: 'New-generation artificial intelligence cluster',
    draw: 'nodes',
    members: [member('松山湖', 'core', '源头创新', 'stated')],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description: '人工智能以松山湖为创新源头，打通从基础研究到应用示范的链条，并鼓励与新材料交叉研究。',
    color: COLOR.clusterAi,
  },
  {
    id: 'cluster-ict',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '新一代信息通信产业集聚区',
    nameEn: 'New-generation information and communication cluster',
    draw: 'nodes',
    members: ['东城', '石龙', '石碣', '黄江', '常平'].map((n) => member(n, 'node', '关键节点', 'stated')),
    source: src2018(S2018.clusters),
    factKind: 'stated',
    openList: ['以东城、石龙、石碣、黄江、常平等镇为关键节点'],
    description:
      '借全市成熟的电子信息产业发展大数据、云计算等信息通信业务并推进智慧城市应用；文件点名的五个节点之后写有“等”，名单未列全。',
    color: COLOR.clusterIct,
  },
  {
    id: 'cluster-terminal',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '智能终端产业集聚区',
    nameEn: 'Smart terminal cluster',
    draw: 'nodes',
    members: [member('松山湖', 'core', '核心', 'stated'), member('长安', 'core', '核心', 'stated')],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description: '松山湖和长安两地并列为核心，重点吸引手机领域的总部和平台项目，主攻研发设计与关键配套。',
    color: COLOR.clusterTerminal,
  },
  {
    id: 'cluster-robot',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '工业机器人产业集聚区',
    nameEn: 'Industrial robot cluster',
    draw: 'nodes',
    members: mergeMembers([
      member('松山湖', 'rnd', '研发中心', 'stated'),
      member('松山湖', 'manufacturing', '制造业重要基地', 'stated'),
      member('桥头', 'manufacturing', '制造业重要基地（东部工业园区）', 'derived', 'partial'),
      member('企石', 'manufacturing', '制造业重要基地（东部工业园区）', 'derived', 'partial'),
      member('谢岗', 'manufacturing', '制造业重要基地（银瓶合作创新区）', 'sourced', 'partial'),
    ]),
    source: src2018(S2018.clusters, [OUT.yinping2023], UNCITED.eastPark),
    factKind: 'stated',
    description:
      '机器人研发放在松山湖大学创新城，制造放在松山湖、东部工业园区和银瓶合作创新区。银瓶只占谢岗的一部分（有公开报道）；东部工业园区落在桥头、企石的一部分，没有可引用的出处，属示意。',
    color: COLOR.clusterRobot,
  },
  {
    id: 'cluster-equipment',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '高端智能制造装备产业集聚区',
    nameEn: 'High-end intelligent manufacturing equipment cluster',
    draw: 'nodes',
    members: [
      member('桥头', 'manufacturing', '制造业重要基地（东部工业园区）', 'derived', 'partial'),
      member('企石', 'manufacturing', '制造业重要基地（东部工业园区）', 'derived', 'partial'),
      member('谢岗', 'manufacturing', '制造业重要基地（银瓶合作创新区）', 'sourced', 'partial'),
      member('塘厦', 'manufacturing', '制造业重要基地（临深片区）', 'derived'),
      member('凤岗', 'manufacturing', '制造业重要基地（临深片区）', 'derived'),
      member('清溪', 'manufacturing', '制造业重要基地（临深片区）', 'derived'),
      member('樟木头', 'manufacturing', '制造业重要基地（临深片区）', 'derived'),
      member('常平', 'node', '培育自主品牌', 'stated'),
    ],
    source: src2018(S2018.clusters, [OUT.yinping2023], `${UNCITED.eastPark}；${UNCITED.linshen}`),
    factKind: 'stated',
    openList: ['支持常平镇等培育自主品牌'],
    description:
      '智能装备制造的主要基地是东部工业园区、银瓶合作创新区和临深片区，并借力深圳的技术资源；做自有品牌的支持对象文件只写了常平“等”，名单未列全。',
    color: COLOR.clusterEquipment,
  },
  // 先进材料: the cluster's members are the union of its three sub-clusters (checked in the tests).
  {
    id: 'cluster-materials',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '先进材料产业集聚区',
    nameEn: 'Advanced materials cluster',
    draw: 'nodes',
    members: mergeMembers([
      member('松山湖', 'node', '节点（第三代半导体材料）', 'stated'),
      member('寮步', 'node', '节点（第三代半导体材料）', 'stated'),
      member('大朗', 'node', '节点（第三代半导体材料）', 'stated'),
      member('企石', 'node', '节点（第三代半导体材料）', 'stated'),
      member('常平', 'node', '节点（高分子材料）', 'stated'),
      member('道滘', 'node', '节点（高分子材料）', 'stated'),
      member('松山湖', 'node', '支点（新型金属材料）', 'stated'),
      member('横沥', 'node', '支点（新型金属材料）', 'stated'),
      member('清溪', 'node', '支点（新型金属材料）', 'stated'),
    ]),
    source: src2018(S2018.clusters),
    factKind: 'stated',
    openList: [OPEN.semiconductor, OPEN.polymer, OPEN.metal],
    description:
      '依托散裂中子源和松山湖材料实验室，分成第三代半导体材料、高分子材料、新型金属材料三个子集聚区；镇街是三者节点的合集，三份名单文件都以“等”结尾。',
    color: COLOR.clusterMaterials,
  },
  {
    id: 'subcluster-semiconductor',
    plan: 'plan2018',
    kind: 'subcluster',
    parentId: 'cluster-materials',
    nameZh: '第三代半导体材料产业集聚区',
    nameEn: 'Third-generation semiconductor materials sub-cluster',
    draw: 'nodes',
    members: ['松山湖', '寮步', '大朗', '企石'].map((n) => member(n, 'node', '节点', 'stated')),
    source: src2018(S2018.clusters),
    factKind: 'stated',
    openList: [OPEN.semiconductor],
    description: '第三代半导体材料以松山湖、寮步、大朗、企石为节点；原文写作“松山区”，此处按松山湖理解。',
    color: COLOR.subSemi,
  },
  {
    id: 'subcluster-polymer',
    plan: 'plan2018',
    kind: 'subcluster',
    parentId: 'cluster-materials',
    nameZh: '高分子材料产业集聚区',
    nameEn: 'Polymer materials sub-cluster',
    draw: 'nodes',
    members: ['常平', '道滘'].map((n) => member(n, 'node', '节点', 'stated')),
    source: src2018(S2018.clusters),
    factKind: 'stated',
    openList: [OPEN.polymer],
    description: '高分子材料点名常平和道滘两个节点，名单以“等”结尾。',
    color: COLOR.subPolymer,
  },
  {
    id: 'subcluster-metal',
    plan: 'plan2018',
    kind: 'subcluster',
    parentId: 'cluster-materials',
    nameZh: '新型金属材料集聚区',
    nameEn: 'New metal materials sub-cluster',
    draw: 'nodes',
    members: ['松山湖', '横沥', '清溪'].map((n) => member(n, 'node', '支点', 'stated')),
    source: src2018(S2018.clusters),
    factKind: 'stated',
    openList: [OPEN.metal],
    description: '新型金属材料以松山湖、横沥、清溪为支点；原文同样写作“松山区”，按松山湖理解。',
    color: COLOR.subMetal,
  },
  {
    id: 'cluster-nev',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '新能源汽车产业集聚区',
    nameEn: 'New energy vehicle cluster',
    draw: 'nodes',
    members: [
      member('麻涌', 'assembly', '整车制造中心', 'stated'),
      member('谢岗', 'components', '关键零部件制造中心', 'stated'),
    ],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description:
      '麻涌负责整车、谢岗负责关键零部件，同时探索氢能汽车；麻涌还要把汽车生产、展示和集散连成一体。',
    color: COLOR.clusterNev,
  },
  {
    id: 'cluster-battery',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '高性能电池产业集聚区',
    nameEn: 'High-performance battery cluster',
    draw: 'nodes',
    members: [
      member('松山湖', 'rnd', '新型电池研发和产业化', 'stated'),
      member('长安', 'manufacturing', '消费类锂电池', 'stated'),
      member('麻涌', 'manufacturing', '动力电池和储能电池', 'stated'),
      member('谢岗', 'manufacturing', '动力电池和储能电池', 'stated'),
    ],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description: '四地分工：松山湖做新型电池的研发与转化，长安做消费电子用锂电池，麻涌和谢岗做动力与储能电池。',
    color: COLOR.clusterBattery,
  },
  {
    id: 'cluster-biomed',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '生物医药产业集聚区',
    nameEn: 'Biomedicine cluster',
    draw: 'nodes',
    members: [
      member('松山湖', 'core', '核心', 'stated'),
      member('石龙', 'node', '节点（药品制造）', 'stated'),
      member('长安', 'node', '节点（药品制造）', 'stated'),
    ],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description: '松山湖是生物医药的研发与集聚核心，石龙和长安凭原有产业基础承担药品生产。',
    color: COLOR.clusterBiomed,
  },
  {
    id: 'cluster-meddevice',
    plan: 'plan2018',
    kind: 'cluster',
    nameZh: '高端医疗器械产业集聚区',
    nameEn: 'High-end medical device cluster',
    draw: 'nodes',
    members: [ours('松山湖', 'core', '集聚核心', 'stated')],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description: '高端医疗器械集中在松山湖高新区，靠招商和孵化专精特新中小企业形成有特色的产业群。',
    color: COLOR.clusterMedDevice,
  },
];

// ---------------------------------------------------------------------------------------------
// fyp14: 一城一廊三区多节点

/** Schematic axes through town label points (derived; not road alignments). */
const CORRIDOR_MAIN_AXIS = ['莞城街道', '南城街道', '东城街道', '松山湖管委会', '黄江镇'];
const CORRIDOR_GUANGSHEN_BELT = ['麻涌镇', '望牛墩镇', '道滘镇', '厚街镇', '虎门镇', '长安镇'];

const fyp14: LayoutElement[] = [
  {
    id: 'science-city-songshanhu',
    plan: 'fyp14',
    kind: 'science-city',
    nameZh: '松山湖科学城',
    nameEn: 'Songshan Lake Science City',
    draw: 'zone',
    members: [
      ours('松山湖', 'core', '大部分区域', 'sourced', 'partial'),
      ours('大朗', 'member', '部分区域', 'sourced', 'partial'),
      ours('大岭山', 'member', '部分区域', 'sourced', 'partial'),
      ours('黄江', 'member', '部分区域', 'sourced', 'partial'),
    ],
    source: srcFyp(SFYP.city, [OUT.kexuebao]),
    factKind: 'sourced',
    description:
      '“一城”：全市科技创新的龙头，和深圳光明科学城一起承担大湾区国家科学中心先行启动区的建设。按 2021 年发布的科学城总体规划报道，范围是松山湖大部分加上大朗、大岭山、黄江的一部分。',
    color: COLOR.scienceCity,
    figures: {
      plannedArea: { text: '核心区约 90.5 km²（含水域）', km2: 90.5 },
      notes: [
        `省级规划：《${DOC_GD14}》${GD14_SCIENCE_CENTRE_SECTION}把松山湖科学城与光明、南沙科学城并列为综合性国家科学中心的主要承载区（原文「${GD14_QUOTES[0]}」），要它在新材料、新一代信息技术、高端装备制造、新能源、生命科学等领域建成「${GD14_QUOTES[1]}」`,
      ],
    },
  },
  {
    id: 'corridor-gsgm',
    plan: 'fyp14',
    kind: 'corridor',
    nameZh: '广深港澳科技创新走廊',
    nameEn: 'Guangzhou-Shenzhen-Hong Kong-Macao S&T innovation corridor',
    draw: 'axis',
    members: [
      ours('莞城', 'node', '主轴（中心城区）', 'derived', 'partial'),
      ours('南城', 'node', '主轴（中心城区）', 'derived', 'partial'),
      ours('东城', 'node', '主轴（中心城区）', 'derived', 'partial'),
      ours('松山湖', 'node', '主轴（松山湖科学城）', 'derived', 'partial'),
      ours('黄江', 'node', '主轴南延（指向深圳光明科学城）', 'derived', 'partial'),
      member('麻涌', 'node', '高科技产业带（水乡新城）', 'derived', 'partial'),
      member('望牛墩', 'node', '高科技产业带（水乡新城）', 'derived', 'partial'),
      member('道滘', 'node', '高科技产业带（水乡新城）', 'derived', 'partial'),
      member('厚街', 'node', '高科技产业带', 'derived', 'partial'),
      member('虎门', 'node', '高科技产业带（滨海湾新区）', 'derived', 'partial'),
      member('长安', 'node', '高科技产业带（滨海湾新区）', 'derived', 'partial'),
    ],
    source: srcFyp(SFYP.corridor),
    factKind: 'stated',
    positioning: [
      { label: '主轴（莞深高速沿线）', quote: '东莞主要的科技创新与研发集聚廊道' },
      { label: '广深高速沿线', quote: '联通广深的高科技产业集聚廊道' },
    ],
    description:
      '“一廊”：主轴是莞深高速连起的中心城区至松山湖科学城一线，向南接深圳光明科学城；另一条是广深高速一侧的高科技产业带，以滨海湾新区和水乡新城为两个增长极。图上两条线只是穿过镇街标注点的示意轴线，不代表道路走向，沿线镇街属推导。',
    color: COLOR.corridor,
    axisPaths: [CORRIDOR_MAIN_AXIS, CORRIDOR_GUANGSHEN_BELT],
  },
  {
    id: 'region-north',
    plan: 'fyp14',
    kind: 'region',
    nameZh: '北部区域',
    nameEn: 'Northern region',
    draw: 'zone',
    members: [
      ...['麻涌', '中堂', '望牛墩', '洪梅', '道滘'].map((n) => ours(n, 'focus', '重点区域（水乡新城）', 'derived')),
      ours('谢岗', 'focus', '重点区域（银瓶合作创新区）', 'sourced', 'partial'),
    ],
    source: srcFyp(SFYP.regions, [OUT.yinping2023], UNCITED.shuixiang),
    factKind: 'stated',
    positioning: [
      { label: '水乡新城', quote: '粤港澳大湾区全面深度融合发展先导区' },
      { label: '银瓶合作创新区', quote: '推进银瓶高端制造业与广州汽车整车制造业的协同发展' },
    ],
    description:
      '北部以水乡新城和银瓶合作创新区为重点，主要借广州的高校与科研资源，并让银瓶的高端制造业和广州的整车生产协同。银瓶只占谢岗一部分（有公开报道），水乡新城五镇按市里的片区示意，面积均为上限。',
    color: COLOR.regionNorth,
  },
  {
    id: 'region-central',
    plan: 'fyp14',
    kind: 'region',
    nameZh: '中部区域',
    nameEn: 'Central region',
    draw: 'zone',
    members: ['莞城', '南城', '东城', '万江'].map((n) => ours(n, 'focus', '重点区域（中心城区）', 'derived')),
    source: srcFyp(SFYP.regions, undefined, UNCITED.centre),
    factKind: 'stated',
    positioning: [
      { label: '中心城区', quote: '科技服务与生产性服务集聚区' },
      { label: '中心城区', quote: '湾区高端服务业集聚发展新高地' },
    ],
    description:
      '中部以中心城区为重点，引入港澳的现代服务业资源，发展科技服务和生产性服务。中心城区按莞城、南城、东城、万江示意，这一划法没有可引用的出处。',
    color: COLOR.regionCentral,
  },
  {
    id: 'region-south',
    plan: 'fyp14',
    kind: 'region',
    nameZh: '南部区域',
    nameEn: 'Southern region',
    draw: 'zone',
    members: ['虎门', '长安', '大岭山', '大朗', '黄江', '樟木头', '凤岗', '塘厦', '清溪'].map((n) =>
      ours(n, 'focus', '重点区域（临深镇街）', 'sourced'),
    ),
    source: srcFyp(SFYP.regions, [OUT.south2020]),
    factKind: 'stated',
    positioning: [{ label: '临深镇街', quote: '深莞深度融合发展样板区' }],
    description:
      '南部以文件所称的临深镇街为重点，参与深圳先行示范区建设，以成果转化和产业协作与深圳深度融合。九个镇的名单取自中共东莞市委 2020 年 9 月 25 日通过的区域协调发展意见（文件名见出处）。',
    color: COLOR.regionSouth,
  },
  {
    id: 'base-songshanhu-biomed',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '松山湖生物医药产业基地',
    nameEn: 'Songshan Lake biomedicine industry base',
    draw: 'base',
    members: [ours('松山湖', 'site', '基地所在（东南部）', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021, OUT.songshanhuBio2022]),
    factKind: 'sourced',
    description: '首批七个基地之一，在松山湖境内，做生物医药、高端医疗器械和智慧医疗，规划用地约 2,489 亩。',
    color: COLOR.baseBio,
    figures: {
      plannedArea: { text: '约 2,489 亩（约 1.66 km²）', km2: 1.66 },
      leadIndustries: ['生物医药', '高端医疗器械', '智慧医疗'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-east-intelligent',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '东部智能制造产业基地',
    nameEn: 'Eastern intelligent manufacturing industry base',
    draw: 'base',
    members: [ours('生态园', 'site', '基地所在', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021, OUT.nanfang2024]),
    factKind: 'sourced',
    description:
      '位于东莞生态园境内，主攻专用设备、自动化装备、智能机器人和高端数控机床。面积与东莞新材料产业基地合计约 10,676 亩（2024 年数据），两者没有分开公布。',
    color: COLOR.baseEast,
    figures: {
      plannedArea: { text: '与东莞新材料产业基地合计约 10,676 亩（约 7.12 km²，2024 年），未分列' },
      leadIndustries: ['专用设备', '自动化装备', '智能机器人', '高端数控机床'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-materials',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '东莞新材料产业基地',
    nameEn: 'Dongguan new materials industry base',
    draw: 'base',
    members: [ours('生态园', 'site', '基地所在（与东部智能制造产业基地同址）', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021, OUT.huagong, OUT.nanfang2024]),
    factKind: 'sourced',
    description:
      '和东部智能制造产业基地同在生态园，聚焦第三代半导体材料、新能源材料和先进功能材料；面积只有两基地合计的 10,676 亩，未单独列出。',
    color: COLOR.baseMaterials,
    figures: {
      plannedArea: { text: '与东部智能制造产业基地合计约 10,676 亩（约 7.12 km²，2024 年），未分列' },
      leadIndustries: ['第三代半导体材料', '新能源材料', '先进功能材料'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-digital',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '东莞数字经济融合发展产业基地',
    nameEn: 'Dongguan digital economy integration industry base',
    draw: 'base',
    members: ['道滘', '洪梅', '中堂', '望牛墩', '麻涌'].map((n) => ours(n, 'site', '基地片区', 'sourced', 'partial')),
    source: srcFyp(SFYP.bases, [OUT.nanfang2021]),
    factKind: 'sourced',
    description: '分布在水乡五镇的数字经济基地，以 5G 和工业互联网为主，兼做智能制造和新材料，规划约 21,000 亩。',
    color: COLOR.baseDigital,
    figures: {
      plannedArea: { text: '约 21,000 亩（约 14.0 km²）', km2: 14.0 },
      leadIndustries: ['5G', '工业互联网', '智能制造', '新材料'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-new-energy',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '东莞新能源产业基地',
    nameEn: 'Dongguan (Shuixiang) new energy industry base',
    draw: 'base',
    members: [ours('麻涌', 'site', '基地所在', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021]),
    factKind: 'sourced',
    description: '也称水乡新能源产业基地，设在麻涌，方向是氢能和燃料电池，规划约 3,000 亩。',
    color: COLOR.baseNewEnergy,
    figures: {
      plannedArea: { text: '约 3,000 亩（约 2.0 km²）', km2: 2.0 },
      leadIndustries: ['氢能', '燃料电池'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-linshen',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '临深新一代电子信息产业基地',
    nameEn: 'Linshen new-generation electronic information industry base',
    draw: 'base',
    members: [ours('塘厦', 'site', '基地所在（五个板块）', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021, OUT.hkcd]),
    factKind: 'sourced',
    description: '在塘厦境内，由五个板块拼成的电子信息基地，规划面积约 22 平方公里。',
    color: COLOR.baseLinshen,
    figures: {
      plannedArea: { text: '约 22 km²（五个板块合计）', km2: 22 },
      leadIndustries: ['新一代电子信息'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
  {
    id: 'base-yinping',
    plan: 'fyp14',
    kind: 'base',
    nameZh: '银瓶高端装备产业基地',
    nameEn: 'Yinping high-end equipment industry base',
    draw: 'base',
    members: [ours('谢岗', 'site', '基地所在（银瓶合作创新区）', 'sourced', 'partial')],
    source: srcFyp(SFYP.bases, [OUT.nanfang2021, OUT.yinping2023]),
    factKind: 'sourced',
    description: '设在谢岗银瓶合作创新区，以高端装备为主，兼顾新一代电子信息和新材料；规划约 21,408 亩，首期约 5,032 亩。',
    color: COLOR.baseYinping,
    figures: {
      plannedArea: { text: '约 21,408 亩（约 14.27 km²），首期约 5,032 亩', km2: 14.27 },
      leadIndustries: ['高端装备', '新一代电子信息', '新材料'],
      notes: [BASE_SUPPORT_NOTE],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// pianqu: 六大片区 (园区统筹组团发展)

/** The 片区 names have a dated outside source; their member towns do not, so they are derived (示意). */
const PIANQU_SOURCE: SourceRef = { outside: [OUT.pianqu2022], uncited: UNCITED.pianquTowns };

function pianqu(
  id: string,
  nameZh: string,
  nameEn: string,
  towns: string[],
  description: string,
  color: string,
): LayoutElement {
  return {
    id,
    plan: 'pianqu',
    kind: 'pianqu',
    nameZh,
    nameEn,
    draw: 'zone',
    members: plain(towns, 'derived'),
    source: { ...PIANQU_SOURCE, outside: [...PIANQU_SOURCE.outside!] },
    factKind: 'derived',
    description,
    color,
  };
}

const pianquElements: LayoutElement[] = [
  pianqu(
    'pianqu-chengqu',
    '城区片区',
    'City centre area',
    ['莞城', '南城', '东城', '万江', '高埗', '石碣'],
    '市中心四个街道连同北侧的高埗、石碣，组成城区片区。',
    COLOR.pqChengqu,
  ),
  pianqu(
    'pianqu-songshanhu',
    '松山湖片区',
    'Songshan Lake area',
    ['松山湖', '生态园', '茶山', '寮步', '大朗', '大岭山', '石龙', '石排'],
    '以松山湖为龙头，把生态园和周边六个镇编为一组协同发展。',
    COLOR.pqSongshanhu,
  ),
  pianqu(
    'pianqu-binhai',
    '滨海湾片区',
    'Binhaiwan Bay area',
    ['长安', '沙田', '虎门', '厚街', '虎门港'],
    '围绕滨海湾新区的片区，这里按长安、沙田、虎门、厚街和虎门港示意。',
    COLOR.pqBinhai,
  ),
  pianqu(
    'pianqu-shuixiang',
    '水乡新城片区',
    'Shuixiang new town area',
    ['麻涌', '中堂', '望牛墩', '洪梅', '道滘'],
    '西北部五个水乡镇组成的片区，也就是常说的水乡新城范围。',
    COLOR.pqShuixiang,
  ),
  pianqu(
    'pianqu-dongbu',
    '东部产业园片区',
    'Eastern industrial park area',
    ['常平', '谢岗', '东坑', '桥头', '企石', '横沥', '黄江'],
    '东部七个镇编成的产业园区片区，制造业是主体。',
    COLOR.pqDongbu,
  ),
  pianqu(
    'pianqu-linshen',
    '东南临深片区',
    'South-eastern area bordering Shenzhen',
    ['塘厦', '清溪', '凤岗', '樟木头'],
    '东南部的塘厦、清溪、凤岗、樟木头四镇编成一个片区。',
    COLOR.pqLinshen,
  ),
];

// ---------------------------------------------------------------------------------------------
// platforms: the 战略平台 of seed 002 (its list ends with 等) and two sites seed 001 names in other roles.
// Where only a town is known, the town is drawn as partial.

const platforms: LayoutElement[] = [
  {
    id: 'platform-songshanhu',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '松山湖',
    nameEn: 'Songshan Lake',
    draw: 'zone',
    members: [member('松山湖', 'core', '战略平台', 'stated')],
    source: src002(S002_PLATFORMS),
    factKind: 'stated',
    description: '百千万方案列出的战略平台之一，天使投资子基金的对接对象；松山湖是独立的功能区，按整个单元画出。',
    color: COLOR.pfSongshanhu,
    figures: { notes: [PLATFORM_LIST_NOTE] },
  },
  {
    id: 'platform-shuixiang',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '水乡新城',
    nameEn: 'Shuixiang New Town',
    draw: 'zone',
    members: plain(['麻涌', '中堂', '望牛墩', '洪梅', '道滘'], 'derived'),
    source: { ...src002(S002_PLATFORMS), uncited: UNCITED.shuixiang },
    factKind: 'derived',
    description:
      '百千万方案列出的战略平台之一，十四五规划又把它作为广深高速一侧的增长极和北部区域的重点；镇街按市里水乡新城片区的五个镇示意。',
    color: COLOR.pfShuixiang,
    positioning: [{ label: '北部区域', quote: '粤港澳大湾区全面深度融合发展先导区' }],
    figures: { notes: [PLATFORM_LIST_NOTE, `另见${DOC_FYP14}：${SFYP.corridor}；${SFYP.regions}`] },
  },
  {
    id: 'platform-binhaiwan',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '滨海湾新区',
    nameEn: 'Binhaiwan Bay Area',
    draw: 'zone',
    members: plain(['长安', '虎门'], 'sourced', 'partial'),
    source: { ...src002(S002_PLATFORMS), outside: [OUT.dgdaily2017, OUT.binhaiPlan2019] },
    factKind: 'sourced',
    description:
      '百千万方案写作“滨海湾”的战略平台，十四五规划称已认定为省级高新区；陆域在长安（交椅湾）和虎门（沙角半岛、威远岛）境内，边界文件里没有它自己的图形，所以只把这两个镇画成部分。',
    color: COLOR.pfBinhai,
    figures: {
      plannedArea: { text: '规划面积 84.1 km²（陆域 51.8 km²，海域 32.3 km²）' },
      notes: [PLATFORM_LIST_NOTE, '统计用区划代码 441900404；在指标表中单列，不画图形、不计面积', `另见${DOC_FYP14}：${SFYP.basis}；${SFYP.corridor}`],
    },
  },
  {
    id: 'platform-yinping',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '银瓶合作创新区',
    nameEn: 'Yinping Cooperative Innovation Zone',
    draw: 'zone',
    members: plain(['谢岗'], 'sourced', 'partial'),
    source: { ...src002(S002_PLATFORMS), outside: [OUT.yinping2023], uncited: '未找到它涉及谢岗以外镇街的公开资料' },
    factKind: 'sourced',
    description: '百千万方案列出的战略平台之一，十四五规划要它的高端制造业与广州整车制造协同；公开资料只把它落在谢岗，画作谢岗的一部分。',
    color: COLOR.pfYinping,
    figures: { notes: [PLATFORM_LIST_NOTE, `另见${DOC_FYP14}：${SFYP.regions}`] },
  },
  {
    id: 'platform-east-park',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '东部工业园区',
    nameEn: 'Eastern Industrial Park',
    draw: 'zone',
    members: plain(['桥头', '企石'], 'derived', 'partial'),
    source: src2018(S2018.clusters, undefined, UNCITED.eastPark),
    factKind: 'derived',
    description:
      '不在百千万方案所列的战略平台之中：重点新兴产业规划把它列为机器人和智能装备的制造基地；范围只知道在桥头、企石，画作两镇一部分的示意。',
    color: COLOR.pfEastPark,
  },
  {
    id: 'platform-university-city',
    plan: 'platforms',
    kind: 'platform',
    nameZh: '松山湖大学创新城',
    nameEn: 'Songshan Lake University Innovation City',
    draw: 'zone',
    members: [member('松山湖', 'rnd', '机器人科技研发中心', 'stated', 'partial')],
    source: src2018(S2018.clusters),
    factKind: 'stated',
    description:
      '不在百千万方案所列的战略平台之中：重点新兴产业规划把它点名为机器人研发中心，在松山湖境内；具体范围没有公开，画作松山湖的一部分。',
    color: COLOR.pfUniversity,
  },
];

/** Every layout element, in plan order (PLAN_GROUPS) and then in the order the plan lists them. */
export const LAYOUT_ELEMENTS: LayoutElement[] = [...plan2018, ...fyp14, ...pianquElements, ...platforms];
