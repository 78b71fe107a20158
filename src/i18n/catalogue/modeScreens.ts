import { defineMessages } from '../messages';

/** The full-page screens in src/modes that hold panels: plan targets (#/targets) and the quota table (#/quotas). */
export const modeScreenMessages = defineMessages({
  targets: { zh: '规划目标', en: 'Plan targets' },
  backToMap: { zh: '返回地图', en: 'Back to the map' },
  targetsIntro: {
    zh: '各规划文件自己设定的目标：指标名称和数字照原文，单位、年份和出处逐项标明。',
    en: 'The targets each plan sets itself: names and figures as in the document, with the unit, year and source of each.',
  },
  backToCity: { zh: '返回全市地图', en: 'Back to the city map' },
  townQuotas: { zh: '镇街指标', en: 'Town quotas' },
});
