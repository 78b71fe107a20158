import fc from 'fast-check';
import { TOWN_NAMES } from '../towns/townFacts';
import { normaliseStrongTowns } from './defaults';
import { MAX_COUNT, QUOTA_FIELDS, YEARS, cellKey, sortValues, type QuotaData } from './model';

/**
 * For property tests: any valid quota state (marks and entered values), in the normal form the
 * operations keep it in (marks in TOWN_NAMES order, values in sortValues order).
 */
export function arbitraryQuotaData({ maxValue = MAX_COUNT, maxCells }: { maxValue?: number; maxCells?: number } = {}): fc.Arbitrary<QuotaData> {
  const cell = fc.tuple(fc.constantFrom(...TOWN_NAMES), fc.constantFrom(...YEARS), fc.constantFrom(...QUOTA_FIELDS), fc.integer({ min: 0, max: maxValue }));
  return fc
    .record({ strong: fc.subarray([...TOWN_NAMES]), cells: fc.array(cell, { maxLength: maxCells }) })
    .map(({ strong, cells }) => ({
      strongTowns: normaliseStrongTowns(strong),
      values: sortValues(Object.fromEntries(cells.map(([t, y, f, v]) => [cellKey(t, y, f), v]))),
    }));
}
