/**
 * The plans' own targets (seeds 000, 001, 002, 004): indicator names and figures quoted exactly,
 * with unit, year and source section. The quoted Chinese stays; `indicatorEn` and `textEn` are our
 * English, shown beside it. Titles, units and notes are our words, read in the page's language. The yearly city targets of the action plan and the 百千万
 * targets come from the quota model, so each figure is written once.
 */
import { DOC_FYP14, DOC_PLAN2018, SEED_FYP14, SEED_PLAN2018 } from '../layouts/documents';
import { BAIQIANWAN_TARGETS, CITY_TARGETS, SOURCES, THREE_YEAR_TARGETS, YEARS, type CityTarget } from '../quotas/model';
import { quotaMetricDescriptions } from '../i18n/catalogue/quotas';
import { planPeriodMessages as p, targetNoteMessages as n, targetTableMessages as m, targetUnitMessages as u } from '../i18n/catalogue/targets';
import { currentLanguage, type Language } from '../i18n/language';
import { withLabels } from '../i18n/labels';
import { t, type Message, type MessageParams } from '../i18n/messages';
import type { PlanPeriod, TargetRow, TargetTable, TargetValue } from './types';

const v = (year: number, text: string, value?: number, baseline = false, textEn?: string): TargetValue => ({
  year,
  text,
  ...(textEn !== undefined ? { textEn } : {}),
  ...(value !== undefined ? { value } : {}),
  ...(baseline ? { baseline } : {}),
});

/** A note: our words, read in the page's language when shown. */
type Note = () => string;
const said =
  (message: Message, params?: MessageParams): Note =>
  () =>
    t(message, params);

/** Each row's notes (its own, then those `withNotes` adds), joined in the page's language when read. */
const NOTES = new WeakMap<TargetRow, Note[]>();

interface RowSpec {
  id: string;
  indicator: string;
  indicatorEn: string;
  unit: Message | (() => string);
  values: TargetValue[];
  note?: Note;
  bars?: false;
  against?: { label: Note; value: number };
}

/** A row whose unit, notes and comparison label are read in the page's language. */
function row(spec: RowSpec): TargetRow {
  const notes: Note[] = spec.note ? [spec.note] : [];
  const unit = spec.unit;
  const out: TargetRow = {
    id: spec.id,
    indicator: spec.indicator,
    indicatorEn: spec.indicatorEn,
    get unit() {
      return typeof unit === 'function' ? unit() : t(unit);
    },
    values: spec.values,
    ...(spec.bars === false ? { bars: false as const } : {}),
    get note() {
      return notes.length > 0 ? notes.map((note) => note()).filter(Boolean).join(t(n.separator)) : undefined;
    },
  };
  if (spec.against) {
    const against = spec.against;
    out.against = {
      get label() {
        return against.label();
      },
      value: against.value,
    };
  }
  NOTES.set(out, notes);
  return out;
}

/** A table whose title and caption are read in the page's language. */
function table(spec: Omit<TargetTable, 'title' | 'caption'> & { title: Message; caption?: Message }): TargetTable {
  const { title, caption, ...rest } = spec;
  const out = Object.defineProperty({ ...rest } as TargetTable, 'title', { get: () => t(title), enumerable: true });
  return caption ? Object.defineProperty(out, 'caption', { get: () => t(caption), enumerable: true }) : out;
}

