import { cellKey, type QuotaData, type QuotaField, type Year } from './model';
import { normaliseMarks, normaliseStrongTowns } from './defaults';
import { sortValues } from './model';
import * as ops from './operations';
import type { ImportRow, UndoEntry } from './operations';
import { updaterTable } from '../lib/actionStream';

/**
 * Every change to the quotas is one of these records, applied by a pure updater (quotaUpdate).
 * A user's change is dispatched with origin 'local'; what arrives from another tab, the saved
 * state or the server comes as 'quota/load' or 'quota/receive' with its own origin.
 */
export interface QuotaCell {
  town: string;
  year: Year;
  field: QuotaField;
}

export interface QuotaMarks {
  strongTowns: string[];
  highTechZones: string[];
}

export type QuotaAction =
  /** Enters a value, or clears it with null (a cleared discovery quota goes back to its default). */
  | {
      type: 'quota/setValue';
      cell: QuotaCell;
      value: number | null;
      /**
       * The value the user was looking at when they began the edit (as shown, defaults included).
       * If the cell changed meanwhile (another tab), the edit was made without seeing that change:
       * it is concurrent with it, and the tab whose value it replaces is told (persistence.ts).
       */
      seen?: number | null;
    }
  | { type: 'quota/setStrongTown'; town: string; strong: boolean }
  /** Counts a unit as 高新区 for the ≥25 rule (default: 松山湖 only). */
  | { type: 'quota/setHighTechZone'; town: string; zone: boolean }
  /** Writes the CSV importer's rows, undoably. */
  | { type: 'quota/applyImport'; rows: ImportRow[] }
  /** Replaces everything by a checked scenario, undoably. */
  | { type: 'quota/loadScenario'; data: QuotaData }
  /** 恢复默认值, undoably. */
  | { type: 'quota/reset' }
  /** Undoes the last import, scenario load or reset, if nothing it touched changed since. */
  | { type: 'quota/undo' }
  /** The whole state as it was saved or as the server holds it (no undo entry). */
  | { type: 'quota/load'; data: QuotaData }
  /** Cells (and marks) someone else changed: another tab, the server. */
  | { type: 'quota/receive'; values: Record<string, number | null>; marks?: QuotaMarks };

export interface QuotaState {
  data: QuotaData;
  /**
   * The last wholesale change (CSV import, scenario load, reset), kept until a change to a cell or
   * mark it replaced, so that undoing it gives back exactly the state before it.
   */
  undo: UndoEntry | null;
}

/** An undo entry stays while nothing it would put back has changed since. */
function keepUndo(undo: UndoEntry | null, keys: readonly string[], marks: boolean): UndoEntry | null {
  if (!undo) return null;
  if (marks) return null;
  return keys.some((k) => undo.replaced.some((r) => r.key === k)) ? null : undo;
}

function edited(state: QuotaState, data: QuotaData, keys: readonly string[], marks: boolean): QuotaState {
  return data === state.data ? state : { data, undo: keepUndo(state.undo, keys, marks) };
}

export const quotaUpdate = updaterTable<QuotaState, QuotaAction>({
  'quota/setValue': (s, { cell, value }) =>
    edited(s, ops.setValue(s.data, cell.town, cell.year, cell.field, value), [cellKey(cell.town, cell.year, cell.field)], false),
  'quota/setStrongTown': (s, { town, strong }) => edited(s, ops.setStrongTown(s.data, town, strong), [], true),
  'quota/setHighTechZone': (s, { town, zone }) => edited(s, ops.setHighTechZone(s.data, town, zone), [], true),
  'quota/applyImport': (s, { rows }) => {
    const { data, undo } = ops.applyImport(s.data, rows);
    return undo.replaced.length === 0 ? s : { data, undo };
  },
  'quota/loadScenario': (s, { data }) => ops.replaceData(s.data, data, 'scenario'),
  'quota/reset': (s) => ops.resetToDefaults(s.data),
  'quota/undo': (s) => (s.undo ? { data: ops.revert(s.data, s.undo), undo: null } : s),
  'quota/load': (s, { data }) => (JSON.stringify(data) === JSON.stringify(s.data) && !s.undo ? s : { data, undo: null }),
  'quota/receive': (s, { values, marks }) => {
    const next = { ...s.data.values };
    const keys: string[] = [];
    for (const [key, value] of Object.entries(values)) {
      if ((next[key] ?? null) === value) continue;
      keys.push(key);
      if (value === null) delete next[key];
      else next[key] = value;
    }
    let { strongTowns, highTechZones } = s.data;
    let marksChanged = false;
    if (marks) {
      const zones = normaliseMarks(marks.highTechZones);
      const strong = normaliseStrongTowns(marks.strongTowns, zones);
      marksChanged = JSON.stringify([strong, zones]) !== JSON.stringify([strongTowns, highTechZones]);
      if (marksChanged) [strongTowns, highTechZones] = [strong, zones];
    }
    if (keys.length === 0 && !marksChanged) return s;
    return edited(s, { strongTowns, highTechZones, values: keys.length ? sortValues(next) : s.data.values }, keys, marksChanged);
  },
});

/**
 * The cells an applied action changed, with their new values (null: cleared), and whether the
 * 创新强镇/高新区 marks changed: what a listener sends on. Read from the action and the undo
 * entry the updater made, not from a comparison of whole states.
 */
export function changesOf(action: QuotaAction, state: QuotaState, prev: QuotaState): { values: Record<string, number | null>; marks: boolean } {
  const valueOf = (key: string) => state.data.values[key] ?? null;
  const pick = (keys: Iterable<string>) => Object.fromEntries([...keys].map((k) => [k, valueOf(k)]));
  switch (action.type) {
    case 'quota/setValue':
      return { values: pick([cellKey(action.cell.town, action.cell.year, action.cell.field)]), marks: false };
    case 'quota/setStrongTown':
    case 'quota/setHighTechZone':
      return { values: {}, marks: true };
    case 'quota/applyImport':
    case 'quota/loadScenario':
    case 'quota/reset':
      return { values: pick((state.undo?.replaced ?? []).map((r) => r.key)), marks: action.type !== 'quota/applyImport' };
    case 'quota/undo':
      return { values: pick((prev.undo?.replaced ?? []).map((r) => r.key)), marks: true };
    case 'quota/receive':
      return { values: pick(Object.keys(action.values)), marks: action.marks !== undefined };
    case 'quota/load':
      return { values: pick(new Set([...Object.keys(state.data.values), ...Object.keys(prev.data.values)])), marks: true };
  }
}

/** Replays a log of actions from a state: the same log gives the same state. */
export function replay(initial: QuotaState, log: readonly QuotaAction[]): QuotaState {
  return log.reduce(quotaUpdate, initial);
}
