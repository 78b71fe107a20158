/**
 * The two ColorBrewer schemes the quota choropleth uses, as plain data, and its two scales from
 * d3-scale. The schemes are not imported from d3-scale-chromatic: that module builds all of its
 * schemes and ramps when it loads (and brings d3-color and d3-interpolate with it), about 14 KiB
 * gzip the planner's first frame waited for (README, "Performance"); the scales need only d3-scale's
 * threshold and quantile code (under 1 KiB gzip once tree-shaken). The colours are d3's (checked
 * against d3-scale-chromatic by colorClasses.test.ts).
 */
import { scaleQuantile, scaleThreshold } from 'd3-scale';

/** ColorBrewer YlGnBu (sequential) for 3 to 9 classes: d3's schemeYlGnBu. */
export const SCHEME_YL_GN_BU: Readonly<Record<number, readonly string[]>> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  8: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  9: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
};

/** ColorBrewer RdYlBu (diverging), 4 classes: d3's schemeRdYlBu[4]. */
export const SCHEME_RD_YL_BU_4: readonly string[] = ['#d7191c', '#fdae61', '#abd9e9', '#2c7bb6'];

/** A threshold scale: `colors[i]` for the values from `breaks[i - 1]` up to (not including) `breaks[i]`. */
export function thresholdScale(breaks: readonly number[], colors: readonly string[]): (value: number) => string {
  return scaleThreshold<number, string>().domain([...breaks]).range([...colors]);
}

/** The k − 1 thresholds that cut the values into k classes of equal count. */
export function quantileThresholds(values: readonly number[], k: number): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  return scaleQuantile<number>().domain(finite).range(Array.from({ length: Math.max(1, k) }, (_, i) => i)).quantiles();
}
