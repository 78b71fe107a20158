import { QUOTA_UNIT_NAMES, unmappedUnit } from '../towns/quotaUnits';
import {
  DISCOVERY_QUOTA_OTHER,
  DISCOVERY_QUOTA_STRONG,
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

export function isHighTechZone(data: Pick<QuotaData, 'highTechZones'>, town: string): boolean {
  return data.highTechZones.includes(town);
}

/** The plan's discovery quota for a unit: 25 for each 高新区 and each 创新强镇, 5 for the others. */
export function defaultDiscoveryQuota(town: string, data: Pick<QuotaData, 'highTechZones' | 'strongTowns'>): number {
  return isHighTechZone(data, town) || data.strongTowns.includes(town) ? DISCOVERY_QUOTA_STRONG : DISCOVERY_QUOTA_OTHER;
}

/**
 * The default of a cell: only discovery quotas have one; everything else starts unset. A unit
 * without a polygon (滨海湾新区) has no default either: its land lies within towns that already
 * hold quotas, and the plan does not list it apart, so it holds a quota only once one is entered.
 */
function defaultValue(data: QuotaData, town: string, _year: Year, field: QuotaField): number | null {
  if (field !== 'discovery_quota' || unmappedUnit(town)) return null;
  return defaultDiscoveryQuota(town, data);
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

/** Keeps marks (创新强镇 or 高新区) in the order of QUOTA_UNIT_NAMES, without duplicates or unknown names. */
export function normaliseMarks(towns: Iterable<string>): string[] {
  const set = new Set(towns);
  return QUOTA_UNIT_NAMES.filter((t) => set.has(t));
}

/** 创新强镇 marks in normal form; a unit counted as 高新区 already has the higher quota and is not marked. */
export function normaliseStrongTowns(towns: Iterable<string>, highTechZones: readonly string[]): string[] {
  return normaliseMarks(towns).filter((t) => !highTechZones.includes(t));
}
