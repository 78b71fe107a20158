import { choroplethMessages } from '../i18n/catalogue/quotas';
import { t } from '../i18n/messages';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { effectiveValue } from './defaults';
import {
  CITY_TARGETS,
  DEPARTMENT_DISCOVERY_QUOTAS,
  INSTITUTE_DISCOVERY_QUOTA,
  THREE_YEAR_TARGETS,
  YEARS,
  fieldOf,
  type Metric,
  type QuotaData,
  type QuotaField,
  type Year,
} from './model';

export interface FieldSum {
  total: number; // sum of the set values
  setCount: number; // units with a value
  unsetTowns: string[]; // units without one
}

/** Sum over the 35 units of one field in one year; unset values are counted apart, never as 0. */
export function sumField(data: QuotaData, year: Year, field: QuotaField): FieldSum {
  let total = 0;
  const unsetTowns: string[] = [];
  for (const town of QUOTA_UNIT_NAMES) {
    const v = effectiveValue(data, town, year, field);
    if (v === null) unsetTowns.push(town);
    else total += v;
  }
  return { total, setCount: QUOTA_UNIT_NAMES.length - unsetTowns.length, unsetTowns };
}

/**
 * Who holds the city's yearly discovery target (三、（三）1): the towns and parks, the city
 * departments and the research institutes together. The institutes' count is not stated, so the
 * total is a lower bound ("at least"), and it is compared with the target only as such.
 */
export interface DiscoveryHolders {
  year: Year;
  target: number;
  additional: boolean; // 2026, 2027: the target is 新增
  towns: FieldSum; // the units' quotas (entered or default)
  /** Units counted as 高新区 and their quotas, e.g. 松山湖 25 (part of `towns`). */
  highTechZones: { town: string; value: number | null }[];
  departments: { name: string; discovery: number }[];
  departmentsTotal: number;
  institutesEachAtLeast: number;
  /** towns + departments; the institutes add at least 5 each on top. */
  totalAtLeast: number;
  /** The lower bound reaches the target: stated as met. Below it, no gap is stated (institutes unknown). */
  meetsTarget: boolean;
}

export function discoveryHolders(data: QuotaData, year: Year): DiscoveryHolders {
  const towns = sumField(data, year, 'discovery_quota');
  const departments = DEPARTMENT_DISCOVERY_QUOTAS.map((d) => ({ name: d.name, discovery: d.discovery }));
  const departmentsTotal = departments.reduce((a, d) => a + d.discovery, 0);
  const target = CITY_TARGETS[year];
  const totalAtLeast = towns.total + departmentsTotal;
  return {
    year,
    target: target.discovery,
    additional: target.additional,
    towns,
    highTechZones: data.highTechZones.map((town) => ({ town, value: effectiveValue(data, town, year, 'discovery_quota') })),
    departments,
    departmentsTotal,
    institutesEachAtLeast: INSTITUTE_DISCOVERY_QUOTA.eachAtLeast,
    totalAtLeast,
    meetsTarget: totalAtLeast >= target.discovery,
  };
}

/**
 * The landing side (三、（三）3): 科技局, the towns and the research platforms hold it; the per-town
 * annex is not public and the shares of 科技局 and the platforms are not given. So the towns'
 * entered sum is only a part: it is said to reach the target when it does on its own, and
 * otherwise no gap is stated.
 */
export interface LandingHolders {
  year: Year;
  target: number;
  additional: boolean;
  towns: FieldSum;
  townsAloneMeetTarget: boolean;
}

export function landingHolders(data: QuotaData, year: Year): LandingHolders {
  const towns = sumField(data, year, 'landing_quota');
  const target = CITY_TARGETS[year];
  return { year, target: target.landing, additional: target.additional, towns, townsAloneMeetTarget: towns.setCount > 0 && towns.total >= target.landing };
}

/** The towns' landing quotas over 2025–2027, beside the three-year target (≥260): a part, like each year. */
export function threeYearLandingTowns(data: QuotaData): { total: number; setCount: number; target: number } {
  const perYear = YEARS.map((y) => sumField(data, y, 'landing_quota'));
  return { total: perYear.reduce((a, s) => a + s.total, 0), setCount: perYear.reduce((a, s) => a + s.setCount, 0), target: THREE_YEAR_TARGETS.landing };
}

export type CompletionRate =
  | { kind: 'rate'; value: number } // actual / quota, e.g. 0.8
  | { kind: 'no-quota' } // quota unset
  | { kind: 'no-actual' } // actual unset
  | { kind: 'zero-quota'; actual: number }; // quota is 0: nothing to measure against

export function completionRate(actual: number | null, quota: number | null): CompletionRate {
  if (quota === null) return { kind: 'no-quota' };
  if (actual === null) return { kind: 'no-actual' };
  if (quota === 0) return { kind: 'zero-quota', actual };
  return { kind: 'rate', value: actual / quota };
}

export function townCompletionRate(data: QuotaData, town: string, year: Year, metric: Metric): CompletionRate {
  return completionRate(effectiveValue(data, town, year, fieldOf(metric, 'actual')), effectiveValue(data, town, year, fieldOf(metric, 'quota')));
}

export function formatRate(r: CompletionRate): string {
  switch (r.kind) {
    case 'rate':
      return `${Math.round(r.value * 100)}%`;
    case 'no-quota':
      return t(choroplethMessages.noQuota);
    case 'no-actual':
      return t(choroplethMessages.noActual);
    case 'zero-quota':
      return t(choroplethMessages.zeroQuota);
  }
}

/** A rate as a number for colouring: a zero quota counts as met (1), unset as null. */
export function rateValue(r: CompletionRate): number | null {
  if (r.kind === 'rate') return r.value;
  if (r.kind === 'zero-quota') return 1;
  return null;
}
