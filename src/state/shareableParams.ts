import { isYear, METRICS, type Metric } from '../quotas/model';
import type { Measure } from '../quotas/choropleth';
import { useQuotaViewStore } from '../quotas/viewStore';
import { resolveSide } from '../layouts/comparison';
import { useCompareStore } from './compareStore';
import { quoteUserText, useNoticeStore } from './noticeStore';
import { useTownFillStore } from './townFillStore';
import type { UrlSyncOptions } from './urlSync';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

const MEASURES: readonly Measure[] = ['quota', 'actual', 'rate'];

/**
 * The town fill is part of what a person shares: `fill=quota&quota=landing.rate.2026` or
 * `fill=compare&cmp=belt-east|region-south`.
 */
export const townFillParams: NonNullable<UrlSyncOptions['extraParams']>[number] = {
  read(): Record<string, string> {
    const { mode } = useTownFillStore.getState();
    if (mode === 'quota') {
      const { field, measure, year } = useQuotaViewStore.getState();
      return { fill: 'quota', quota: `${field}.${measure}.${year}` };
    }
    if (mode === 'compare') {
      const { a, b } = useCompareStore.getState();
      return { fill: 'compare', cmp: `${a}|${b}` };
    }
    return {};
  },
  apply(params) {
    const warn = (text: string) => useNoticeStore.getState().notify('warning', text);
    const fill = params.fill ?? '';
    if (fill === 'quota') {
      const [field, measure, yearText] = (params.quota ?? '').split('.');
      const year = Number(yearText);
      if (METRICS.includes(field as Metric) && MEASURES.includes(measure as Measure) && isYear(year)) {
        const view = useQuotaViewStore.getState();
        view.setField(field as Metric);
        view.setMeasure(measure as Measure);
        view.setYear(year);
      } else if (params.quota) {
        warn(t(stateMessages.linkQuota, { value: quoteUserText(params.quota) }));
      }
      useTownFillStore.getState().setMode('quota');
    } else if (fill === 'compare') {
      const [a, b] = (params.cmp ?? '').split('|');
      if (a && b && resolveSide(a).length > 0 && resolveSide(b).length > 0) {
        useCompareStore.getState().setA(a);
        useCompareStore.getState().setB(b);
      } else if (params.cmp) {
        warn(t(stateMessages.linkCompare, { value: quoteUserText(params.cmp) }));
      }
      useTownFillStore.getState().setMode('compare');
    } else {
      if (fill !== '') warn(t(stateMessages.linkFill, { value: quoteUserText(fill) }));
      useTownFillStore.getState().setMode('none');
    }
  },
  subscribe(listener) {
    const stops = [useTownFillStore.subscribe(listener), useQuotaViewStore.subscribe(listener), useCompareStore.subscribe(listener)];
    return () => stops.forEach((stop) => stop());
  },
};
