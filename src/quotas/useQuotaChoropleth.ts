import { useMemo } from 'react';
import { choropleth, type Choropleth } from './choropleth';
import { useQuotaStore } from './store';
import { useQuotaViewStore } from './viewStore';

/** The choropleth for the current data and view selection, recomputed only when either changes. */
export function useQuotaChoropleth(): Choropleth {
  const data = useQuotaStore((s) => s.data);
  const field = useQuotaViewStore((s) => s.field);
  const measure = useQuotaViewStore((s) => s.measure);
  const year = useQuotaViewStore((s) => s.year);
  return useMemo(() => choropleth(data, measure, field, year), [data, measure, field, year]);
}
