import { TOWN_NAMES } from '../towns/townFacts';
import { effectiveValue } from './defaults';
import {
  CITY_TARGETS,
  DEPARTMENT_DISCOVERY_QUOTAS,
  THREE_YEAR_TARGETS,
  YEARS,
  fieldOf,
  type Kind,
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
  for (const town of TOWN_NAMES) {
    const v = effectiveValue(data, town, year, field);
    if (v === null) unsetTowns.push(town);
    else total += v;
  }
  return { total, setCount: TOWN_NAMES.length - unsetTowns.length, unsetTowns };
}

export type GapStatus = 'short' | 'met' | 'exceeds';

export interface TargetComparison extends FieldSum {
  target: number;
  /** total − target: negative is a shortfall, positive an excess. */
  difference: number;
  shortfall: number;
  excess: number;
  status: GapStatus;
}

function compareToTarget(sum: FieldSum, target: number): TargetComparison {
  const difference = sum.total - target;
  return {
    ...sum,
    target,
    difference,
    shortfall: Math.max(0, -difference),
    excess: Math.max(0, difference),
    status: difference < 0 ? 'short' : difference > 0 ? 'exceeds' : 'met',
  };
}

/** Sum of the units' quotas (kind 'quota') or actuals (kind 'actual') against the city target of the year. */
export function compareWithCityTarget(data: QuotaData, year: Year, metric: Metric, kind: Kind = 'quota'): TargetComparison {
  return compareToTarget(sumField(data, year, fieldOf(metric, kind)), CITY_TARGETS[year][metric]);
}

/** Plain words for a gap: '差 12', '超出 8', '正好达到'. */
export function describeGap(c: Pick<TargetComparison, 'status' | 'shortfall' | 'excess'>): string {
  if (c.status === 'short') return `差 ${c.shortfall}`;
  if (c.status === 'exceeds') return `超出 ${c.excess}`;
  return '正好达到';
}

export interface DiscoveryShare {
  year: Year;
  target: number;
  towns: number; // sum of the units' discovery quotas
  departments: { name: string; discovery: number }[];
  departmentsTotal: number;
  /** towns + departments (research institutes come on top; their number is not stated). */
  combined: number;
  townShareOfTarget: number; // towns / target (may exceed 1)
}

/** The units' share of the city discovery target, beside the city departments' quotas. */
export function discoveryShare(data: QuotaData, year: Year): DiscoveryShare {
  const towns = sumField(data, year, 'discovery_quota').total;
  const departments = DEPARTMENT_DISCOVERY_QUOTAS.map((d) => ({ name: d.name, discovery: d.discovery }));
  const departmentsTotal = departments.reduce((a, d) => a + d.discovery, 0);
  const target = CITY_TARGETS[year].discovery;
  return { year, target, towns, departments, departmentsTotal, combined: towns + departmentsTotal, townShareOfTarget: towns / target };
}

/** The three-year landing total (二、工作目标: at least 260 over 2025–2027). */
export function compareThreeYearLanding(data: QuotaData, kind: Kind = 'quota'): TargetComparison {
  const field = fieldOf('landing', kind);
  const perYear = YEARS.map((y) => sumField(data, y, field));
  const unset = new Set(perYear.flatMap((s) => s.unsetTowns));
  const sum: FieldSum = {
    total: perYear.reduce((a, s) => a + s.total, 0),
    setCount: perYear.reduce((a, s) => a + s.setCount, 0),
    unsetTowns: TOWN_NAMES.filter((t) => unset.has(t)),
  };
  return compareToTarget(sum, THREE_YEAR_TARGETS.landing);
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
      return '未设指标';
    case 'no-actual':
      return '未填实际';
    case 'zero-quota':
      return '指标为 0';
  }
}

/** A rate as a number for colouring: a zero quota counts as met (1), unset as null. */
export function rateValue(r: CompletionRate): number | null {
  if (r.kind === 'rate') return r.value;
  if (r.kind === 'zero-quota') return 1;
  return null;
}