/** Seed 000, 表 1 “十四五”期间东莞科技创新主要目标: nine 2025 targets. */
export const FYP14_TARGETS: TargetTable = table({
  id: 'fyp14-table1',
  title: m.fyp14Title,
  years: [2025],
  source: { document: DOC_FYP14, section: '第二章 确立发展新蓝图 四、发展目标 表 1', seed: SEED_FYP14 }, // i18n-exempt: section as printed
  rows: [
    row({ id: 'rd-intensity', indicator: '全社会研发投入强度', indicatorEn: 'Society-wide R&D intensity', unit: u.percent, values: [v(2025, '3.59左右', 3.59, false, 'about 3.59')] }), // i18n-exempt: quoted from the plan
    row({
      id: 'basic-research',
      indicator: '基础研究与应用研究占全社会研发投入强度', // i18n-exempt: quoted from the plan
      indicatorEn: 'Basic and applied research as a share of society-wide R&D spending',
      unit: u.percent,
      values: [v(2025, '5左右', 5, false, 'about 5')], // i18n-exempt: the figure as printed
    }),
    row({ id: 'rd-personnel', indicator: '每万人研发人员全时当量', indicatorEn: 'Full-time equivalent R&D staff per 10,000 people', unit: u.personYears, values: [v(2025, '120', 120)] }), // i18n-exempt: quoted from the plan
    row({ id: 'patents-per-10k', indicator: '每万人口高价值发明专利拥有量', indicatorEn: 'High-value invention patents held per 10,000 people', unit: u.patents, values: [v(2025, '26.9', 26.9)] }), // i18n-exempt: quoted from the plan
    row({
      id: 'overseas-patents',
      indicator: '海外发明专利授权量', // i18n-exempt: quoted from the plan
      indicatorEn: 'Invention patents granted abroad',
      unit: u.patents,
      values: [v(2025, '1万（累计）', 10000, false, '10,000 (cumulative)')], // i18n-exempt: the figure as printed
      note: said(n.cumulative),
    }),
    row({ id: 'tech-contracts', indicator: '技术合同成交额', indicatorEn: 'Value of technology contracts traded', unit: u.hundredMillionYuan, values: [v(2025, '150', 150)] }), // i18n-exempt: quoted from the plan
    row({
      id: 'high-tech-share',
      indicator: '高技术制造业增加值占规上工业增加值比重', // i18n-exempt: quoted from the plan
      indicatorEn: 'High-tech manufacturing value added as a share of value added by industry above designated size',
      unit: u.percent,
      values: [v(2025, '42', 42)],
    }),
    row({
      id: 'high-tech-firms',
      indicator: '国家级高新技术企业数量', // i18n-exempt: quoted from the plan
      indicatorEn: 'National high-tech enterprises',
      unit: u.firms,
      values: [v(2025, '8000', 8000)],
      note: said(n.unitCorrected),
    }),
    row({ id: 'science-literacy', indicator: '公民具备科学素质比例', indicatorEn: 'Share of citizens with scientific literacy', unit: u.percent, values: [v(2025, '17', 17)] }), // i18n-exempt: quoted from the plan
  ],
});

const INDUSTRY_SOURCE = { document: DOC_PLAN2018, section: '三、发展目标 表 1. 东莞市重点新兴产业发展预期性指标', seed: SEED_PLAN2018 }; // i18n-exempt: section as printed

/** One row of seed 001 表 1: 2017 baseline, 2020 and 2025 targets, compound growth rate. */
function industryRow(id: string, indicator: string, indicatorEn: string, unit: Message, y2017: string, y2020: string, y2025: string, cagr: string): TargetRow {
  const num = (x: string) => Number(x.replace(/[^\d.]/g, ''));
  return row({
    id,
    indicator,
    indicatorEn,
    unit,
    values: [v(2017, y2017, num(y2017), true), v(2020, y2020, num(y2020)), v(2025, y2025, num(y2025))],
    note: said(n.growthRate, { rate: cagr }),
  });
}

