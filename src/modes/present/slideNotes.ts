/**
 * What the presenter reads and the room does not see: the slide's own notes, then where every
 * element on it comes from and how it is known (stated / sourced / derived). Used by the presenter
 * console and the PowerPoint speaker notes.
 */
import { elementName } from '../../layouts/displayNames';
import { citeSource } from '../../layouts/labels';
import { elementById } from '../../layouts/queries';
import type { FactKind } from '../../layouts/types';
import { DISCOVERY_QUOTA_OTHER, SOURCES, citation } from '../../quotas/model';
import { presentMessages as m } from '../../i18n/catalogue/present';
import { t, type Message } from '../../i18n/messages';
import { quoteIfChinese as cited } from '../../i18n/names';
import { METRIC_NAMES } from './slideSummary';
import type { Slide } from './slide';

const FACT_KINDS: Record<FactKind, Message> = { stated: m.stated, sourced: m.sourced, derived: m.derived };

/** One line per layer and per quota fill: '一核（松山湖）：《…》… · 文件明确'. */
export function slideSourceLines(slide: Slide): string[] {
  const lines = slide.layers.flatMap((id) => {
    const element = elementById(id);
    return element
      ? [t(m.sourceLine, { name: elementName(element), source: cited(citeSource(element.source)), kind: t(FACT_KINDS[element.factKind]) })]
      : [];
  });
  if (slide.quota) {
    const source = slide.quota.field === 'discovery' ? SOURCES.discovery : SOURCES.landing;
    // Only the rule is the plan's: a discovery quota nobody entered is the rule's default, never 文件明确.
    const kind = slide.quota.field === 'discovery' && slide.quota.measure === 'quota' ? t(m.quotaRuleKind, { other: DISCOVERY_QUOTA_OTHER }) : t(m.stated);
    lines.push(t(m.quotaSourceLine, { year: slide.quota.year, metric: t(METRIC_NAMES[slide.quota.field]), source: cited(citation(source)), kind }));
  }
  return lines;
}

/** The full speaker notes of a slide: own notes, then the sources (or a line saying there are none). */
export function speakerNotes(slide: Slide): string {
  const own = slide.notes?.trim() ?? '';
  const sources = slideSourceLines(slide);
  const sourceBlock = sources.length > 0 ? [t(m.sourcesHeading), ...sources.map((l) => `· ${l}`)].join('\n') : t(m.sourcesNone);
  return own ? `${own}\n\n${sourceBlock}` : sourceBlock;
}
