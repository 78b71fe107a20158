import { isolateListeners } from '../lib/isolateListeners';
import { create } from 'zustand';
import type { Measure } from './choropleth';
import type { Metric, Year } from './model';

/** What the quota choropleth shows: which metric, which measure, which year. */
export interface QuotaViewState {
  field: Metric;
  measure: Measure;
  year: Year;
  setField: (field: Metric) => void;
  setMeasure: (measure: Measure) => void;
  setYear: (year: Year) => void;
}

export const useQuotaViewStore = create<QuotaViewState>((set) => ({
  field: 'discovery',
  measure: 'quota',
  year: 2025,
  setField: (field) => set({ field }),
  setMeasure: (measure) => set({ measure }),
  setYear: (year) => set({ year }),
}));

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useQuotaViewStore);
