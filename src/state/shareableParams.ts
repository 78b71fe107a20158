import { isYear, METRICS, type Metric } from '../quotas/model';
import type { Measure } from '../quotas/choropleth';
import { resolveSide } from '../layouts/comparison';
import { quoteUserText } from './noticeStore';
import type { LocationValues, PlannerState } from './screens/plannerActions';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

const MEASURES: readonly Measure[] = ['quota', 'actual', 'rate'];

/**
 * The town fill is part of what a person shares: `fill=quota&quota=landing.rate.2026` or
 * `fill=compare&cmp=belt-east|region-south`.
 */
export function fillParams(state: PlannerState): Record<string, string> {
  if (state.fillMode === 'quota') {
    const { field, measure, year } = state.quotaView;
    return { fill: 'quota', quota: `${field}.${measure}.${year}` };
  }
  if (state.fillMode === 'compare') return { fill: 'compare', cmp: `${state.compare.a}|${state.compare.b}` };
  return {};
}

/** The fill a link's parameters describe; what cannot be read is left as it is, with a warning. */
export function parseFillParams(params: Record<string, string>, warn: (text: string) => void): Pick<LocationValues, 'fillMode' | 'quotaView' | 'compare'> {
  const fill = params.fill ?? '';
  if (fill === 'quota') {
    const [field, measure, yearText] = (params.quota ?? '').split('.');
    const year = Number(yearText);
    if (METRICS.includes(field as Metric) && MEASURES.includes(measure as Measure) && isYear(year)) {
      return { fillMode: 'quota', quotaView: { field: field as Metric, measure: measure as Measure, year } };
    }
    if (params.quota) warn(t(stateMessages.linkQuota, { value: quoteUserText(params.quota) }));
    return { fillMode: 'quota' };
  }
  if (fill === 'compare') {
    const [a, b] = (params.cmp ?? '').split('|');
    if (a && b && resolveSide(a).length > 0 && resolveSide(b).length > 0) return { fillMode: 'compare', compare: { a, b } };
    if (params.cmp) warn(t(stateMessages.linkCompare, { value: quoteUserText(params.cmp) }));
    return { fillMode: 'compare' };
  }
  if (fill !== '') warn(t(stateMessages.linkFill, { value: quoteUserText(fill) }));
  return { fillMode: 'none' };
}
