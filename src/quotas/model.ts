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
import { documentMessages } from '../i18n/catalogue/documents';
import { quotaFieldMessages, quotaMetricDescriptions, quotaMetricMessages, quotaModelMessages as m } from '../i18n/catalogue/quotas';
import { labelsIn, withLabels } from '../i18n/labels';
import { t, type Message } from '../i18n/messages';
import { quoteBeside } from '../i18n/names';
import type { Language } from '../i18n/language';

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

/** Short labels in the page's language, used in tables, CSV headers and accessible names. */
export const FIELD_LABELS: Record<QuotaField, string> = labelsIn(quotaFieldMessages);

export const METRIC_LABELS: Record<Metric, string> = labelsIn(quotaMetricMessages);

/** What each metric counts, in the plan's own terms (in English, our translation). */
export const METRIC_DESCRIPTIONS: Record<Metric, string> = labelsIn(quotaMetricDescriptions);

/** Largest count accepted anywhere (typed, imported, loaded); the plan's figures are in the hundreds. */
export const MAX_COUNT = 1_000_000;


/** The documents' own titles (data: cited as printed; `citation` gives the English beside them). */
export const ACTION_PLAN_TITLE = documentMessages.actionPlan.zh;
export const BAIQIANWAN_TITLE = documentMessages.baiqianwan.zh;

/** Sections are cited as the documents number and name them (Chinese, quoted). */
export const SOURCES = {
  goals: { document: ACTION_PLAN_TITLE, section: '二、工作目标', seed: '004_fbf55dc86c36bb7d.txt' }, // i18n-exempt: section as printed
  discovery: {
    document: ACTION_PLAN_TITLE,
    section: '三、（三）1．成果发现机制', // i18n-exempt: section as printed
    seed: '004_fbf55dc86c36bb7d.txt',
  },
  landing: {
    document: ACTION_PLAN_TITLE,
    section: '三、（三）3．成果落地服务机制', // i18n-exempt: section as printed
    seed: '004_fbf55dc86c36bb7d.txt',
  },
  baiqianwan: { document: BAIQIANWAN_TITLE, section: '一、总体要求（二）目标任务', seed: '002_49608b70eaaf8d8d.txt' }, // i18n-exempt: section as printed
} as const satisfies Record<string, SourceRef>;

/** Every cited document's title by its Chinese, for the English beside it. */
const DOCUMENT_TITLES = new Map<string, Message>(Object.values(documentMessages).map((title) => [title.zh, title]));

/**
 * 《document》section, as printed. In English the document's English title with the printed citation
 * beside it in 「」 (a quote: the sections are cited as the document numbers them).
 */
export function citation(source: SourceRef, language?: Language): string {
  if (!source.document) return source.uncited ?? '';
  const printed = `《${source.document}》${source.section ?? ''}`;
  const english = DOCUMENT_TITLES.get(source.document)?.en;
  return quoteBeside(printed, english, language);
}

/**
 * Units counted as 高新区 for the ≥25 rule, by default: 松山湖 only. Seed 000 (第一章 一、基础条件)
 * says 滨海湾新区 was recognised as a provincial 高新区, but the action plan does not say its 高新区
 * means more than 松山湖; the user can mark it (or others) like a 创新强镇.
 */
export const DEFAULT_HIGH_TECH_ZONES: readonly string[] = ['松山湖管委会']; // i18n-exempt: a unit's name (data)
/** Read in the page's language when the module loads; `t(quotaModelMessages.highTechZoneReason)` where it may change. */
export const HIGH_TECH_ZONE_REASON = t(m.highTechZoneReason);

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
export const THREE_YEAR_TARGETS: { readonly landing: 260; readonly pilotPlatforms: 9; readonly source: typeof SOURCES.goals; readonly reading: string } =
  withLabels({ landing: 260, pilotPlatforms: 9, source: SOURCES.goals } as const, { reading: m.threeYearReading });

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
/** Read in the page's language when the module loads; `t(quotaModelMessages.cityLevel)` where it may change. */
export const CITY_LEVEL_LABEL = t(m.cityLevel);
export const KECHUANG_NOTE = t(m.kechuangNote);

const department = (id: string, name: Message, discovery: number): DepartmentQuota =>
  withLabels({ id, discovery, source: SOURCES.discovery }, { name });

export const DEPARTMENT_DISCOVERY_QUOTAS: readonly DepartmentQuota[] = [
  department('kjj', m.deptKjj, 100),
  department('fgj', m.deptFgj, 25),
  department('gxj', m.deptGxj, 25),
  department('tcj', m.deptTcj, 5),
  department('kcjt', m.deptKcjt, 5),
];

