/**
 * A plan's generated briefing: a title slide, one slide per element kind (in the plan's order), and
 * the change list against the plan it follows. Plain slides (src/modes/present/slide.ts), so the
 * deck takes them as they are (deck/replace, with 撤销) and exports them as any deck.
 */
import { ELEMENT_KIND_LABEL } from '../../layouts/kindLabels';
import { changeLines, planChanges } from '../../layouts/planChanges';
import type { ElementKind, LayoutElement } from '../../layouts/types';
import type { Plan } from '../../plans/planFile';
import { periodText } from '../../plans/status';
import { planEditorMessages as m } from '../../i18n/catalogue/plansMode';
import { joinList, t } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { elementName, planName, planTitle } from '../../layouts/displayNames';
import { quoteIfChinese } from '../../i18n/names';
import { MAX_CAPTION, MAX_NOTES, MAX_TITLE, type Slide, type SlideCamera } from '../present/slide';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const townsOf = (elements: readonly LayoutElement[]) => [...new Set(elements.flatMap((e) => e.members.map((member) => member.town)))];
/** An element's name: its English where it has one, else its Chinese, kept in 「」 in English. */
const quotedName = (e: LayoutElement) => quoteIfChinese(elementName(e));
const cameraOn = (towns: string[]): SlideCamera => (towns.length ? { kind: 'towns', towns } : { kind: 'city' });

/** The plan a new one most likely follows: the latest other plan whose period ends before this one's ends. */
export function predecessorOf(plan: Plan, plans: readonly Plan[]): Plan | null {
  const end = plan.group.period?.end ?? Infinity;
  const start = plan.group.period?.start ?? Infinity;
  const candidates = plans.filter((p) => p.group.id !== plan.group.id && p.group.period && !p.group.draft && p.group.period.end <= end && p.group.period.start < start);
  return candidates.sort((a, b) => b.group.period!.end - a.group.period!.end || b.group.period!.start - a.group.period!.start)[0] ?? null;
}

export function buildPlanBriefing(plan: Plan, previous: Plan | null): Slide[] {
  const { group, elements } = plan;
  const id = (n: number) => `brief-${group.id}-${n}`;
  const all = elements.map((e) => e.id);
  const quoted = [group.document, group.docNumber, group.issuer].map((text) => (text ? quoteIfChinese(text) : ''));
  const facts = [...quoted, group.issued ? t(m.briefIssued, { date: group.issued }) : '', group.period ? t(m.briefPeriod, { period: periodText(group) }) : ''].filter(Boolean);
  const slides: Slide[] = [
    {
      id: id(1),
      title: clip(quoteIfChinese(planTitle(group)), MAX_TITLE),
      caption: clip(t(m.briefCaption, { facts: facts.join(' · '), count: elements.length }), MAX_CAPTION),
      layers: all,
      camera: { kind: 'city' },
      highlight: [],
      quota: null,
    },
  ];
  const kinds: ElementKind[] = [...new Set(elements.map((e) => e.kind))];
  for (const kind of kinds) {
    const ofKind = elements.filter((e) => e.kind === kind);
    const towns = townsOf(ofKind);
    const names = ofKind.map((e) => t(m.briefName, { name: quotedName(e), towns: joinList([...new Set(e.members.map((member) => displayTownName(member.town)))]) || t(m.briefTownsNone) }));
    slides.push({
      id: id(slides.length + 1),
      title: clip(t(m.briefKindTitle, { plan: quoteIfChinese(planName(group)), kind: ELEMENT_KIND_LABEL[kind], count: ofKind.length }), MAX_TITLE),
      caption: clip(names.join(t(m.briefSeparator)), MAX_CAPTION),
      notes: clip(
        ofKind.map((e) => [quotedName(e), quoteIfChinese(e.description), e.source.section ? t(m.briefSource, { section: quoteIfChinese(e.source.section) }) : ''].filter(Boolean).join(t(m.briefSentence))).join('\n'),
        MAX_NOTES,
      ),
      layers: ofKind.map((e) => e.id),
      camera: cameraOn(towns),
      highlight: towns,
      quota: null,
    });
  }
  if (previous) {
    const changes = planChanges(previous.elements, elements);
    const lines = changeLines(changes, (k) => ELEMENT_KIND_LABEL[k]);
    slides.push({
      id: id(slides.length + 1),
      title: clip(t(m.briefChangesTitle, { name: quoteIfChinese(planName(previous.group)) }), MAX_TITLE),
      caption: clip(lines.join(t(m.briefSeparator)), MAX_CAPTION),
      notes: clip(lines.join('\n'), MAX_NOTES),
      layers: all,
      camera: cameraOn(changes.towns),
      highlight: changes.towns,
      quota: null,
    });
  }
  return slides;
}
