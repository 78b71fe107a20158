/**
 * The quota model: which numbers exist (per unit, per year), and the plan's own targets, each
 * with the document and section it comes from.
 *
 * Sources (see ../shared/seeds): the 三年行动计划 (seed 004) sets the city-wide yearly targets and
 * the per-unit discovery quotas; its landing quotas sit in an annex table (附表) that the public
 * text does not contain, so landing quotas are entered or imported by the user, never invented.
 * The 百千万 programme (seed 002) sets the town-level targets for 2023 and 2025.
 */
import type { SourceRef } from '../layouts/types';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';

export const YEARS = [2025, 2026, 2027] as const;
export type Year = (typeof YEARS)[number];

export function isYear(value: unknown): value is Year {
  return typeof value === 'number' && (YEARS as readonly number[]).includes(value);
}

/** The two things a unit is asked to do each year. */
export type Metric = 'discovery' | 'landing';
export const METRICS: readonly Metric[] = ['discovery', 'landing'];

/** A quota (what is asked) or an actual (what was achieved). */
export type Kind = 'quota' | 'actual';

/** The four numbers kept per unit and year. */
export type QuotaField = 'discovery_quota' | 'landing_quota' | 'discovery_actual' | 'landing_actual';
export const QUOTA_FIELDS: readonly QuotaField[] = ['discovery_quota', 'landing_quota', 'discovery_actual', 'landing_actual'];

export function isQuotaField(value: unknown): value is QuotaField {
  return typeof value === 'string' && (QUOTA_FIELDS as readonly string[]).includes(value);
}

export function fieldOf(metric: Metric, kind: Kind): QuotaField {
  return `${metric}_${kind}` as QuotaField;
}

/** Short Chinese labels, used in tables, CSV headers and accessible names. */
export const FIELD_LABELS: Record<QuotaField, string> = {
  discovery_quota: '发现指标',
  landing_quota: '落地指标',
  discovery_actual: '发现实际',
  landing_actual: '落地实际',
};

export const METRIC_LABELS: Record<Metric, string> = { discovery: '发现', landing: '落地' };

/** What each metric counts, in the plan's own terms. */
export const METRIC_DESCRIPTIONS: Record<Metric, string> = {
  discovery: '发现科技成果和挖掘企业真实技术需求',
  landing: '培育转化落地科技成果和促成技术开发合作',
};

/** Largest count accepted anywhere (typed, imported, loaded); the plan's figures are in the hundreds. */
export const MAX_COUNT = 1_000_000;


export const ACTION_PLAN_TITLE = '东莞市加快科技成果产业化三年行动计划（2025—2027）';
export const BAIQIANWAN_TITLE =
  '东莞市科技支撑“百县千镇万村高质量发展工程”构建更高水平城乡融合发展格局的实施方案';

export const SOURCES = {
  goals: { document: ACTION_PLAN_TITLE, section: '二、工作目标', seed: '004_fbf55dc86c36bb7d.txt' },
  discovery: {
    document: ACTION_PLAN_TITLE,
    section: '三、（三）1．成果发现机制',
    seed: '004_fbf55dc86c36bb7d.txt',
  },
  landing: {
    document: ACTION_PLAN_TITLE,
    section: '三、（三）3．成果落地服务机制',
    seed: '004_fbf55dc86c36bb7d.txt',
  },
  baiqianwan: { document: BAIQIANWAN_TITLE, section: '一、总体要求（二）目标任务', seed: '002_49608b70eaaf8d8d.txt' },
} as const satisfies Record<string, SourceRef>;

/** 《document》section, or what stands for an uncited fact. The quota figures always cite a document. */
export function citation(source: SourceRef): string {
  return source.document ? `《${source.document}》${source.section ?? ''}` : (source.uncited ?? '');
}

/**
 * Units counted as 高新区 for the ≥25 rule, by default: 松山湖 only. Seed 000 (第一章 一、基础条件)
 * says 滨海湾新区 was recognised as a provincial 高新区, but the action plan does not say its 高新区
 * means more than 松山湖; the user can mark it (or others) like a 创新强镇.
 */
export const DEFAULT_HIGH_TECH_ZONES: readonly string[] = ['松山湖管委会'];
export const HIGH_TECH_ZONE_REASON =
  '默认只有松山湖（国家级高新区）。十四五规划第一章称滨海湾新区已认定为省级高新区，但三年行动计划未写明其“高新区”是否包括它，可在此标记。';

