import { describe, expect, it } from 'vitest';
import { scaleBar, widthMetres } from './scaleBar';

/** The city of Dongguan, roughly. */
const city: [number, number, number, number] = [113.52, 22.66, 114.26, 23.15];

describe('scale bar', () => {
  it('measures the width along the middle parallel', () => {
    // 0.74° of longitude at 22.9° N ≈ 75.8 km
    expect(widthMetres(city) / 1000).toBeCloseTo(75.8, 0);
  });

  it('picks a round length that fits, and its pixel length matches the map scale', () => {
    const bar = scaleBar(city, 1920, 240)!;
    expect(bar.label).toBe('5 km');
    expect(bar.px).toBeLessThanOrEqual(240);
    expect(bar.px).toBeCloseTo((5000 / widthMetres(city)) * 1920, 6);
  });

  it('the same area at 4K: the same length, twice the pixels', () => {
    const hd = scaleBar(city, 1920, 240)!;
    const uhd = scaleBar(city, 3840, 480)!;
    expect(uhd.label).toBe(hd.label);
    expect(uhd.px).toBeCloseTo(2 * hd.px, 6);
  });

  it('a town-sized view gets metres, a degenerate box no bar', () => {
    expect(scaleBar([113.9, 22.9, 113.92, 22.91], 1920, 240)!.label).toMatch(/^\d+ m$/);
    expect(scaleBar([114, 23, 114, 23], 1920, 240)).toBeNull();
  });
});
