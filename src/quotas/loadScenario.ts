import type { QuotaData } from './model';
import { parseScenario, validateQuotaData } from './scenario';
import { useQuotaStore } from './store';

/**
 * Replaces the whole quota state by a scenario (JSON text or QuotaData), undoably; an invalid one
 * changes nothing. Apart from the store, so the schemas load with the import dialog, not at start.
 */
export function loadScenario(scenario: string | QuotaData): { ok: true } | { ok: false; error: string } {
  const parsed = typeof scenario === 'string' ? parseScenario(scenario) : validateQuotaData(scenario);
  if (!parsed.ok) return parsed;
  useQuotaStore.getState().replaceWithScenario(parsed.data);
  return { ok: true };
}
