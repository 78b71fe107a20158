import { elementById } from '../../layouts/queries';
import { METRIC_LABELS } from '../../quotas/model';
import { townFact } from '../../towns/townFacts';
import type { Slide } from './slide';

const short = (name: string) => townFact(name)?.shortName ?? name;

function cameraText(slide: Slide): string {
  switch (slide.camera.kind) {
    case 'city':
      return '全市';
    case 'towns':
      return slide.camera.towns.map(short).join('、');
    case 'bounds':
      return `范围 ${slide.camera.bounds.map((v) => v.toFixed(2)).join(', ')}`;
  }
}

/** '镜头：松山湖 · 图层：一核 · 指标：2025 发现' — what a slide shows, in one line. */
export function slideSummary(slide: Slide): string {
  const layers = slide.layers.map((id) => elementById(id)?.nameZh ?? id);
  const parts = [`镜头：${cameraText(slide)}`];
  parts.push(layers.length ? `图层：${layers.join('、')}` : '图层：无');
  if (slide.quota) parts.push(`指标：${slide.quota.year} ${METRIC_LABELS[slide.quota.field]}`);
  return parts.join(' · ');
}
