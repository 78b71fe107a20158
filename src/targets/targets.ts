/**
 * The plans' own targets (seeds 000, 001, 002, 004): indicator names and figures quoted exactly,
 * with unit, year and source section. The yearly city targets of the action plan and the 百千万
 * targets come from the quota model, so each figure is written once.
 */
import { DOC_FYP14, DOC_PLAN2018, SEED_FYP14, SEED_PLAN2018 } from '../layouts/documents';
import { BAIQIANWAN_TARGETS, CITY_TARGETS, SOURCES, THREE_YEAR_TARGETS, YEARS, type CityTarget } from '../quotas/model';
import type { PlanPeriod, TargetRow, TargetTable, TargetValue } from './types';

const v = (year: number, text: string, value?: number, baseline = false): TargetValue => ({
  year,
  text,
  ...(value !== undefined ? { value } : {}),
  ...(baseline ? { baseline } : {}),
});

/** Seed 000, 表 1 “十四五”期间东莞科技创新主要目标: nine 2025 targets. */
export const FYP14_TARGETS: TargetTable = {
  id: 'fyp14-table1',
  title: '“十四五”科技创新主要目标（2025 年）',
  years: [2025],
  source: { document: DOC_FYP14, section: '第二章 确立发展新蓝图 四、发展目标 表 1', seed: SEED_FYP14 },
  rows: [
    { id: 'rd-intensity', indicator: '全社会研发投入强度', unit: '%', values: [v(2025, '3.59左右', 3.59)] },
    { id: 'basic-research', indicator: '基础研究与应用研究占全社会研发投入强度', unit: '%', values: [v(2025, '5左右', 5)] },
    { id: 'rd-personnel', indicator: '每万人研发人员全时当量', unit: '人年', values: [v(2025, '120', 120)] },
    { id: 'patents-per-10k', indicator: '每万人口高价值发明专利拥有量', unit: '件', values: [v(2025, '26.9', 26.9)] },
    { id: 'overseas-patents', indicator: '海外发明专利授权量', unit: '件', values: [v(2025, '1万（累计）', 10000)], note: '累计数' },
    { id: 'tech-contracts', indicator: '技术合同成交额', unit: '亿元', values: [v(2025, '150', 150)] },
    { id: 'high-tech-share', indicator: '高技术制造业增加值占规上工业增加值比重', unit: '%', values: [v(2025, '42', 42)] },
    {
      id: 'high-tech-firms',
      indicator: '国家级高新技术企业数量',
      unit: '家',
      values: [v(2025, '8000', 8000)],
      note: '原文单位印作“%”；8000 是企业家数，单位应为“家”（此处已更正）',
    },
    { id: 'science-literacy', indicator: '公民具备科学素质比例', unit: '%', values: [v(2025, '17', 17)] },
  ],
};

const INDUSTRY_SOURCE = { document: DOC_PLAN2018, section: '三、发展目标 表 1. 东莞市重点新兴产业发展预期性指标', seed: SEED_PLAN2018 };

/** One row of seed 001 表 1: 2017 baseline, 2020 and 2025 targets, compound growth rate. */
function industryRow(id: string, indicator: string, unit: string, y2017: string, y2020: string, y2025: string, cagr: string): TargetRow {
  const num = (t: string) => Number(t.replace(/[^\d.]/g, ''));
  return {
    id,
    indicator,
    unit,
    values: [v(2017, y2017, num(y2017), true), v(2020, y2020, num(y2020)), v(2025, y2025, num(y2025))],
    note: `复合增长率 ${cagr}`,
  };
}

/** Seed 001, 表 1: eleven indicators for 2017 (baseline), 2020 and 2025. */
export const INDUSTRY_TARGETS: TargetTable = {
  id: 'plan2018-table1',
  title: '重点新兴产业发展预期性指标（2017 年基数，2020、2025 年目标）',
  years: [2017, 2020, 2025],
  source: INDUSTRY_SOURCE,
  caption: '条形为各年数值相对 2025 年目标的比例；2017 年是基数，不是目标。',
  rows: [
    industryRow('ngit', '新一代信息技术产业产值', '亿元', '≈ 5800', '> 11000', '> 24000', '19.4%'),
    industryRow('equipment', '高端装备制造产业产值', '亿元', '≈ 3000', '> 5500', '> 11000', '17.6%'),
    industryRow('materials', '新材料产业产值', '亿元', '≈ 660', '> 1200', '> 2000', '14.9%'),
    industryRow('new-energy', '新能源产业产值', '亿元', '≈ 600', '> 1100', '> 2000', '16.2%'),
    industryRow('life-science', '生命科学和生物技术产业产值', '亿元', '≈ 200', '> 500', '> 1000', '22.3%'),
    industryRow('five-total', '五大产业总产值', '亿元', '≈ 10200', '> 19000', '> 40000', '18.6%'),
    industryRow('high-tech-firms', '国家高新技术企业数量', '家', '4058', '6000', '10000', '11.9%'),
    industryRow('patents', '专利授权数量', '万件', '4.5', '6.8', '13.8', '15%'),
    industryRow('invention-patents', '发明专利授权数量', '件', '4969', '> 7500', '> 15000', '14.8%'),
    industryRow('leaders', '创新创业领军人才', '人', '70', '100', '175', '12.1%'),
    industryRow('rd-gdp', 'R&D支出占GDP比重', '%', '2.6', '2.9', '3.4', '3.4%'),
  ],
};

