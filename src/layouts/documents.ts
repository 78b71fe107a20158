/**
 * The two plan documents the app cites, and the seed files in ../shared/seeds that hold their
 * text. The plans' own data are plan files (src/plans/builtin); these names are what the targets
 * page (src/targets) and the data tests cite.
 */
export const DOC_PLAN2018 = '东莞市重点新兴产业发展规划（2018—2025年）';
export const SEED_PLAN2018 = '001_1638d4570d45b92e.txt';
export const DOC_FYP14 = '东莞市科技创新“十四五”规划';
export const SEED_FYP14 = '000_6cb375d06ff92375.txt';
