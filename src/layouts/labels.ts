import { planStatus } from '../plans/status';
import { factKindLabel, planById } from './queries';
import type { FactKind, LayoutElement, Member, SourceRef } from './types';

export const FACT_KIND_BADGE: Record<FactKind, { short: string; title: string }> = {
  stated: { short: '文件', title: '规划文件明确写出' },
  sourced: { short: '来源', title: '有日期的公开来源给出' },
  derived: { short: '示意', title: '据文件措辞推导，仅为示意，并非规划原图' },
};

/**
 * 《document》section；outside source（date）…；无出处：…, as every card and page cites an element.
 * What has no citation says so instead of borrowing a title.
 */
export function citeSource(source: SourceRef): string {
  const parts: string[] = [];
  if (source.document) parts.push(`《${source.document}》${source.section ?? ''}`);
  for (const o of source.outside ?? []) parts.push(`${o.name}（${o.date}）`);
  if (source.uncited) parts.push(`无出处：${source.uncited}`);
  return parts.join('；');
}

/** The role as shown: the plan's words in 「」, ours marked （概括）, plain membership as is. */
export function roleText(member: Pick<Member, 'role' | 'roleWording'>): string {
  if (member.roleWording === 'quote') return `「${member.role}」`;
  if (member.roleWording === 'paraphrase') return `${member.role}（概括）`;
  return member.role;
}

/** A member's role, whether it takes part only in part, and how that is known: '「制造业重要基地」 · 部分 · 公开来源'. */
export function memberRoleLine(member: Member): string {
  return `${roleText(member)}${member.coverage === 'partial' ? ' · 部分' : ''} · ${factKindLabel(member.factKind)}`;
}

/** Said wherever an element's member list is shown and the plan ends that list with 等. */
export const OPEN_LIST_NOTE = '名单以“等”结尾，未列全';

/** A town's membership in an element, with the plan it belongs to: '一核三带十区（已到期） · 成员 · 推导（示意）'. */
export function membershipLine(element: LayoutElement, member: Member, year: number = new Date().getFullYear()): string {
  const open = element.openList?.length ? ` · ${OPEN_LIST_NOTE}` : '';
  const plan = planById(element.plan);
  return `${plan?.nameZh ?? element.plan}${planBadge(element.plan, year)} · ${memberRoleLine(member)}${open}`;
}

/**
 * '（已到期）' after anything of a plan whose period ended before `year`, '（草稿）' for a draft,
 * nothing for a plan in force: the words every text line uses (所属布局, legend rows, exports),
 * as the panels' PlanStatusBadge does on screen.
 */
export function planBadge(planId: string, year: number = new Date().getFullYear()): string {
  const plan = planById(planId);
  const status = plan ? planStatus(plan, year) : 'in-force';
  return status === 'ended' ? '（已到期）' : status === 'draft' ? '（草稿）' : '';
}