/** Discovery quota per unit and year (三、（三）1): 高新区 and each 创新强镇 at least 25, others at least 5. */
export const DISCOVERY_QUOTA_STRONG = 25;
export const DISCOVERY_QUOTA_OTHER = 5;

/** City-wide targets of one year (二、工作目标). 2026 and 2027 figures are additional (新增). */
export interface CityTarget {
  year: Year;
  discovery: number;
  landing: number;
  matchmakingEvents: number; // 成果转化对接会 (场)
  pilotPlatforms: number; // 中试平台（概念验证中心）(个)
  additional: boolean; // the plan says 新增 for this year
  source: SourceRef;
}

export const CITY_TARGETS: Record<Year, CityTarget> = {
  2025: { year: 2025, discovery: 200, landing: 100, matchmakingEvents: 10, pilotPlatforms: 1, additional: false, source: SOURCES.goals },
  2026: { year: 2026, discovery: 160, landing: 80, matchmakingEvents: 10, pilotPlatforms: 3, additional: true, source: SOURCES.goals },
  2027: { year: 2027, discovery: 160, landing: 80, matchmakingEvents: 12, pilotPlatforms: 5, additional: true, source: SOURCES.goals },
};

/**
 * Three-year totals (二、工作目标): landing at least 260 (= 100 + 80 + 80), pilot platforms at least 9.
 * The plan's sentence names landing and the mining of firms' technology needs together for the 260;
 * `reading` says how the product reads it (shown beside the figure).
 */
export const THREE_YEAR_TARGETS = {
  landing: 260,
  pilotPlatforms: 9,
  source: SOURCES.goals,
  reading:
    '三年合计 260 项：原文把“培育转化落地科技成果”和“挖掘企业真实技术需求”并在一句里合计；这里按落地计，因为它恰好等于逐年落地目标 100 + 80 + 80',
} as const;

/** City departments' yearly discovery quotas (三、（三）1), all "at least". */
export interface DepartmentQuota {
  id: string;
  name: string;
  discovery: number;
  source: SourceRef;
}

/**
 * Who the plan puts at the city level (市级层面): four municipal departments and 科创集团, which is a
 * company (东莞科技创新金融集团有限公司), not a department; so the holders are never called 市直部门.
 */
export const CITY_LEVEL_LABEL = '市级层面（四部门及科创集团）';
export const KECHUANG_NOTE = '科创集团即东莞科技创新金融集团有限公司，是企业，不是市直部门';

export const DEPARTMENT_DISCOVERY_QUOTAS: readonly DepartmentQuota[] = [
  { id: 'kjj', name: '市科技局', discovery: 100, source: SOURCES.discovery },
  { id: 'fgj', name: '市发改局', discovery: 25, source: SOURCES.discovery },
  { id: 'gxj', name: '市工信局', discovery: 25, source: SOURCES.discovery },
  { id: 'tcj', name: '市投促局', discovery: 5, source: SOURCES.discovery },
  { id: 'kcjt', name: '科创集团', discovery: 5, source: SOURCES.discovery },
];

/**
 * Research institutes (三、（三）1): each undergraduate university, provincial laboratory, large
 * scientific facility and co-built new R&D institution reports at least 5 a year. The plan names
 * some of them among the responsible units; the number of co-built institutions is not given, so
 * no institute total is computed.
 */
export const INSTITUTE_DISCOVERY_QUOTA = {
  eachAtLeast: 5,
  categories: ['市内本科院校', '省实验室', '大科学装置', '共建类新型研发机构'],
  namedUnits: ['东莞理工学院', '大湾区大学（筹）', '广东科技学院', '材料实验室', '散裂中子源'],
  source: SOURCES.discovery,
} as const;

/**
 * What counts as landed (三、（三）3 二是明确成果落地标准), summarised in our words; the figures are
 * the plan's. Shown wherever landing quotas are.
 */
export const LANDING_STANDARDS: readonly { kind: string; rule: string }[] = [
  { kind: '企业类成果', rule: '在东莞新注册或迁入东莞，并有实缴税收或研发投入' },
  { kind: '平台类成果', rule: '在东莞有经营实体，且服务收入 5 万元以上，或获主管部门立项或特定资质' },
  { kind: '项目类成果', rule: '在东莞交易（含授权、转让、作价入股、销售等）；或在东莞应用并给本地主体带来 50 万以上经济效益；或团队落户东莞' },
  { kind: '技术需求类', rule: '合作双方至少一方是东莞主体，企业合作预算不低于 10 万元，以合同和付款证明为证' },
];

