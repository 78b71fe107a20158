import { elementName } from '../../layouts/displayNames';
import { elementById } from '../../layouts/queries';
import type { Metric } from '../../quotas/model';
import { presentMessages as m } from '../../i18n/catalogue/present';
import { joinList, t, type Message } from '../../i18n/messages';
import { displayShortTownName } from '../../towns/townNames';
import type { Slide } from './slide';

export const METRIC_NAMES: Record<Metric, Message> = { discovery: m.metricDiscovery, landing: m.metricLanding };

function cameraText(slide: Slide): string {
  switch (slide.camera.kind) {
    case 'city':
      return t(m.wholeCity);
    case 'towns':
      return joinList(slide.camera.towns.map((town) => displayShortTownName(town)));
    case 'bounds':
      return t(m.bounds, { bounds: slide.camera.bounds.map((v) => v.toFixed(2)).join(', ') });
  }
}

/** '镜头：松山湖 · 图层：一核 · 指标：2025 发现' — what a slide shows, in one line. */
export function slideSummary(slide: Slide): string {
  const layers = slide.layers.map((id) => {
    const element = elementById(id);
    return element ? elementName(element) : id;
  });
  const parts = [t(m.summaryCamera, { camera: cameraText(slide) })];
  parts.push(layers.length ? t(m.summaryLayers, { layers: joinList(layers) }) : t(m.summaryNoLayers));
  if (slide.quota) parts.push(t(m.summaryQuota, { year: slide.quota.year, metric: t(METRIC_NAMES[slide.quota.field]) }));
  return parts.join(' · ');
}
