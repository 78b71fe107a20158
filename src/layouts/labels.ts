import { layoutMessages as m } from '../i18n/catalogue/layouts';
import { currentLanguage } from '../i18n/language';
import { t, type Message } from '../i18n/messages';
import { quoteBeside } from '../i18n/names';
import { planStatus } from '../plans/status';
import { planName } from './displayNames';
import { factKindLabel, planById } from './queries';
import type { FactKind, LayoutElement, Member, SourceRef } from './types';

/** A badge's words, read in the page's language when used. */
function badge(short: Message, title: Message): { short: string; title: string } {
  return {
    get short() {
      return t(short);
    },
    get title() {
      return t(title);
    },
  };
}

export const FACT_KIND_BADGE: Record<FactKind, { short: string; title: string }> = {
  stated: badge(m.badgeStatedShort, m.badgeStatedTitle),
  sourced: badge(m.badgeSourcedShort, m.badgeSourcedTitle),
  derived: badge(m.badgeDerivedShort, m.badgeDerivedTitle),
};

/**
 * 《document》section；outside source（date）…；无出处：…, as every card and page cites an element.
 * What has no citation says so instead of borrowing a title.
 */
export function citeSource(source: SourceRef): string {
  // In English a title or text with no English is kept in Chinese, in 「」 (the mark of quoted Chinese).
  const en = currentLanguage() === 'en';
  const parts: string[] = [];
  if (source.document) {
    const section = source.section ? t(m.citeSection, { section: en ? (source.sectionEn ?? quoteBeside(source.section, undefined)) : source.section }) : '';
    parts.push(t(m.citeDocument, { document: en ? quoteBeside(source.document, source.documentEn) : source.document, section }));
  }
  for (const o of source.outside ?? []) parts.push(t(m.citeOutside, { name: en ? quoteBeside(o.name, undefined) : o.name, date: o.date }));
  if (source.uncited) parts.push(t(m.citeUncited, { text: en ? (source.uncitedEn ?? quoteBeside(source.uncited, undefined)) : source.uncited }));
  return parts.join(t(m.citeJoin));
}

/**
 * The role as shown: the plan's words in 「」, ours marked （概括）, plain membership as is. In English
 * a quoted role is the English with the plan's words beside it in 「」.
 */
export function roleText(member: Pick<Member, 'role' | 'roleWording' | 'roleEn'>): string {
  if (currentLanguage() !== 'en') {
    if (member.roleWording === 'quote') return `「${member.role}」`;
    if (member.roleWording === 'paraphrase') return t(m.paraphrase, { role: member.role });
    return member.role;
  }
  if (member.roleWording === 'quote') return quoteBeside(member.role, member.roleEn);
  const role = member.roleEn ?? quoteBeside(member.role, undefined);
  return member.roleWording === 'paraphrase' ? t(m.paraphrase, { role }) : role;
}

/** A member's role, whether it takes part only in part, and how that is known: '「制造业重要基地」 · 部分 · 公开来源'. */
export function memberRoleLine(member: Member): string {
  return `${roleText(member)}${member.coverage === 'partial' ? t(m.partialMember) : ''} · ${factKindLabel(member.factKind)}`;
}

/** Said wherever an element's member list is shown and the plan ends that list with 等. */
export function openListNote(): string {
  return t(m.openListNote);
}
/** `openListNote()` in the language the page opened in (the language is fixed for a page's life). */
export const OPEN_LIST_NOTE = openListNote();

/** A town's membership in an element, with the plan it belongs to: '一核三带十区（已到期） · 成员 · 推导（示意）'. */
export function membershipLine(element: LayoutElement, member: Member, year: number = new Date().getFullYear()): string {
  const open = element.openList?.length ? ` · ${openListNote()}` : '';
  const plan = planById(element.plan);
  return `${plan ? planName(plan) : element.plan}${planBadge(element.plan, year)} · ${memberRoleLine(member)}${open}`;
}

/**
 * '（已到期）' after anything of a plan whose period ended before `year`, '（草稿）' for a draft,
 * nothing for a plan in force: the words every text line uses (所属布局, legend rows, exports),
 * as the panels' PlanStatusBadge does on screen.
 */
export function planBadge(planId: string, year: number = new Date().getFullYear()): string {
  const plan = planById(planId);
  const status = plan ? planStatus(plan, year) : 'in-force';
  return status === 'ended' ? t(m.badgeEnded) : status === 'draft' ? t(m.badgeDraft) : '';
}