/** Where a town leader sees their quotas: how they count and who reports them (三、（三）1 and 3). */
export const TOWN_DUTIES = {
  /** Seed 004 三、（三）3: only the yearly landing quotas are reported and counted in the assessment. */
  assessment: '落地指标按年度通报，纳入年度镇街（园区）科技创新考核指标体系；行动计划没有写明发现指标纳入考核',
  liaison: '每个镇街（园区）由科技部门明确 1 名科技成果联络员，发现的成果和技术需求在成果转化信息平台登记',
} as const;

/**
 * 滨海湾新区 and the ≥5 rule: the rule covers every 镇街（园区）, yet the product sets no default for
 * it, since its land lies within 长安 and 虎门, which already hold quotas (see defaults.ts).
 */
export const BINHAIWAN_DEFAULT_NOTE =
  '发现指标 ≥5 的规定适用于每个镇街（园区），但滨海湾新区的陆域在长安、虎门境内，这里不给它设默认值；填写后才计入合计';

/**
 * 百千万方案 二、工作措施（四）2: 创新强镇示范镇 are chosen from among the 创新强镇; no list is
 * published. Said wherever a unit is marked 创新强镇, with the plan's phrase quoted.
 */
export const STRONG_TOWN_DEMO = {
  quote: '在创新强镇中遴选、认定一批创新强镇示范镇',
  text: '百千万方案要求从创新强镇中遴选、认定一批创新强镇示范镇（2025 年科技创新示范镇目标 2—3 个）；名单未公布',
  source: { document: BAIQIANWAN_TITLE, section: '二、工作措施（四）2．创建科技创新示范镇', seed: '002_49608b70eaaf8d8d.txt' },
} as const;

/** 百千万 town-level targets (seed 002, 目标任务). `text` is the figure as the plan states it. */
export interface BaiqianwanTarget {
  year: 2023 | 2025;
  label: string;
  text: string; // '100', '≥5', '2—3'
  unit: string;
  source: SourceRef;
}

export const BAIQIANWAN_TARGETS: readonly BaiqianwanTarget[] = [
  { year: 2023, label: '市重大科技项目库中镇街入库项目', text: '100', unit: '项', source: SOURCES.baiqianwan },
  { year: 2023, label: '瞪羚企业培育库镇街（园区）企业', text: '400', unit: '家', source: SOURCES.baiqianwan },
  { year: 2025, label: '镇街促成产学研合作项目', text: '500', unit: '个', source: SOURCES.baiqianwan },
  { year: 2025, label: '市镇联合共建的创新创业综合体', text: '≥5', unit: '个', source: SOURCES.baiqianwan },
  { year: 2025, label: '科技创新示范镇', text: '2—3', unit: '个', source: SOURCES.baiqianwan },
];

/** The user's data: which units are marked 创新强镇, and every value the user entered or imported. */
export interface QuotaData {
  /** Units marked 创新强镇, in QUOTA_UNIT_NAMES order. */
  strongTowns: string[];
  /** Units counted as 高新区 (≥25 a year), in QUOTA_UNIT_NAMES order; default 松山湖 only. */
  highTechZones: string[];
  /** Entered values by cell key (see cellKey); a missing key means "not entered". */
  values: Record<string, number>;
}

export interface Cell {
  town: string;
  year: Year;
  field: QuotaField;
}

export function cellKey(town: string, year: Year, field: QuotaField): string {
  return `${town}|${year}|${field}`;
}

export function parseCellKey(key: string): Cell {
  const [town, year, field] = key.split('|');
  return { town, year: Number(year) as Year, field: field as QuotaField };
}

export function emptyQuotaData(): QuotaData {
  return { strongTowns: [], highTechZones: [...DEFAULT_HIGH_TECH_ZONES], values: {} };
}

/** Values in a stable key order (town, year, field), so equal data serialises equally. */
export function sortValues(values: Record<string, number>): Record<string, number> {
  const order = (key: string) => {
    const c = parseCellKey(key);
    return QUOTA_UNIT_NAMES.indexOf(c.town) * 100 + YEARS.indexOf(c.year) * 10 + QUOTA_FIELDS.indexOf(c.field);
  };
  return Object.fromEntries(Object.keys(values).sort((a, b) => order(a) - order(b)).map((k) => [k, values[k]]));
}
