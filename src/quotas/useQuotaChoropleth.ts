import { useMemo } from 'react';
import { choropleth, type Choropleth, type Measure } from './choropleth';
import type { Metric, Year } from './model';
import { useQuotaStore } from './store';

/**
 * The choropleth for the current data and a screen's view (metric, measure, year), recomputed only
 * when either changes.
 */
export function useQuotaChoropleth(view: { field: Metric; measure: Measure; year: Year }): Choropleth {
  const data = useQuotaStore((s) => s.data);
  const { field, measure, year } = view;
  return useMemo(() => choropleth(data, measure, field, year), [data, measure, field, year]);
}
