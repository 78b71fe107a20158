import type { QuotaData } from './model';
import type { QuotaMarks } from './actions';
import { NO_STAMP, absorbFields, type Entry as FieldEntry, type LostEdit as FieldLostEdit, type Stamp } from '../lib/fieldStamps';

export { holdsLater, tabClock, type Stamp } from '../lib/fieldStamps';

/** The quota fields that carry stamps (lib/fieldStamps.ts): each cell key, and MARKS for the 创新强镇/高新区 marks. */
export const MARKS = '#marks';

export type FieldValue = number | null | QuotaMarks;
export type Entry = FieldEntry<FieldValue>;
export type LostEdit = FieldLostEdit<FieldValue>;

/** A saved or sent state as entries, one per field that has a value or a stamp. */
export function entriesOf(data: QuotaData, stamps: Record<string, Stamp>): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const key of new Set([...Object.keys(data.values), ...Object.keys(stamps)])) {
    if (key === MARKS) continue;
    out[key] = { value: data.values[key] ?? null, stamp: stamps[key] ?? NO_STAMP };
  }
  out[MARKS] = { value: { strongTowns: [...data.strongTowns], highTechZones: [...data.highTechZones] }, stamp: stamps[MARKS] ?? NO_STAMP };
  return out;
}

/** The later fields of `incoming`, as the cell values and marks of one 'quota/receive' action. */
export function absorb(
  incoming: Record<string, Entry>,
  stamps: Record<string, Stamp>,
  mine: (key: string) => FieldValue,
  tab: string,
): { values: Record<string, number | null>; marks?: QuotaMarks; lost: LostEdit[] } {
  const { taken, lost } = absorbFields(incoming, stamps, mine, tab);
  const values: Record<string, number | null> = {};
  let marks: QuotaMarks | undefined;
  for (const [key, value] of Object.entries(taken)) {
    if (key === MARKS) marks = value as QuotaMarks;
    else values[key] = value as number | null;
  }
  return { values, marks, lost };
}
