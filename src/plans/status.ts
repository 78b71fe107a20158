import type { PlanGroup } from '../layouts/types';

export type PlanStatus = 'in-force' | 'ended' | 'draft';

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = { 'in-force': '在期', ended: '已到期', draft: '草稿' };

/** A draft is 草稿; a plan whose period ended before `year` is 已到期; any other (a grouping with no period too) is 在期. */
export function planStatus(group: Pick<PlanGroup, 'draft' | 'period'>, year: number): PlanStatus {
  if (group.draft) return 'draft';
  if (group.period && group.period.end < year) return 'ended';
  return 'in-force';
}

/** '2018—2025 年', or '未定期限' for a grouping with no period. */
export function periodText(group: Pick<PlanGroup, 'period'>): string {
  return group.period ? `${group.period.start}—${group.period.end} 年` : '未定期限';
}
