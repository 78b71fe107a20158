import { SCHEME_RD_YL_BU_4, SCHEME_YL_GN_BU, quantileThresholds, thresholdScale } from './colorClasses';
import { TOWN_NAMES } from '../towns/townFacts';
import { cellValue, effectiveValue } from './defaults';
import { FIELD_LABELS, fieldOf, type Metric, type QuotaData, type Year } from './model';
import { rateValue, townCompletionRate } from './sums';
import { choroplethMessages as c } from '../i18n/catalogue/quotas';
import { t } from '../i18n/messages';

/**
 * Colours for the map: one colour per unit from its quota, actual or completion rate. Counts are
 * split into at most five classes at quantiles of the distinct values (so a few large values do
 * not wash out the rest); rates use fixed classes. Both schemes are ColorBrewer schemes that stay
 * readable for colour-blind viewers (YlGnBu sequential, RdYlBu diverging).
 */

export type Measure = 'quota' | 'actual' | 'rate';

export interface LegendEntry {
  label: string;
  color: string;
  /** How many units fall in this class. */
  count: number;
}

export interface Choropleth {
  title: string; // e.g. '2025 落地指标'
  valueByTown: Record<string, number | null>;
  /** null = unset: draw with unsetColor (and preferably a hatch). */
  colorByTown: Record<string, string | null>;
  /** Class thresholds: class i holds values v with breaks[i-1] ≤ v < breaks[i]. */
  breaks: number[];
  colors: string[]; // colors.length === breaks.length + 1 (empty when nothing is set)
  legend: LegendEntry[];
  unsetColor: string;
  unsetLabel: string;
}

const UNSET_COLOR = '#d4d4d4';
const MAX_CLASSES = 5;
const RATE_BREAKS = [0.5, 0.8, 1];
const RATE_COLORS = [...SCHEME_RD_YL_BU_4];
const RATE_LABELS = [c.rateBelow50, c.rate50to80, c.rate80to100, c.rate100up];

/** What the map shows, e.g. '2025 落地指标' or '2025 落地完成率'. */
export function choroplethTitle(measure: Measure, metric: Metric, year: Year): string {
  if (measure === 'rate') return t(metric === 'discovery' ? c.rateTitleDiscovery : c.rateTitleLanding, { year });
  return t(c.fieldTitle, { year, field: FIELD_LABELS[fieldOf(metric, measure)] });
}

export function choropleth(data: QuotaData, measure: Measure, metric: Metric, year: Year): Choropleth {
  const valueByTown: Record<string, number | null> = {};
  for (const town of TOWN_NAMES) {
    valueByTown[town] =
      measure === 'rate' ? rateValue(townCompletionRate(data, town, year, metric)) : effectiveValue(data, town, year, fieldOf(metric, measure));
  }
  const title = choroplethTitle(measure, metric, year);
  const unsetLabel = t(measure === 'rate' ? c.rateUnset : c.unset);
  const set = Object.values(valueByTown).filter((v): v is number => v !== null);

  // Which shown values are the plan rule's defaults (nothing entered): the legend says so, since a
  // default is not a figure the plan gives that unit.
  const defaults: number[] = [];
  if (measure === 'quota') {
    for (const town of TOWN_NAMES) {
      const c = cellValue(data, town, year, fieldOf(metric, measure));
      if (c.source === 'default' && c.value !== null) defaults.push(c.value);
    }
  }
  const classes = measure === 'rate' ? rateClasses(set) : countClasses(set, defaults);
  const scale = thresholdScale(classes.breaks, classes.colors);
  const colorByTown: Record<string, string | null> = {};
  for (const town of TOWN_NAMES) {
    const v = valueByTown[town];
    colorByTown[town] = v === null || classes.colors.length === 0 ? null : scale(v);
  }
  return { title, valueByTown, colorByTown, ...classes, unsetColor: UNSET_COLOR, unsetLabel };
}

interface Classes {
  breaks: number[];
  colors: string[];
  legend: LegendEntry[];
}

/** Which class (0-based) a value falls in, for thresholds `breaks`. */
const classIndex = (breaks: readonly number[], v: number) => breaks.filter((b) => v >= b).length;

/** Fixed classes; the legend lists only the classes some unit falls in. */
function rateClasses(values: number[]): Classes {
  if (values.length === 0) return { breaks: [], colors: [], legend: [] };
  const legend = RATE_LABELS.map((label, i) => ({ label: t(label), color: RATE_COLORS[i], count: values.filter((v) => classIndex(RATE_BREAKS, v) === i).length }));
  return { breaks: [...RATE_BREAKS], colors: RATE_COLORS, legend: legend.filter((entry) => entry.count > 0) };
}

/** Integer class breaks at quantiles of the distinct values. */
export function countBreaks(values: readonly number[], maxClasses = MAX_CLASSES): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const k = Math.min(maxClasses, distinct.length);
  if (k < 2) return [];
  const quantiles = quantileThresholds(distinct, k);
  const breaks: number[] = [];
  for (const q of quantiles) {
    // The smallest data value at or above the quantile, so every class holds at least one value.
    const b = distinct.find((v) => v >= q);
    if (b !== undefined && b > distinct[0] && !breaks.includes(b)) breaks.push(b);
  }
  return breaks;
}

function sequentialColors(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [SCHEME_YL_GN_BU[3][1]];
  if (n === 2) return [SCHEME_YL_GN_BU[3][0], SCHEME_YL_GN_BU[3][2]];
  return [...SCHEME_YL_GN_BU[n]];
}

/**
 * Each class is labelled with the values the data really has in it ("5", "12–40"), never with an
 * invented range; with few distinct values every value is a class of its own. A class whose values
 * are all the plan rule's defaults says （默认）, one with some says （含默认）.
 */
function countClasses(values: number[], defaults: readonly number[] = []): Classes {
  if (values.length === 0) return { breaks: [], colors: [], legend: [] };
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const breaks = distinct.length <= MAX_CLASSES ? distinct.slice(1) : countBreaks(values);
  const colors = sequentialColors(breaks.length + 1);
  const legend = colors.map((color, i) => {
    const inClass = values.filter((v) => classIndex(breaks, v) === i);
    const lo = Math.min(...inClass);
    const hi = Math.max(...inClass);
    const label = lo === hi ? (breaks.length === 0 ? t(c.allAre, { value: lo }) : `${lo}`) : `${lo}–${hi}`;
    const defaultCount = defaults.filter((v) => classIndex(breaks, v) === i).length;
    const mark = defaultCount === 0 ? '' : t(defaultCount === inClass.length ? c.defaultMark : c.someDefaultMark);
    return { label: `${label}${mark}`, color, count: inClass.length };
  });
  return { breaks, colors, legend };
}
