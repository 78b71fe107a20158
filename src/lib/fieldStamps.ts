/**
 * Who changed a field last, so that tabs sharing one saved state agree on it (last writer wins,
 * per field). A stamp is a time (never behind any stamp this tab has seen, so an edit made after
 * seeing another's is later) and the tab that made it; `base` names the stamp the edit replaced,
 * so a tab can tell an edit made over its own (no notice) from one made at the same time (the
 * tab whose edit lost is told, with the value it lost).
 */
export interface Stamp {
  at: number;
  tab: string;
  base?: string | null;
}

export const NO_STAMP: Stamp = { at: 0, tab: '' };

export const stampId = (s: Stamp | undefined): string | null => (s && s.at > 0 ? `${s.at}@${s.tab}` : null);

export function isLater(a: Stamp | undefined, b: Stamp | undefined): boolean {
  const x = a ?? NO_STAMP;
  const y = b ?? NO_STAMP;
  return x.at !== y.at ? x.at > y.at : x.tab > y.tab;
}

/** One field as one tab holds it. */
export interface Entry<V = unknown> {
  value: V;
  stamp: Stamp;
}

export interface LostEdit<V = unknown> {
  key: string;
  /** This tab's value, replaced by a later one made at the same time in another tab. */
  lost: V;
  winner: V;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Takes the fields of `incoming` that are later than this tab's: returns their values (to
 * dispatch), updates `stamps`, and lists the edits of this tab that a concurrent later edit
 * replaced (`mine` gives this tab's current value of a field). A field neither side has stamped
 * (saved by an older version) is taken as saved.
 */
export function absorbFields<V>(
  incoming: Record<string, Entry<V>>,
  stamps: Record<string, Stamp>,
  mine: (key: string) => V,
  tab: string,
): { taken: Record<string, V>; lost: LostEdit<V>[] } {
  const taken: Record<string, V> = {};
  const lost: LostEdit<V>[] = [];
  for (const [key, entry] of Object.entries(incoming)) {
    const current = stamps[key];
    const myValue = mine(key);
    const unstamped = current === undefined && stampId(entry.stamp) === null && !same(myValue, entry.value);
    if (!isLater(entry.stamp, current) && !unstamped) continue;
    if (current && current.tab === tab && entry.stamp.base !== stampId(current) && !same(myValue, entry.value)) {
      lost.push({ key, lost: myValue, winner: entry.value });
    }
    if (!unstamped) stamps[key] = entry.stamp;
    taken[key] = entry.value;
  }
  return { taken, lost };
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

/** A name for this tab in stamps. */
export const newTabId = () => Math.random().toString(36).slice(2, 10);

/** The channel tabs of one origin hear each other's actions on, or null where there is none. */
export function openTabChannel(name: string): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
  } catch {
    return null;
  }
}
