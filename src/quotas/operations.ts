import { isQuotaUnit } from '../towns/quotaUnits';
import { effectiveValue, isHighTechZone, normaliseMarks, normaliseStrongTowns } from './defaults';
import { MAX_COUNT, cellKey, sortValues, emptyQuotaData, isQuotaField, isYear, type QuotaData, type QuotaField, type Year } from './model';

/**
 * Pure state transitions on QuotaData. Each returns a new object and leaves its input alone; the
 * zustand store (store.ts) only wires them to actions.
 */

/** One value to write, as produced by the CSV importer. */
export interface ImportRow {
  town: string;
  year: Year;
  field: QuotaField;
  value: number;
  line: number; // CSV line the value came from
}

/** One entered value before and after a change (null = not entered). */
export interface ReplacedValue {
  key: string;
  before: number | null;
  after: number | null;
}

/** What an undo needs: the entered values that changed, and the marks before the change. */
export interface UndoEntry {
  action: 'import' | 'scenario' | 'reset';
  replaced: ReplacedValue[];
  strongTownsBefore: string[];
  highTechZonesBefore: string[];
}

function isValidCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function checkCell(town: string, year: Year, field: QuotaField): void {
  if (!isQuotaUnit(town)) throw new RangeError(`unknown unit: ${town}`);
  if (!isYear(year)) throw new RangeError(`unknown year: ${String(year)}`);
  if (!isQuotaField(field)) throw new RangeError(`unknown field: ${String(field)}`);
}

/**
 * Enters a value (a whole number ≥ 0) or clears it (null). Clearing a discovery quota brings back
 * the plan's default; clearing anything else leaves it unset. Throws on a value that is not a
 * count or a cell that does not exist (callers validate user input first, see parseCount).
 */
export function setValue(data: QuotaData, town: string, year: Year, field: QuotaField, value: number | null): QuotaData {
  checkCell(town, year, field);
  if (value !== null && !isValidCount(value)) throw new RangeError(`not a count: ${String(value)}`);
  const key = cellKey(town, year, field);
  const current = data.values[key] ?? null;
  if (current === value) return data;
  const values = { ...data.values };
  if (value === null) delete values[key];
  else values[key] = value;
  return { ...data, values: sortValues(values) };
}

/** Marks or unmarks a unit as 创新强镇; defaults follow, entered values stay as entered. */
export function setStrongTown(data: QuotaData, town: string, strong: boolean): QuotaData {
  if (!isQuotaUnit(town)) throw new RangeError(`unknown unit: ${town}`);
  if (isHighTechZone(data, town) || data.strongTowns.includes(town) === strong) return data;
  const next = strong ? [...data.strongTowns, town] : data.strongTowns.filter((t) => t !== town);
  return { ...data, strongTowns: normaliseStrongTowns(next, data.highTechZones) };
}

/** Counts a unit as 高新区 (≥25) or not; a unit that becomes one drops its 创新强镇 mark. */
export function setHighTechZone(data: QuotaData, town: string, zone: boolean): QuotaData {
  if (!isQuotaUnit(town)) throw new RangeError(`unknown unit: ${town}`);
  if (isHighTechZone(data, town) === zone) return data;
  const highTechZones = normaliseMarks(zone ? [...data.highTechZones, town] : data.highTechZones.filter((t) => t !== town));
  return { ...data, highTechZones, strongTowns: normaliseStrongTowns(data.strongTowns, highTechZones) };
}

export interface ImportChange {
  town: string;
  year: Year;
  field: QuotaField;
  line: number;
  /** The value shown before (entered or default), null if unset. */
  from: number | null;
  fromDefault: boolean;
  to: number;
}

export interface ImportPreview {
  changes: ImportChange[];
  /** Valid rows whose value is already the one shown. */
  unchanged: number;
}

/**
 * What applying the rows would do. A row whose value equals what is already shown changes
 * nothing (a default stays a default). When two rows name the same cell, the later one counts.
 */
export function previewImport(data: QuotaData, rows: readonly ImportRow[]): ImportPreview {
  const last = new Map<string, ImportRow>();
  for (const r of rows) last.set(cellKey(r.town, r.year, r.field), r);
  const changes: ImportChange[] = [];
  let unchanged = rows.length - last.size;
  for (const r of last.values()) {
    const from = effectiveValue(data, r.town, r.year, r.field);
    if (from === r.value) {
      unchanged++;
      continue;
    }
    const fromDefault = data.values[cellKey(r.town, r.year, r.field)] === undefined && from !== null;
    changes.push({ town: r.town, year: r.year, field: r.field, line: r.line, from, fromDefault, to: r.value });
  }
  return { changes, unchanged };
}

/** Writes the rows (see previewImport for what counts as a change) and says what was replaced. */
export function applyImport(data: QuotaData, rows: readonly ImportRow[]): { data: QuotaData; undo: UndoEntry } {
  const { changes } = previewImport(data, rows.filter((r) => isQuotaUnit(r.town) && isYear(r.year) && isQuotaField(r.field) && isValidCount(r.value)));
  const values = { ...data.values };
  const replaced: ReplacedValue[] = [];
  for (const c of changes) {
    const key = cellKey(c.town, c.year, c.field);
    replaced.push({ key, before: values[key] ?? null, after: c.to });
    values[key] = c.to;
  }
  return {
    data: replaced.length ? { ...data, values: sortValues(values) } : data,
    undo: { action: 'import', replaced, strongTownsBefore: [...data.strongTowns], highTechZonesBefore: [...data.highTechZones] },
  };
}

/** Every entered value that differs between two states, for undoing a wholesale replacement. */
function diffValues(before: QuotaData, after: QuotaData): ReplacedValue[] {
  const keys = new Set([...Object.keys(before.values), ...Object.keys(after.values)]);
  const out: ReplacedValue[] = [];
  for (const key of keys) {
    const b = before.values[key] ?? null;
    const a = after.values[key] ?? null;
    if (a !== b) out.push({ key, before: b, after: a });
  }
  return out;
}

export function replaceData(before: QuotaData, after: QuotaData, action: UndoEntry['action']): { data: QuotaData; undo: UndoEntry } {
  return {
    data: after,
    undo: { action, replaced: diffValues(before, after), strongTownsBefore: [...before.strongTowns], highTechZonesBefore: [...before.highTechZones] },
  };
}

export function resetToDefaults(data: QuotaData): { data: QuotaData; undo: UndoEntry } {
  return replaceData(data, emptyQuotaData(), 'reset');
}

/** Puts back the entered values and marks an import (or scenario load, or reset) replaced. */
export function revert(data: QuotaData, undo: UndoEntry): QuotaData {
  const values = { ...data.values };
  for (const r of undo.replaced) {
    if (r.before === null) delete values[r.key];
    else values[r.key] = r.before;
  }
  const highTechZones = normaliseMarks(undo.highTechZonesBefore);
  return { strongTowns: normaliseStrongTowns(undo.strongTownsBefore, highTechZones), highTechZones, values: sortValues(values) };
}