/** Seed 001, 三、发展目标（三）2. 具体目标: the cluster goals for 2025. */
export const CLUSTER_GOALS: TargetTable = {
  id: 'plan2018-clusters',
  title: '产业集群目标（2025 年）',
  years: [2025],
  source: { document: DOC_PLAN2018, section: '三、发展目标（三）发展目标 2. 具体目标（集聚发展成效突出）', seed: SEED_PLAN2018 },
  rows: [
    { id: 'trillion', indicator: '万亿级产业集群', unit: '个', values: [v(2025, '2', 2)] },
    { id: 'hundred-billion', indicator: '千亿级产业集群', unit: '个', values: [v(2025, '3', 3)] },
    { id: 'clusters', indicator: '重点产业集聚区', unit: '个', values: [v(2025, '十大', 10)], note: '即“一核三带十区”的十区' },
  ],
};

/** The number in '100' or '≥5'; none for a range such as '2—3'. */
function singleNumber(text: string): number | undefined {
  const m = /^[≥>≈ ]*(\d+(?:\.\d+)?)$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Seed 002, 目标任务: the 百千万 targets for 2023 and 2025 (figures from the quota model). */
export const BAIQIANWAN_TABLE: TargetTable = {
  id: 'baiqianwan',
  title: '科技支撑“百千万工程”镇街目标（2023、2025 年）',
  years: [2023, 2025],
  source: SOURCES.baiqianwan,
  rows: BAIQIANWAN_TARGETS.map((t, i) => ({
    id: `bqw-${i}`,
    indicator: t.label,
    unit: t.unit,
    values: [v(t.year, t.text, singleNumber(t.text))],
    ...(t.text === '2—3' ? { note: '区间：2 至 3 个' } : {}),
  })),
};

/** One of the action plan's yearly city targets, '≥N' for each year. */
function yearlyRow(id: string, indicator: string, unit: string, figure: (t: CityTarget) => number, extra: Partial<TargetRow> = {}): TargetRow {
  return { id, indicator, unit, values: YEARS.map((y) => v(y, `≥${figure(CITY_TARGETS[y])}`, figure(CITY_TARGETS[y]))), ...extra };
}

/** Seed 004, 二、工作目标: the yearly city targets 2025–2027 (figures from the quota model). */
export const ACTION_PLAN_TABLE: TargetTable = {
  id: 'action-plan',
  title: '科技成果产业化三年行动计划：全市年度目标（2025—2027 年）',
  years: [...YEARS],
  source: SOURCES.goals,
  caption: '2026、2027 年为新增数。落地与中试平台的条形为逐年累计相对三年目标的比例；发现和对接会没有三年目标，不画条形。',
  rows: [
    yearlyRow('discovery', '发现科技成果和挖掘企业真实技术需求', '项', (t) => t.discovery, { bars: false }),
    yearlyRow('landing', '培育转化落地科技成果和促成技术开发合作', '项', (t) => t.landing, {
      against: { label: `三年合计 ≥${THREE_YEAR_TARGETS.landing}`, value: THREE_YEAR_TARGETS.landing },
      note: THREE_YEAR_TARGETS.reading,
    }),
    yearlyRow('matchmaking', '成果转化对接会', '场', (t) => t.matchmakingEvents, { bars: false }),
    yearlyRow('pilot', '中试平台（概念验证中心）', '个', (t) => t.pilotPlatforms, {
      against: { label: `三年合计 ≥${THREE_YEAR_TARGETS.pilotPlatforms}`, value: THREE_YEAR_TARGETS.pilotPlatforms },
    }),
  ],
};

/** Seed 000's chapters name further 2025 targets outside 表 1; each row's note gives its section. */
export const FYP14_PROGRAMME_TARGETS: TargetTable = {
  id: 'fyp14-programmes',
  title: '“十四五”规划各章的其他 2025 年目标',
  years: [2025],
  source: {
    document: DOC_FYP14,
    section: '第五章 一、围绕创新链布局人才链；第九章 二、高新技术企业提质增量计划，三、瞪羚和百强企业上市计划；第十章 一、孵化载体高质量发展计划',
    seed: SEED_FYP14,
  },
  caption: '这些目标写在规划各章正文里，不在表 1 中。',
  rows: [
    { id: 'firm-rd', indicator: '高企研发投入金额', unit: '亿元', values: [v(2025, '1150以上', 1150)], note: '第九章 二' },
    { id: 'top100-firms', indicator: '全市百强创新型企业', unit: '家', values: [v(2025, '100', 100)], note: '第九章 三' },
    { id: 'top100-revenue', indicator: '百强瞪羚创新型企业营业收入规模', unit: '亿元', values: [v(2025, '超过3000', 3000)], note: '第九章 三' },
    { id: 'new-listed', indicator: '全市新增上市高新技术企业数量', unit: '家', values: [v(2025, '30', 30)], note: '第九章 三' },
    { id: 'incubated-firms', indicator: '孵化国家高新技术企业', unit: '家', values: [v(2025, '500以上', 500)], note: '第十章 一' },
    { id: 'postgraduates', indicator: '累计引进联合培养与实践研究生', unit: '名', values: [v(2025, '3500', 3500)], note: '第五章 一；累计数' },
    { id: 'postgraduates-staying', indicator: '留莞就业/创业的比例', unit: '%', values: [v(2025, '30以上', 30)], note: '第五章 一；指上一行的研究生' },
    { id: 'incubator-coverage', indicator: '科技企业孵化器', unit: '覆盖范围', values: [v(2025, '全镇域覆盖')], note: '第十章 一' },
  ],
};

/**
 * Seed 000's account of 2020 (第一章 一、基础条件, written at the end of the 十三五), beside seed 001's
 * 2020 targets for the same indicators. Figures as printed.
 */
export const ACTUALS_2020: readonly { table: string; row: string; text: string; section: string }[] = [
  { table: 'plan2018-table1', row: 'high-tech-firms', text: '6385 家', section: '第一章 把握发展新态势 一、基础条件' },
  { table: 'plan2018-table1', row: 'rd-gdp', text: '3.54%', section: '第一章 把握发展新态势 一、基础条件' },
];

/** Where the two plans set different 2025 targets for the same indicator: a note beside both rows. */
export const CROSS_PLAN_CONFLICTS: readonly { year: number; a: { table: string; row: string }; b: { table: string; row: string } }[] = [
  { year: 2025, a: { table: 'fyp14-table1', row: 'high-tech-firms' }, b: { table: 'plan2018-table1', row: 'high-tech-firms' } },
  { year: 2025, a: { table: 'fyp14-table1', row: 'rd-intensity' }, b: { table: 'plan2018-table1', row: 'rd-gdp' } },
];

const SHORT_PLAN: Record<string, string> = { 'fyp14-table1': '十四五规划', 'fyp14-programmes': '十四五规划', 'plan2018-table1': '重点新兴产业规划' };

/** The tables with the cross-plan notes and the 2020 actuals added to the rows they concern. */
function withNotes(tables: TargetTable[]): TargetTable[] {
  const find = (table: string, row: string) => {
    const r = tables.find((t) => t.id === table)?.rows.find((x) => x.id === row);
    if (!r) throw new Error(`no target row ${table}/${row}`);
    return r;
  };
  const extra = new Map<TargetRow, string[]>();
  const add = (row: TargetRow, note: string) => extra.set(row, [...(extra.get(row) ?? []), note]);
  for (const c of CROSS_PLAN_CONFLICTS) {
    const a = find(c.a.table, c.a.row);
    const b = find(c.b.table, c.b.row);
    // '3.59左右' with '%' reads '3.59%左右'; '10000' with '家' reads '10000家'.
    const figure = (r: TargetRow) => r.values.find((x) => x.year === c.year)!.text.replace(/^(.*\d)(左右|以上)?$/, `$1${r.unit}$2`);
    add(a, `与${SHORT_PLAN[c.b.table]}不同：它定 ${c.year} 年“${b.indicator}”为 ${figure(b)}`);
    add(b, `与${SHORT_PLAN[c.a.table]}不同：它定 ${c.year} 年“${a.indicator}”为 ${figure(a)}`);
  }
  for (const x of ACTUALS_2020) add(find(x.table, x.row), `2020 年实际 ${x.text}（十四五规划${x.section}）`);
  return tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) => (extra.has(r) ? { ...r, note: [r.note, ...extra.get(r)!].filter(Boolean).join('；') } : r)),
  }));
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
  { id: 'plan2018', label: '重点新兴产业发展规划', shortLabel: '重点新兴产业', document: DOC_PLAN2018, start: 2018, end: 2025, milestones: [2020, 2025], seed: SEED_PLAN2018 },
  { id: 'fyp14', label: '科技创新“十四五”规划', shortLabel: '十四五', document: DOC_FYP14, start: 2021, end: 2025, milestones: [2025], seed: SEED_FYP14 },
  { id: 'baiqianwan', label: '科技支撑“百千万工程”', shortLabel: '百千万', document: SOURCES.baiqianwan.document, start: 2023, end: 2025, milestones: [2023, 2025], seed: SOURCES.baiqianwan.seed },
  { id: 'action-plan', label: '成果产业化三年行动计划', shortLabel: '三年行动', document: SOURCES.goals.document, start: 2025, end: 2027, milestones: [2025, 2026, 2027], seed: SOURCES.goals.seed },
];
