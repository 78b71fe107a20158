import { QUOTA_UNIT_NAMES } from '../../src/towns/quotaUnits';
import { QUOTA_FIELDS, YEARS, isQuotaField, isYear, type QuotaField, type Year } from '../../src/quotas/model';

/**
 * The cells of the shared record, read from the app's quota model (the same units, years and
 * fields the app and its CSV importer know), so a unit added there is a unit here.
 */
export const QUOTA_UNITS: readonly string[] = QUOTA_UNIT_NAMES;
export { QUOTA_FIELDS, YEARS, isQuotaField, isYear, type QuotaField, type Year };

const unitSet = new Set(QUOTA_UNITS);
export function isQuotaUnit(name: unknown): name is string {
  return typeof name === 'string' && unitSet.has(name);
}

export function isActual(field: QuotaField): boolean {
  return field.endsWith('_actual');
}
