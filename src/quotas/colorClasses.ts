/**
 * The two ColorBrewer schemes the quota choropleth uses, and the two scale functions it needs from
 * them, as plain data and a few lines: d3-scale-chromatic builds all of its schemes and ramps when
 * its module loads (and brings d3-color, d3-interpolate, d3-array and d3-scale with it), about
 * 14 KiB gzip that the planner's first frame waited for (README, "Performance"). The values are
 * d3's (checked against d3-scale and d3-scale-chromatic by colorClasses.test.ts).
 */

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

/**
 * A threshold scale (d3's scaleThreshold): `colors[i]` for the values from `breaks[i - 1]` up to
 * (not including) `breaks[i]`; breaks ascending, one colour more than breaks.
 */
export function thresholdScale(breaks: readonly number[], colors: readonly string[]): (value: number) => string {
  const n = Math.min(breaks.length, colors.length - 1);
  return (value) => {
    let i = 0;
    while (i < n && breaks[i] <= value) i++;
    return colors[i];
  };
}

/**
 * The k − 1 thresholds that cut the values into k classes of equal count (d3's
 * scaleQuantile().domain(values).range(k classes).quantiles(): quantiles by linear interpolation
 * between the sorted values).
 */
export function quantileThresholds(values: readonly number[], k: number): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const quantile = (p: number) => {
    if (n < 2 || p <= 0) return sorted[0];
    if (p >= 1) return sorted[n - 1];
    const i = (n - 1) * p;
    const i0 = Math.floor(i);
    return sorted[i0] + (sorted[i0 + 1] - sorted[i0]) * (i - i0);
  };
  if (n === 0) return [];
  return Array.from({ length: Math.max(0, k - 1) }, (_, i) => quantile((i + 1) / k));
}
