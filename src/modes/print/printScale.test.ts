import { describe, expect, it } from 'vitest';
import { formatDate as printDate } from '../../lib/dates';
import { scaleBar, widthKm } from './printScale';

describe('print scale bar', () => {
  it('measures a box across at its middle latitude', () => {
    // One degree of longitude at 23°N is about 102.4 km.
    expect(widthKm([113.5, 22.9, 114.5, 23.1])).toBeCloseTo(102.4, 0);
  });

  it('picks the longest round length within a third of the width', () => {
    expect(scaleBar(18)).toEqual({ km: 5, fraction: 5 / 18, label: '5 km' });
    expect(scaleBar(60)?.km).toBe(10);
    expect(scaleBar(3)?.km).toBe(0.5);
    expect(scaleBar(0)).toBeNull();
    expect(scaleBar(1)).toBeNull();
  });

  it('dates the page', () => {
    expect(printDate(new Date(2026, 10, 4))).toBe('2026-11-04');
  });
});
