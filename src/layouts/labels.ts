import type { FactKind } from './types';

export const FACT_KIND_BADGE: Record<FactKind, { short: string; title: string }> = {
  stated: { short: '文件', title: '规划文件明确写出' },
  sourced: { short: '来源', title: '有日期的公开来源给出' },
  derived: { short: '示意', title: '据文件措辞推导，仅为示意，并非规划原图' },
};
