import { defineMessages } from '../messages';

/**
 * The plan documents the app cites, with their English titles (our translation; the Chinese title stays
 * the citation). The built-in plan files' `documentEn` spell them the same way.
 */
export const documentMessages = defineMessages({
  actionPlan: {
    zh: '东莞市加快科技成果产业化三年行动计划（2025—2027）',
    en: 'Dongguan Three-Year Action Plan for Accelerating the Industrialisation of Scientific and Technological Achievements (2025–2027)',
  },
  baiqianwan: {
    zh: '东莞市科技支撑“百县千镇万村高质量发展工程”构建更高水平城乡融合发展格局的实施方案',
    en: 'Dongguan implementation plan for science and technology support to the “Hundred-Thousand-Ten-Thousand Project” and a higher level of urban–rural integration',
  },
  fyp14: {
    zh: '东莞市科技创新“十四五”规划',
    en: "Dongguan's 14th Five-Year Plan for Science and Technology Innovation",
  },
  plan2018: {
    zh: '东莞市重点新兴产业发展规划（2018—2025年）',
    en: 'Dongguan Key Emerging Industries Development Plan (2018–2025)',
  },
  gd14: {
    zh: '广东省科技创新“十四五”规划',
    en: "Guangdong's 14th Five-Year Plan for Science and Technology Innovation",
  },
});
