/**
 * What the presenter reads and the room does not see: the slide's own notes, then where every
 * element on it comes from and how it is known (stated / sourced / derived). Used by the presenter
 * console and the PowerPoint speaker notes.
 */
import { citeSource } from '../../layouts/labels';
import { elementById, factKindLabel } from '../../layouts/queries';
import { DISCOVERY_QUOTA_OTHER, METRIC_LABELS, SOURCES, citation } from '../../quotas/model';
import type { Slide } from './slide';

/** One line per layer and per quota fill: '一核（松山湖）：《…》… · 文件明确'. */
export function slideSourceLines(slide: Slide): string[] {
  const lines = slide.layers.flatMap((id) => {
    const element = elementById(id);
    return element ? [`${element.nameZh}：${citeSource(element.source)} · ${factKindLabel(element.factKind)}`] : [];
  });
  if (slide.quota) {
    const source = slide.quota.field === 'discovery' ? SOURCES.discovery : SOURCES.landing;
    // Only the rule is the plan's: a discovery quota nobody entered is the rule's default, never 文件明确.
    const kind = slide.quota.field === 'discovery' && slide.quota.measure === 'quota' ? `规则文件明确；未填写的镇街为默认值（未标创新强镇，默认按 ${DISCOVERY_QUOTA_OTHER} 计）` : '文件明确';
    lines.push(`${slide.quota.year} 年${METRIC_LABELS[slide.quota.field]}指标：${citation(source)} · ${kind}`);
  }
  return lines;
}

/** The full speaker notes of a slide: own notes, then the sources (or a line saying there are none). */
export function speakerNotes(slide: Slide): string {
  const own = slide.notes?.trim() ?? '';
  const sources = slideSourceLines(slide);
  const sourceBlock = sources.length > 0 ? ['来源与依据：', ...sources.map((l) => `· ${l}`)].join('\n') : '来源与依据：本页只有镇街底图（边界数据：DataV.GeoAtlas，示意）。';
  return own ? `${own}\n\n${sourceBlock}` : sourceBlock;
}
