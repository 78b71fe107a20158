import { scaleQuantile, scaleThreshold } from 'd3-scale';
import { schemeRdYlBu, schemeYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { SCHEME_RD_YL_BU_4, SCHEME_YL_GN_BU, quantileThresholds, thresholdScale } from './colorClasses';

// The choropleth's colours and classes are d3's, without loading d3 in the page.
describe('the choropleth colour classes match d3', () => {
  it('has the ColorBrewer schemes d3 has', () => {
    for (let n = 3; n <= 9; n++) expect(SCHEME_YL_GN_BU[n]).toEqual(schemeYlGnBu[n]);
    expect(SCHEME_RD_YL_BU_4).toEqual(schemeRdYlBu[4]);
  });

  it('cuts values at the thresholds and quantiles d3 does', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 40);
      const values = Array.from({ length: n }, () => Math.round(random() * 200) / (random() < 0.3 ? 10 : 1));
      const k = 2 + Math.floor(random() * 4);
      const expected = scaleQuantile<number>().domain(values).range(Array.from({ length: k }, (_, i) => i)).quantiles();
      expect(quantileThresholds(values, k)).toEqual(expected);
      const breaks = [...new Set(values)].sort((a, b) => a - b).slice(0, k - 1);
      const colors = [...SCHEME_YL_GN_BU[Math.max(3, breaks.length + 1)]].slice(0, breaks.length + 1);
      const d3Scale = scaleThreshold<number, string>().domain(breaks).range(colors);
      const ours = thresholdScale(breaks, colors);
      for (const v of [...values, -1, 0, 1e6]) expect(ours(v)).toBe(d3Scale(v));
    }
  });
});
