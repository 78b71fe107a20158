import { describe, expect, it } from 'vitest';
import { TOWN_NAMES } from '../src/towns/townFacts';
import { square } from '../tests/fixtures/miniGeo';
import { validateTowns } from './validate';

const allTowns = () =>
  TOWN_NAMES.map((name, i) => square(name, 113.6 + (i % 7) * 0.05, 22.7 + Math.floor(i / 7) * 0.05, 0.05));
const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('boundary file validation', () => {
  it('accepts 35 well-formed units and rewinds clockwise rings to RFC 7946', () => {
    const features = allTowns();
    features[0].geometry.coordinates[0].reverse();
    const result = validateTowns(collection(features));
    expect(result.errors).toEqual([]);
    expect(result.ringsRewound).toBe(1);
    expect(result.features[0].geometry.coordinates[0]).toEqual(allTowns()[0].geometry.coordinates[0]);
  });

  it('names what is wrong: not a collection, missing or duplicate units', () => {
    expect(validateTowns({ type: 'Feature' }).errors[0]).toMatch(/not a GeoJSON FeatureCollection/);
    expect(validateTowns(null).errors[0]).toMatch(/not a GeoJSON FeatureCollection/);
    const short = allTowns().slice(1);
    expect(validateTowns(collection(short)).errors).toEqual(
      expect.arrayContaining(['expected 35 features, found 34', `missing unit: ${TOWN_NAMES[0]}`]),
    );
    const dup = allTowns();
    dup[1] = square(TOWN_NAMES[0], 113.9, 22.9);
    expect(validateTowns(collection(dup)).errors.join('\n')).toMatch(/duplicate name/);
  });

  it('rejects unknown names, coordinates outside Dongguan and open rings', () => {
    const features = allTowns();
    features[0] = square('北京市', 113.6, 22.7);
    features[1] = square(TOWN_NAMES[1], 116.4, 39.9);
    features[2].geometry.coordinates[0].pop();
    features[2].geometry.coordinates[0].push([113.71, 22.71]);
    const errors = validateTowns(collection(features)).errors.join('\n');
    expect(errors).toMatch(/北京市\): not one of the 35 known unit names/);
    expect(errors).toMatch(/outside Dongguan's longitude\/latitude range/);
    expect(errors).toMatch(/ring is not closed/);
  });

  it('rejects non-polygon geometry and rings that are too short', () => {
    const features = allTowns();
    (features[0] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [113.7, 22.8] };
    features[1].geometry.coordinates[0] = features[1].geometry.coordinates[0].slice(0, 3);
    const errors = validateTowns(collection(features)).errors.join('\n');
    expect(errors).toMatch(/must be Polygon or MultiPolygon, found Point/);
    expect(errors).toMatch(/at least 4 positions/);
  });
});
