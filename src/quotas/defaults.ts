import { TOWN_NAMES } from '../towns/townFacts';
import {
  DISCOVERY_QUOTA_OTHER,
  DISCOVERY_QUOTA_STRONG,
  HIGH_TECH_ZONE,
  cellKey,
  type QuotaData,
  type QuotaField,
  type Year,
} from './model';

/** Where a shown value comes from. */
export type ValueSource = 'entered' | 'default' | 'unset';

export interface CellValue {
  value: number | null;
  source: ValueSource;
}

export function isHighTechZone(town: string): boolean {
  return town === HIGH_TECH_ZONE;
}

/** The plan's discovery quota for a unit: 25 for the 高新区 and each 创新强镇, 5 for the others. */
export function defaultDiscoveryQuota(town: string, strongTowns: readonly string[]): number {
  return isHighTechZone(town) || strongTowns.includes(town) ? DISCOVERY_QUOTA_STRONG : DISCOVERY_QUOTA_OTHER;
}

/** The default of a cell: only discovery quotas have one; everything else starts unset. */
function defaultValue(data: QuotaData, town: string, _year: Year, field: QuotaField): number | null {
  return field === 'discovery_quota' ? defaultDiscoveryQuota(town, data.strongTowns) : null;
}

export function enteredValue(data: QuotaData, town: string, year: Year, field: QuotaField): number | null {
  return data.values[cellKey(town, year, field)] ?? null;
}

/** What the product shows and sums: the entered value if there is one, else the default. */
export function effectiveValue(data: QuotaData, town: string, year: Year, field: QuotaField): number | null {
  return enteredValue(data, town, year, field) ?? defaultValue(data, town, year, field);
}

export function cellValue(data: QuotaData, town: string, year: Year, field: QuotaField): CellValue {
  const entered = enteredValue(data, town, year, field);
  if (entered !== null) return { value: entered, source: 'entered' };
  const def = defaultValue(data, town, year, field);
  return def === null ? { value: null, source: 'unset' } : { value: def, source: 'default' };
}

/**
 * Keeps the marks in the order of TOWN_NAMES, without duplicates or unknown names. The 高新区 is
 * not a town and always has the higher quota, so it is never marked.
 */
export function normaliseStrongTowns(towns: Iterable<string>): string[] {
  const set = new Set(towns);
  return TOWN_NAMES.filter((t) => set.has(t) && !isHighTechZone(t));
}
