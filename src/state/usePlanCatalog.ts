import { useSyncExternalStore } from 'react';
import { planCatalog, subscribeCatalog, type PlanCatalog } from '../plans/catalog';

/** The plan catalog, re-rendering when a plan is imported, copied or deleted. */
export function usePlanCatalog(): PlanCatalog {
  return useSyncExternalStore(subscribeCatalog, planCatalog, planCatalog);
}
