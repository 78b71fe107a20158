import { useMemo } from 'react';
import { choropleth, type Choropleth, type Measure } from './choropleth';
import type { Metric, Year } from './model';
import { useQuotaStore } from './store';
import { useQuotaViewStore } from './viewStore';

/**
 * The choropleth for the current data and a view (by default the planner's view selection),
 * recomputed only when either changes.
 */
export function useQuotaChoropleth(view?: { field: Metric; measure: Measure; year: Year }): Choropleth {
  const data = useQuotaStore((s) => s.data);
  const plannerField = useQuotaViewStore((s) => s.field);
  const plannerMeasure = useQuotaViewStore((s) => s.measure);
  const plannerYear = useQuotaViewStore((s) => s.year);
  const field = view?.field ?? plannerField;
  const measure = view?.measure ?? plannerMeasure;
  const year = view?.year ?? plannerYear;
  return useMemo(() => choropleth(data, measure, field, year), [data, measure, field, year]);
}
