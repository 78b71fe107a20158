import { defineMessages } from '../messages';

/** The targets screen's panels (loaded with that screen). */
/** The plan targets' panels (src/panels/targets): the timeline of plan periods and each plan's target table. */
export const targetPanelMessages = defineMessages({
  periods: { zh: '规划期', en: 'Plan periods' },
  periodLine: { zh: '{period}，目标年 {years}', en: '{period}; target years {years}' },
  yearTarget: { zh: '{year} 年目标', en: '{year} target' },
  timelineNote: {
    zh: '“百千万工程”实施方案设 2023、2025 年两档目标；轴上数字为年份后两位。',
    en: 'The "Hundred-Thousand-Ten-Thousand Project" plan sets targets for 2023 and 2025; the axis shows the last two digits of each year.',
  },
  barShare: { zh: '{year} 年为{against}的 {share}', en: '{year}: {share} of the {against}' },
  barShareCumulative: { zh: '{year} 年累计为{against}的 {share}', en: '{year} cumulative: {share} of the {against}' },
  barsJoin: { zh: '；', en: '; ' },
  scrollable: { zh: '{title}（可横向滚动）', en: '{title} (scrolls sideways)' },
  indicator: { zh: '指标', en: 'Indicator' },
  unit: { zh: '单位', en: 'Unit' },
  baseline: { zh: '（基数）', en: ' (baseline)' },
  against: { zh: '对照目标', en: 'Against the target' },
  source: { zh: '来源：', en: 'Source: ' },
});
