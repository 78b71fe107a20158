import { schemeRdYlBu, schemeYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { SCHEME_RD_YL_BU_4, SCHEME_YL_GN_BU, quantileThresholds, thresholdScale } from './colorClasses';

// The choropleth's colours are d3's ColorBrewer schemes, without loading d3-scale-chromatic in the page.
describe('the choropleth colour classes', () => {
  it('has the ColorBrewer schemes d3 has', () => {
    for (let n = 3; n <= 9; n++) expect(SCHEME_YL_GN_BU[n]).toEqual(schemeYlGnBu[n]);
    expect(SCHEME_RD_YL_BU_4).toEqual(schemeRdYlBu[4]);
  });

  it('cuts values into classes of equal count, and colours each value by the class it falls in', () => {
    // Eight values in four classes: two each, cut halfway between neighbours.
    expect(quantileThresholds([8, 1, 7, 2, 6, 3, 5, 4], 4)).toEqual([2.75, 4.5, 6.25]);
    // Values that are not numbers are left out, not counted as a class of their own.
    expect(quantileThresholds([Number.NaN, 10, 20, Number.POSITIVE_INFINITY], 2)).toEqual([15]);
    expect(quantileThresholds([], 3)).toEqual([]);
    const colour = thresholdScale([10, 20], ['low', 'mid', 'high']);
    expect([colour(-5), colour(9.99), colour(10), colour(19.99), colour(20), colour(1e6)]).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high']);
  });
});