/** Seed 001, 表 1: eleven indicators for 2017 (baseline), 2020 and 2025. */
export const INDUSTRY_TARGETS: TargetTable = table({
  id: 'plan2018-table1',
  title: m.industryTitle,
  years: [2017, 2020, 2025],
  source: INDUSTRY_SOURCE,
  caption: m.industryCaption,
  rows: [
    industryRow('ngit', '新一代信息技术产业产值', 'Output of the new-generation information technology industry', u.hundredMillionYuan, '≈ 5800', '> 11000', '> 24000', '19.4%'), // i18n-exempt: quoted from the plan
    industryRow('equipment', '高端装备制造产业产值', 'Output of the high-end equipment manufacturing industry', u.hundredMillionYuan, '≈ 3000', '> 5500', '> 11000', '17.6%'), // i18n-exempt: quoted from the plan
    industryRow('materials', '新材料产业产值', 'Output of the new materials industry', u.hundredMillionYuan, '≈ 660', '> 1200', '> 2000', '14.9%'), // i18n-exempt: quoted from the plan
    industryRow('new-energy', '新能源产业产值', 'Output of the new energy industry', u.hundredMillionYuan, '≈ 600', '> 1100', '> 2000', '16.2%'), // i18n-exempt: quoted from the plan
    industryRow('life-science', '生命科学和生物技术产业产值', 'Output of the life sciences and biotechnology industry', u.hundredMillionYuan, '≈ 200', '> 500', '> 1000', '22.3%'), // i18n-exempt: quoted from the plan
    industryRow('five-total', '五大产业总产值', 'Total output of the five industries', u.hundredMillionYuan, '≈ 10200', '> 19000', '> 40000', '18.6%'), // i18n-exempt: quoted from the plan
    industryRow('high-tech-firms', '国家高新技术企业数量', 'National high-tech enterprises', u.firms, '4058', '6000', '10000', '11.9%'), // i18n-exempt: quoted from the plan
    industryRow('patents', '专利授权数量', 'Patents granted', u.tenThousandPatents, '4.5', '6.8', '13.8', '15%'), // i18n-exempt: quoted from the plan
    industryRow('invention-patents', '发明专利授权数量', 'Invention patents granted', u.patents, '4969', '> 7500', '> 15000', '14.8%'), // i18n-exempt: quoted from the plan
    industryRow('leaders', '创新创业领军人才', 'Leading innovation and entrepreneurship talents', u.people, '70', '100', '175', '12.1%'), // i18n-exempt: quoted from the plan
    industryRow('rd-gdp', 'R&D支出占GDP比重', 'R&D spending as a share of GDP', u.percent, '2.6', '2.9', '3.4', '3.4%'), // i18n-exempt: quoted from the plan
  ],
});

/** Seed 001, 三、发展目标（三）2. 具体目标: the cluster goals for 2025. */
export const CLUSTER_GOALS: TargetTable = table({
  id: 'plan2018-clusters',
  title: m.clusterTitle,
  years: [2025],
  source: { document: DOC_PLAN2018, section: '三、发展目标（三）发展目标 2. 具体目标（集聚发展成效突出）', seed: SEED_PLAN2018 }, // i18n-exempt: section as printed
  rows: [
    row({ id: 'trillion', indicator: '万亿级产业集群', indicatorEn: 'Trillion-yuan industry clusters', unit: u.clusters, values: [v(2025, '2', 2)] }), // i18n-exempt: quoted from the plan
    row({ id: 'hundred-billion', indicator: '千亿级产业集群', indicatorEn: '100-billion-yuan industry clusters', unit: u.clusters, values: [v(2025, '3', 3)] }), // i18n-exempt: quoted from the plan
    row({
      id: 'clusters',
      indicator: '重点产业集聚区', // i18n-exempt: quoted from the plan
      indicatorEn: 'Key industry agglomeration zones',
      unit: u.zones,
      values: [v(2025, '十大', 10, false, 'ten')], // i18n-exempt: the figure as printed
      note: said(n.tenZones),
    }),
  ],
});

