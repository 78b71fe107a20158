import { planStatusMessages as planMessages } from '../i18n/catalogue/plans-status';
import { labelsIn } from '../i18n/labels';
import { t } from '../i18n/messages';
import type { PlanGroup } from '../layouts/types';

export type PlanStatus = 'in-force' | 'ended' | 'draft';

export const PLAN_STATUS_LABEL: Readonly<Record<PlanStatus, string>> = labelsIn({ 'in-force': planMessages.statusInForce, ended: planMessages.statusEnded, draft: planMessages.statusDraft });

/** A draft is 草稿; a plan whose period ended before `year` is 已到期; any other (a grouping with no period too) is 在期. */
export function planStatus(group: Pick<PlanGroup, 'draft' | 'period'>, year: number): PlanStatus {
  if (group.draft) return 'draft';
  if (group.period && group.period.end < year) return 'ended';
  return 'in-force';
}

/** '2018—2025 年', or '未定期限' for a grouping with no period. */
export function periodText(group: Pick<PlanGroup, 'period'>): string {
  return group.period ? t(planMessages.period, { start: group.period.start, end: group.period.end }) : t(planMessages.noPeriod);
}

/** In force in `year`: not a draft, and the year within its period (a grouping with no period always is). */
export function inForce(group: Pick<PlanGroup, 'draft' | 'period'>, year: number): boolean {
  if (group.draft) return false;
  return !group.period || (group.period.start <= year && year <= group.period.end);
}

/** The years a year control offers: every year any plan's period covers, and this year. */
export function planYears(groups: readonly Pick<PlanGroup, 'period'>[], thisYear: number): number[] {
  let lo = thisYear;
  let hi = thisYear;
  for (const g of groups) {
    if (!g.period) continue;
    lo = Math.min(lo, g.period.start);
    hi = Math.max(hi, g.period.end);
  }
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
