/**
 * What a screen's quota map shows (metric, measure, year, and whether the towns are filled with
 * it), given to the screen's panels by context. The planner (and the quota table screen) give none:
 * their panels then read the planner state and dispatch its actions. The town view gives its own
 * store, so its 在地图上显示 changes the town map and nothing in the planner.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Measure } from '../../quotas/choropleth';
import type { Metric, Year } from '../../quotas/model';
import type { TownFillMode } from './plannerActions';
import { usePlanner, usePlannerDispatch } from './plannerState';

export interface QuotaViewSlice {
  field: Metric;
  measure: Measure;
  year: Year;
  fillMode: TownFillMode;
  setField: (field: Metric) => void;
  setMeasure: (measure: Measure) => void;
  setYear: (year: Year) => void;
  setFillMode: (mode: TownFillMode) => void;
}

const QuotaViewContext = createContext<StoreApi<QuotaViewSlice> | null>(null);

export function QuotaViewProvider({ store, children }: { store: StoreApi<QuotaViewSlice>; children: ReactNode }) {
  return createElement(QuotaViewContext.Provider, { value: store }, children);
}

/** A store that is never read: useStore needs one when the screen gives none. */
const unused = { getState: () => null, getInitialState: () => null, subscribe: () => () => {}, setState: () => {} } as unknown as StoreApi<QuotaViewSlice | null>;

/** The quota view of the screen this panel is on. */
export function useQuotaView(): QuotaViewSlice {
  const screen = useContext(QuotaViewContext);
  const own = useStore((screen ?? unused) as StoreApi<QuotaViewSlice | null>);
  const view = usePlanner((s) => s.quotaView);
  const fillMode = usePlanner((s) => s.fillMode);
  const dispatch = usePlannerDispatch();
  if (own) return own;
  return {
    ...view,
    fillMode,
    setField: (field) => dispatch({ type: 'quotaView/set', view: { field } }),
    setMeasure: (measure) => dispatch({ type: 'quotaView/set', view: { measure } }),
    setYear: (year) => dispatch({ type: 'quotaView/set', view: { year } }),
    setFillMode: (mode) => dispatch({ type: 'fill/setMode', mode }),
  };
}