/** The number in '100' or '≥5'; none for a range such as '2—3'. */
function singleNumber(text: string): number | undefined {
  const match = /^[≥>≈ ]*(\d+(?:\.\d+)?)$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Seed 002, 目标任务: the 百千万 targets for 2023 and 2025 (figures from the quota model). */
export const BAIQIANWAN_TABLE: TargetTable = table({
  id: 'baiqianwan',
  title: m.baiqianwanTitle,
  years: [2023, 2025],
  source: SOURCES.baiqianwan,
  rows: BAIQIANWAN_TARGETS.map((target, i) =>
    row({
      id: `bqw-${i}`,
      indicator: target.labelZh,
      indicatorEn: target.labelEn,
      unit: () => target.unit,
      values: [v(target.year, target.text, singleNumber(target.text))],
      ...(target.text === '2—3' ? { note: said(n.range2to3) } : {}),
    }),
  ),
});

/** One of the action plan's yearly city targets, '≥N' for each year. */
function yearlyRow(
  id: string,
  indicator: string,
  indicatorEn: string,
  unit: Message,
  figure: (target: CityTarget) => number,
  extra: Pick<RowSpec, 'bars' | 'against' | 'note'> = {},
): TargetRow {
  return row({ id, indicator, indicatorEn, unit, values: YEARS.map((y) => v(y, `≥${figure(CITY_TARGETS[y])}`, figure(CITY_TARGETS[y]))), ...extra });
}

/** Seed 004, 二、工作目标: the yearly city targets 2025–2027 (figures from the quota model). */
export const ACTION_PLAN_TABLE: TargetTable = table({
  id: 'action-plan',
  title: m.actionPlanTitle,
  years: [...YEARS],
  source: SOURCES.goals,
  caption: m.actionPlanCaption,
  rows: [
    yearlyRow('discovery', quotaMetricDescriptions.discovery.zh, quotaMetricDescriptions.discovery.en, u.items, (x) => x.discovery, { bars: false }),
    yearlyRow('landing', quotaMetricDescriptions.landing.zh, quotaMetricDescriptions.landing.en, u.items, (x) => x.landing, {
      against: { label: said(m.threeYearTotal, { total: THREE_YEAR_TARGETS.landing }), value: THREE_YEAR_TARGETS.landing },
      note: () => THREE_YEAR_TARGETS.reading,
    }),
    yearlyRow('matchmaking', '成果转化对接会', 'Achievement transfer matchmaking events', u.events, (x) => x.matchmakingEvents, { bars: false }), // i18n-exempt: quoted from the plan
    yearlyRow('pilot', '中试平台（概念验证中心）', 'Pilot-scale testing platforms (proof-of-concept centres)', u.platforms, (x) => x.pilotPlatforms, { // i18n-exempt: quoted from the plan
      against: { label: said(m.threeYearTotal, { total: THREE_YEAR_TARGETS.pilotPlatforms }), value: THREE_YEAR_TARGETS.pilotPlatforms },
    }),
  ],
});

/** Seed 000's chapters name further 2025 targets outside 表 1; each row's note gives its section. */
export const FYP14_PROGRAMME_TARGETS: TargetTable = table({
  id: 'fyp14-programmes',
  title: m.programmesTitle,
  years: [2025],
  source: {
    document: DOC_FYP14,
    section: '第五章 一、围绕创新链布局人才链；第九章 二、高新技术企业提质增量计划，三、瞪羚和百强企业上市计划；第十章 一、孵化载体高质量发展计划', // i18n-exempt: sections as printed
    seed: SEED_FYP14,
  },
  caption: m.programmesCaption,
  rows: [
    row({ id: 'firm-rd', indicator: '高企研发投入金额', indicatorEn: 'R&D spending of high-tech enterprises', unit: u.hundredMillionYuan, values: [v(2025, '1150以上', 1150, false, 'over 1150')], note: said(n.ch9s2) }), // i18n-exempt: quoted from the plan
    row({ id: 'top100-firms', indicator: '全市百强创新型企业', indicatorEn: 'The city’s top 100 innovative firms', unit: u.firms, values: [v(2025, '100', 100)], note: said(n.ch9s3) }), // i18n-exempt: quoted from the plan
    row({ id: 'top100-revenue', indicator: '百强瞪羚创新型企业营业收入规模', indicatorEn: 'Revenue of the top 100 gazelle innovative firms', unit: u.hundredMillionYuan, values: [v(2025, '超过3000', 3000, false, 'more than 3000')], note: said(n.ch9s3) }), // i18n-exempt: quoted from the plan
    row({ id: 'new-listed', indicator: '全市新增上市高新技术企业数量', indicatorEn: 'High-tech enterprises newly listed in the city', unit: u.firms, values: [v(2025, '30', 30)], note: said(n.ch9s3) }), // i18n-exempt: quoted from the plan
    row({ id: 'incubated-firms', indicator: '孵化国家高新技术企业', indicatorEn: 'National high-tech enterprises incubated', unit: u.firms, values: [v(2025, '500以上', 500, false, 'over 500')], note: said(n.ch10s1) }), // i18n-exempt: quoted from the plan
    row({ id: 'postgraduates', indicator: '累计引进联合培养与实践研究生', indicatorEn: 'Postgraduates brought in for joint training and practice (cumulative)', unit: u.students, values: [v(2025, '3500', 3500)], note: said(n.ch5s1Cumulative) }), // i18n-exempt: quoted from the plan
    row({ id: 'postgraduates-staying', indicator: '留莞就业/创业的比例', indicatorEn: 'Share staying in Dongguan to work or start a business', unit: u.percent, values: [v(2025, '30以上', 30, false, 'over 30')], note: said(n.ch5s1Above) }), // i18n-exempt: quoted from the plan
    row({ id: 'incubator-coverage', indicator: '科技企业孵化器', indicatorEn: 'Science and technology business incubators', unit: u.coverage, values: [v(2025, '全镇域覆盖', undefined, false, 'every town covered')], note: said(n.ch10s1) }), // i18n-exempt: quoted from the plan
  ],
});

/**
 * Seed 000's account of 2020 (第一章 一、基础条件, written at the end of the 十三五), beside seed 001's
 * 2020 targets for the same indicators. Figures as printed, with their English.
 */
export const ACTUALS_2020: readonly { table: string; row: string; text: string; textEn: string; section: string }[] = [
  { table: 'plan2018-table1', row: 'high-tech-firms', text: '6385 家', textEn: '6385 firms', section: n.basicConditions.zh }, // i18n-exempt: the figure as printed
  { table: 'plan2018-table1', row: 'rd-gdp', text: '3.54%', textEn: '3.54%', section: n.basicConditions.zh },
];

/** Where the two plans set different 2025 targets for the same indicator: a note beside both rows. */
export const CROSS_PLAN_CONFLICTS: readonly { year: number; a: { table: string; row: string }; b: { table: string; row: string } }[] = [
  { year: 2025, a: { table: 'fyp14-table1', row: 'high-tech-firms' }, b: { table: 'plan2018-table1', row: 'high-tech-firms' } },
  { year: 2025, a: { table: 'fyp14-table1', row: 'rd-intensity' }, b: { table: 'plan2018-table1', row: 'rd-gdp' } },
];

const SHORT_PLAN: Record<string, Message> = { 'fyp14-table1': n.fyp14Short, 'fyp14-programmes': n.fyp14Short, 'plan2018-table1': n.plan2018Short };

/** A row's figure for a year with its unit: '3.59%左右', '10000家'; in English 'about 3.59%', '10000 firms'. */
function figureWithUnit(r: TargetRow, year: number, language: Language): string {
  const value = r.values.find((x) => x.year === year)!;
  const unit = r.unit;
  if (language === 'en') return unit === '%' ? `${value.textEn ?? value.text}%` : `${value.textEn ?? value.text} ${unit}`;
  // '3.59左右' with '%' reads '3.59%左右'; '10000' with '家' reads '10000家'.
  return value.text.replace(/^(.*\d)(左右|以上)?$/, `$1${unit}$2`); // i18n-exempt: the words a printed figure ends with
}

/** The cross-plan notes and the 2020 actuals added to the rows they concern (read in the page's language). */
function withNotes(tables: TargetTable[]): TargetTable[] {
  const find = (tableId: string, rowId: string) => {
    const r = tables.find((x) => x.id === tableId)?.rows.find((x) => x.id === rowId);
    if (!r) throw new Error(`no target row ${tableId}/${rowId}`);
    return r;
  };
  const add = (r: TargetRow, note: Note) => NOTES.get(r)?.push(note);
  const otherPlan = (c: (typeof CROSS_PLAN_CONFLICTS)[number], other: TargetRow, otherTable: string): Note => () => {
    const language = currentLanguage();
    const indicator = language === 'en' ? (other.indicatorEn ?? other.indicator) : other.indicator;
    return t(n.otherPlan, { plan: t(SHORT_PLAN[otherTable]), year: c.year, indicator, figure: figureWithUnit(other, c.year, language) });
  };
  for (const c of CROSS_PLAN_CONFLICTS) {
    const a = find(c.a.table, c.a.row);
    const b = find(c.b.table, c.b.row);
    add(a, otherPlan(c, b, c.b.table));
    add(b, otherPlan(c, a, c.a.table));
  }
  for (const x of ACTUALS_2020) {
    add(find(x.table, x.row), () =>
      currentLanguage() === 'en' ? t(n.actual2020, { figure: x.textEn, section: n.basicConditions.en }) : t(n.actual2020, { figure: x.text, section: x.section }),
    );
  }
  return tables;
}

/** Every table on the 规划目标 view, in the order shown. */
export const TARGET_TABLES: readonly TargetTable[] = withNotes([
  FYP14_TARGETS,
  FYP14_PROGRAMME_TARGETS,
  INDUSTRY_TARGETS,
  CLUSTER_GOALS,
  BAIQIANWAN_TABLE,
  ACTION_PLAN_TABLE,
]);

/**
 * The bars of a row: each value's share of the figure it is drawn against. With `against` (a
 * total over several years) the values accumulate; otherwise each is set against the row's last
 * value (the final target). A row with one figure has nothing to compare: no bars.
 */
export function rowBars(row: TargetRow): { year: number; share: number; baseline: boolean }[] {
  const numeric = row.values.filter((x) => x.value !== undefined);
  if (numeric.length < 2 || row.bars === false) return [];
  if (row.against) {
    let sum = 0;
    return numeric.map((x) => ({ year: x.year, share: (sum += x.value!) / row.against!.value, baseline: Boolean(x.baseline) }));
  }
  const last = numeric[numeric.length - 1].value!;
  return numeric.map((x) => ({ year: x.year, share: last === 0 ? 0 : x.value! / last, baseline: Boolean(x.baseline) }));
}

/** The plan periods on the timeline. */
export const PLAN_PERIODS: readonly PlanPeriod[] = [
  withLabels({ id: 'plan2018', document: DOC_PLAN2018, start: 2018, end: 2025, milestones: [2020, 2025], seed: SEED_PLAN2018 }, { label: p.plan2018, shortLabel: p.plan2018Short }),
  withLabels({ id: 'fyp14', document: DOC_FYP14, start: 2021, end: 2025, milestones: [2025], seed: SEED_FYP14 }, { label: p.fyp14, shortLabel: p.fyp14Short }),
  withLabels(
    { id: 'baiqianwan', document: SOURCES.baiqianwan.document, start: 2023, end: 2025, milestones: [2023, 2025], seed: SOURCES.baiqianwan.seed },
    { label: p.baiqianwan, shortLabel: p.baiqianwanShort },
  ),
  withLabels(
    { id: 'action-plan', document: SOURCES.goals.document, start: 2025, end: 2027, milestones: [2025, 2026, 2027], seed: SOURCES.goals.seed },
    { label: p.actionPlan, shortLabel: p.actionPlanShort },
  ),
];