/**
 * Research institutes (三、（三）1): each undergraduate university, provincial laboratory, large
 * scientific facility and co-built new R&D institution reports at least 5 a year. The plan names
 * some of them among the responsible units; the number of co-built institutions is not given, so
 * no institute total is computed.
 */
export const INSTITUTE_DISCOVERY_QUOTA = {
  eachAtLeast: 5,
  get categories(): readonly string[] {
    return [m.instUniversities, m.instLabs, m.instFacilities, m.instCoBuilt].map((x) => t(x));
  },
  get namedUnits(): readonly string[] {
    return [m.unitDgut, m.unitGbu, m.unitGdst, m.unitMaterialsLab, m.unitCsns].map((x) => t(x));
  },
  source: SOURCES.discovery,
} as const;

/**
 * What counts as landed (三、（三）3 二是明确成果落地标准), summarised in our words; the figures are
 * the plan's. Shown wherever landing quotas are.
 */
export const LANDING_STANDARDS: readonly { kind: string; rule: string }[] = [
  withLabels({}, { kind: m.landingFirmKind, rule: m.landingFirmRule }),
  withLabels({}, { kind: m.landingPlatformKind, rule: m.landingPlatformRule }),
  withLabels({}, { kind: m.landingProjectKind, rule: m.landingProjectRule }),
  withLabels({}, { kind: m.landingNeedKind, rule: m.landingNeedRule }),
];

/** Where a town leader sees their quotas: how they count and who reports them (三、（三）1 and 3). */
export const TOWN_DUTIES: { readonly assessment: string; readonly liaison: string } = withLabels(
  {},
  /** Seed 004 三、（三）3: only the yearly landing quotas are reported and counted in the assessment. */
  { assessment: m.dutyAssessment, liaison: m.dutyLiaison },
);

/**
 * 滨海湾新区 and the ≥5 rule: the rule covers every 镇街（园区）, yet the product sets no default for
 * it, since its land lies within 长安 and 虎门, which already hold quotas (see defaults.ts).
 */
/** Read in the page's language when the module loads; `t(quotaModelMessages.binhaiwanNote)` where it may change. */
export const BINHAIWAN_DEFAULT_NOTE = t(m.binhaiwanNote);

/**
 * 百千万方案 二、工作措施（四）2: 创新强镇示范镇 are chosen from among the 创新强镇; no list is
 * published. Said wherever a unit is marked 创新强镇, with the plan's phrase quoted.
 */
export const STRONG_TOWN_DEMO: {
  readonly quote: string;
  readonly text: string;
  readonly source: { readonly document: string; readonly section: string; readonly seed: string };
} = withLabels(
  {
    quote: '在创新强镇中遴选、认定一批创新强镇示范镇', // i18n-exempt: the plan's words, quoted
    source: { document: BAIQIANWAN_TITLE, section: '二、工作措施（四）2．创建科技创新示范镇', seed: '002_49608b70eaaf8d8d.txt' }, // i18n-exempt: section as printed
  } as const,
  { text: m.strongTownDemo },
);

/** 百千万 town-level targets (seed 002, 目标任务). `text` is the figure as the plan states it. */
export interface BaiqianwanTarget {
  year: 2023 | 2025;
  label: string;
  /** The label as the plan words it. */
  labelZh: string;
  /** Its English (our translation). */
  labelEn: string;
  text: string; // '100', '≥5', '2—3'
  unit: string;
  source: SourceRef;
}

/** `label` and `unit` in the page's language; `labelZh` is the plan's own wording (quoted beside the English `labelEn`). */
const bqw = (year: 2023 | 2025, label: Message, text: string, unit: Message): BaiqianwanTarget =>
  withLabels({ year, text, labelZh: label.zh, labelEn: label.en, source: SOURCES.baiqianwan }, { label, unit });

export const BAIQIANWAN_TARGETS: readonly BaiqianwanTarget[] = [
  bqw(2023, m.bqwProjects, '100', m.bqwProjectsUnit),
  bqw(2023, m.bqwGazelles, '400', m.bqwGazellesUnit),
  bqw(2025, m.bqwPartnerships, '500', m.bqwPartnershipsUnit),
  bqw(2025, m.bqwComplexes, '≥5', m.bqwComplexesUnit),
  bqw(2025, m.bqwModelTowns, '2—3', m.bqwModelTownsUnit),
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
