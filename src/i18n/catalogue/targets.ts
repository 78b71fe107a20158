import { defineMessages } from '../messages';

/**
 * The plans' own targets (src/targets): our titles, captions, notes and units. The indicators are
 * quoted from the plans and stay Chinese; their English (our translation) is `indicatorEn` in the data,
 * shown beside the Chinese.
 */
export const targetTableMessages = defineMessages({
  fyp14Title: { zh: '“十四五”科技创新主要目标（2025 年）', en: 'Main science and technology innovation targets of the 14th Five-Year Plan (2025)' },
  industryTitle: {
    zh: '重点新兴产业发展预期性指标（2017 年基数，2020、2025 年目标）',
    en: 'Expected indicators for the key emerging industries (2017 baseline, 2020 and 2025 targets)',
  },
  industryCaption: {
    zh: '条形为各年数值相对 2025 年目标的比例；2017 年是基数，不是目标。',
    en: 'The bars show each year’s figure as a share of the 2025 target; 2017 is the baseline, not a target.',
  },
  clusterTitle: { zh: '产业集群目标（2025 年）', en: 'Industry cluster goals (2025)' },
  baiqianwanTitle: {
    zh: '科技支撑“百千万工程”镇街目标（2023、2025 年）',
    en: 'Town targets of the science and technology support to the “Hundred-Thousand-Ten-Thousand Project” (2023, 2025)',
  },
  actionPlanTitle: {
    zh: '科技成果产业化三年行动计划：全市年度目标（2025—2027 年）',
    en: 'Three-Year Action Plan for the industrialisation of scientific and technological achievements: city-wide yearly targets (2025–2027)',
  },
  actionPlanCaption: {
    zh: '2026、2027 年为新增数。落地与中试平台的条形为逐年累计相对三年目标的比例；发现和对接会没有三年目标，不画条形。',
    en: 'The 2026 and 2027 figures are additional. The bars for landing and pilot platforms show the running total as a share of the three-year target; discovery and matchmaking events have no three-year target, so no bars.',
  },
  programmesTitle: { zh: '“十四五”规划各章的其他 2025 年目标', en: 'Other 2025 targets in the chapters of the 14th Five-Year Plan' },
  programmesCaption: { zh: '这些目标写在规划各章正文里，不在表 1 中。', en: 'These targets are written in the text of the plan’s chapters, not in Table 1.' },
  threeYearTotal: { zh: '三年合计 ≥{total}', en: 'Three-year total ≥{total}' },
});

export const targetNoteMessages = defineMessages({
  cumulative: { zh: '累计数', en: 'Cumulative figure' },
  unitCorrected: {
    zh: '原文单位印作“%”；8000 是企业家数，单位应为“家”（此处已更正）',
    en: 'The document prints the unit as “%”; 8000 is a number of firms, so the unit should be firms (corrected here)',
  },
  growthRate: { zh: '复合增长率 {rate}', en: 'Compound growth rate {rate}' },
  tenZones: { zh: '即“一核三带十区”的十区', en: 'The Ten Zones of “One Core, Three Belts, Ten Zones”' },
  range2to3: { zh: '区间：2 至 3 个', en: 'A range: 2 to 3' },
  ch9s2: { zh: '第九章 二', en: 'Chapter 9, section 2' },
  ch9s3: { zh: '第九章 三', en: 'Chapter 9, section 3' },
  ch10s1: { zh: '第十章 一', en: 'Chapter 10, section 1' },
  ch5s1Cumulative: { zh: '第五章 一；累计数', en: 'Chapter 5, section 1; cumulative figure' },
  ch5s1Above: { zh: '第五章 一；指上一行的研究生', en: 'Chapter 5, section 1; of the postgraduates in the row above' },
  otherPlan: { zh: '与{plan}不同：它定 {year} 年“{indicator}”为 {figure}', en: 'Differs from the {plan}: it sets “{indicator}” at {figure} for {year}' },
  actual2020: { zh: '2020 年实际 {figure}（十四五规划{section}）', en: '2020 actual: {figure} (14th Five-Year Plan, {section})' },
  basicConditions: { zh: '第一章 把握发展新态势 一、基础条件', en: 'chapter 1, section 1, basic conditions' },
  separator: { zh: '；', en: '; ' },
  fyp14Short: { zh: '十四五规划', en: '14th Five-Year Plan' },
  plan2018Short: { zh: '重点新兴产业规划', en: 'Key Emerging Industries Plan' },
});

/** Units as they should read (our words; the printed unit is corrected where the seed garbles it). */
export const targetUnitMessages = defineMessages({
  percent: { zh: '%', en: '%' },
  personYears: { zh: '人年', en: 'person-years' },
  patents: { zh: '件', en: 'patents' },
  tenThousandPatents: { zh: '万件', en: '10,000 patents' },
  hundredMillionYuan: { zh: '亿元', en: '100 million yuan' },
  firms: { zh: '家', en: 'firms' },
  people: { zh: '人', en: 'people' },
  clusters: { zh: '个', en: 'clusters' },
  zones: { zh: '个', en: 'zones' },
  items: { zh: '项', en: 'items' },
  events: { zh: '场', en: 'events' },
  platforms: { zh: '个', en: 'platforms' },
  students: { zh: '名', en: 'students' },
  coverage: { zh: '覆盖范围', en: 'coverage' },
});

/** The plan periods on the timeline. */
export const planPeriodMessages = defineMessages({
  plan2018: { zh: '重点新兴产业发展规划', en: 'Key Emerging Industries Development Plan' },
  plan2018Short: { zh: '重点新兴产业', en: 'Key emerging industries' },
  fyp14: { zh: '科技创新“十四五”规划', en: '14th Five-Year Plan for Science and Technology Innovation' },
  fyp14Short: { zh: '十四五', en: '14th Five-Year Plan' },
  baiqianwan: { zh: '科技支撑“百千万工程”', en: 'Science and technology support to the “Hundred-Thousand-Ten-Thousand Project”' },
  baiqianwanShort: { zh: '百千万', en: 'Hundred-Thousand-Ten-Thousand' },
  actionPlan: { zh: '成果产业化三年行动计划', en: 'Three-Year Action Plan for industrialising achievements' },
  actionPlanShort: { zh: '三年行动', en: 'Three-Year Action Plan' },
});
