import fc from 'fast-check';
import { QUOTA_UNIT_NAMES } from '../towns/quotaUnits';
import { normaliseMarks, normaliseStrongTowns } from './defaults';
import { MAX_COUNT, QUOTA_FIELDS, YEARS, cellKey, sortValues, type QuotaData } from './model';

/**
 * For property tests: any valid quota state (marks and entered values), in the normal form the
 * operations keep it in (marks in TOWN_NAMES order, values in sortValues order).
 */
export function arbitraryQuotaData({ maxValue = MAX_COUNT, maxCells }: { maxValue?: number; maxCells?: number } = {}): fc.Arbitrary<QuotaData> {
  const cell = fc.tuple(fc.constantFrom(...QUOTA_UNIT_NAMES), fc.constantFrom(...YEARS), fc.constantFrom(...QUOTA_FIELDS), fc.integer({ min: 0, max: maxValue }));
  return fc
    .record({ strong: fc.subarray([...QUOTA_UNIT_NAMES]), zones: fc.subarray([...QUOTA_UNIT_NAMES], { maxLength: 3 }), cells: fc.array(cell, { maxLength: maxCells }) })
    .map(({ strong, zones, cells }) => ({
      strongTowns: normaliseStrongTowns(strong, normaliseMarks(zones)),
      highTechZones: normaliseMarks(zones),
      values: sortValues(Object.fromEntries(cells.map(([t, y, f, v]) => [cellKey(t, y, f), v]))),
    }));
}
