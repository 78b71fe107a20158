import { factKindLabel, planById } from './queries';
import type { FactKind, LayoutElement, Member, SourceRef } from './types';

export const FACT_KIND_BADGE: Record<FactKind, { short: string; title: string }> = {
  stated: { short: '文件', title: '规划文件明确写出' },
  sourced: { short: '来源', title: '有日期的公开来源给出' },
  derived: { short: '示意', title: '据文件措辞推导，仅为示意，并非规划原图' },
};

/** 《document》section；outside source（date）…, as every card and page cites an element. */
export function citeSource(source: SourceRef): string {
  const outside = (source.outside ?? []).map((o) => `；${o.name}（${o.date}）`).join('');
  return `《${source.document}》${source.section}${outside}`;
}

/** A member's role, whether it takes part only in part, and how that is known: '制造基地 · 部分 · 公开来源'. */
export function memberRoleLine(member: Member): string {
  return `${member.role}${member.coverage === 'partial' ? ' · 部分' : ''} · ${factKindLabel(member.factKind)}`;
}

/** A town's membership in an element, with the plan it belongs to: '一核三带十区 · 成员 · 推导（示意）'. */
export function membershipLine(element: LayoutElement, member: Member): string {
  return `${planById(element.plan)?.nameZh} · ${memberRoleLine(member)}`;
}
