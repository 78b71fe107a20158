import { describe, expect, it } from 'vitest';
import { miniGeo } from '../../tests/fixtures/miniGeo';
import { selectionArea, unitsAtPoint, unitsWithinKm } from './queries';

describe('spatial queries', () => {
  const geo = miniGeo();

  it('finds the unit under a point, and none outside the city', () => {
    expect(unitsAtPoint(geo, [113.72, 22.82])).toEqual(['长安镇']);
    expect(unitsAtPoint(geo, [113.77, 22.82])).toEqual(['虎门镇']);
    expect(unitsAtPoint(geo, [113.5, 22.5])).toEqual([]);
  });

  it('lists units within a distance, neighbours at 0 km, nearest first', () => {
    const near = unitsWithinKm(geo, '长安镇', 1);
    expect(near.map((n) => n.name)).toEqual(['虎门镇']);
    expect(near[0].distanceKm).toBe(0);
    // 大朗镇 starts 0.1° (about 10.3 km at 22.8°N) east of 虎门镇's east edge.
    const wider = unitsWithinKm(geo, '虎门镇', 12);
    expect(wider.map((n) => n.name)).toEqual(['长安镇', '大朗镇']);
    expect(wider[1].distanceKm).toBeGreaterThan(9.5);
    expect(wider[1].distanceKm).toBeLessThan(11);
    expect(unitsWithinKm(geo, '虎门镇', 9).map((n) => n.name)).toEqual(['长安镇']);
  });

  it('returns nothing for an unknown unit or a negative distance', () => {
    expect(unitsWithinKm(geo, '不存在镇', 5)).toEqual([]);
    expect(unitsWithinKm(geo, '长安镇', -1)).toEqual([]);
  });

  it('adds areas of a selection and gives its share of the city, counting overlaps once', () => {
    expect(selectionArea(geo, ['长安镇', '虎门镇'])).toEqual({ areaKm2: 30, shareOfCity: 0.3 });
    const overlapping = miniGeo([{ a: '长安镇', b: '虎门镇', areaKm2: 2 }]);
    expect(selectionArea(overlapping, ['长安镇', '虎门镇']).areaKm2).toBe(28);
    expect(selectionArea(overlapping, ['长安镇', '大朗镇']).areaKm2).toBe(40);
    expect(selectionArea(overlapping, ['长安镇', '长安镇', '不存在镇']).areaKm2).toBe(10);
  });
});
