import type { QuotaData } from './model';
import type { QuotaMarks } from './actions';

/**
 * Who changed a field last, so that tabs sharing one saved state agree on it (last writer wins,
 * per field). A stamp is a time (never behind any stamp this tab has seen, so an edit made after
 * seeing another's is later) and the tab that made it; `base` names the stamp the edit replaced,
 * so a tab can tell an edit made over its own (no notice) from one made at the same time (the
 * loser is told). Fields: each quota cell key, and MARKS for the 创新强镇/高新区 marks.
 */
export interface Stamp {
  at: number;
  tab: string;
  base?: string | null;
}

export const MARKS = '#marks';
export const NO_STAMP: Stamp = { at: 0, tab: '' };

export const stampId = (s: Stamp | undefined): string | null => (s && s.at > 0 ? `${s.at}@${s.tab}` : null);

export function isLater(a: Stamp | undefined, b: Stamp | undefined): boolean {
  const x = a ?? NO_STAMP;
  const y = b ?? NO_STAMP;
  return x.at !== y.at ? x.at > y.at : x.tab > y.tab;
}

export type FieldValue = number | null | QuotaMarks;

/** One field as one tab holds it. */
export interface Entry {
  value: FieldValue;
  stamp: Stamp;
}

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

export interface LostEdit {
  key: string;
  /** This tab's value, replaced by a later one made at the same time in another tab. */
  lost: FieldValue;
  winner: FieldValue;
}

const same = (a: FieldValue, b: FieldValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Takes the fields of `incoming` that are later than this tab's: returns their values (to
 * dispatch), updates `stamps`, and lists the edits of this tab that a concurrent later edit
 * replaced (`mine` holds this tab's current values).
 */
export function absorb(
  incoming: Record<string, Entry>,
  stamps: Record<string, Stamp>,
  mine: (key: string) => FieldValue,
  tab: string,
): { values: Record<string, number | null>; marks?: QuotaMarks; lost: LostEdit[] } {
  const values: Record<string, number | null> = {};
  let marks: QuotaMarks | undefined;
  const lost: LostEdit[] = [];
  for (const [key, entry] of Object.entries(incoming)) {
    const current = stamps[key];
    const myValue = mine(key);
    // A field neither side has stamped (saved by an older version) is taken as saved.
    const unstamped = current === undefined && stampId(entry.stamp) === null && !same(myValue, entry.value);
    if (!isLater(entry.stamp, current) && !unstamped) continue;
    if (current && current.tab === tab && entry.stamp.base !== stampId(current) && !same(myValue, entry.value)) {
      lost.push({ key, lost: myValue, winner: entry.value });
    }
    if (!unstamped) stamps[key] = entry.stamp;
    if (key === MARKS) marks = entry.value as QuotaMarks;
    else values[key] = entry.value as number | null;
  }
  return { values, marks, lost };
}

/** True when this tab holds a field later than `saved` has (then the saved state must be written again). */
export function holdsLater(saved: Record<string, Stamp>, stamps: Record<string, Stamp>): boolean {
  return Object.entries(stamps).some(([key, stamp]) => isLater(stamp, saved[key]));
}

/** A clock for one tab: never behind the latest stamp it has seen. */
export function tabClock(tab: string, now: () => number = Date.now) {
  let last = 0;
  return {
    seen(stamp: Stamp) {
      last = Math.max(last, stamp.at);
    },
    next(base: Stamp | undefined): Stamp {
      last = Math.max(now(), last + 1);
      return { at: last, tab, base: stampId(base) };
    },
  };
}
