import { create } from 'zustand';
import { emptyQuotaData, type QuotaData, type QuotaField, type Year } from './model';
import * as ops from './operations';
import type { ImportRow, UndoEntry } from './operations';

export interface QuotaStoreState {
  data: QuotaData;
  /**
   * The last wholesale change (CSV import, scenario load, reset), kept until the next change of
   * any kind, so that undoing it gives back exactly the state before it.
   */
  undo: UndoEntry | null;
  /** Enters a value, or clears it with null (a cleared discovery quota goes back to its default). */
  setValue: (town: string, year: Year, field: QuotaField, value: number | null) => void;
  setStrongTown: (town: string, strong: boolean) => void;
  /** Counts a unit as 高新区 for the ≥25 rule (default: 松山湖 only). */
  setHighTechZone: (town: string, zone: boolean) => void;
  /** Applies importer rows; returns how many values changed. */
  applyImport: (rows: readonly ImportRow[]) => number;
  /** Undoes the last import (or scenario load, or reset) if nothing else changed since. */
  undoImport: () => void;
  /** Replaces the whole state by a checked scenario, undoably (loadScenario in ./loadScenario.ts checks it). */
  replaceWithScenario: (data: QuotaData) => void;
  resetToDefaults: () => void;
  /** Sets the state without an undo entry (used when loading the saved state). */
  hydrate: (data: QuotaData) => void;
}

export const useQuotaStore = create<QuotaStoreState>((set, get) => ({
  data: emptyQuotaData(),
  undo: null,
  setValue: (town, year, field, value) => {
    const data = ops.setValue(get().data, town, year, field, value);
    if (data !== get().data) set({ data, undo: null });
  },
  setStrongTown: (town, strong) => {
    const data = ops.setStrongTown(get().data, town, strong);
    if (data !== get().data) set({ data, undo: null });
  },
  setHighTechZone: (town, zone) => {
    const data = ops.setHighTechZone(get().data, town, zone);
    if (data !== get().data) set({ data, undo: null });
  },
  applyImport: (rows) => {
    const { data, undo } = ops.applyImport(get().data, rows);
    if (undo.replaced.length === 0) return 0;
    set({ data, undo });
    return undo.replaced.length;
  },
  undoImport: () => {
    const { undo, data } = get();
    if (undo) set({ data: ops.revert(data, undo), undo: null });
  },
  replaceWithScenario: (scenario) => {
    const { data, undo } = ops.replaceData(get().data, scenario, 'scenario');
    set({ data, undo });
  },
  resetToDefaults: () => {
    const { data, undo } = ops.resetToDefaults(get().data);
    set({ data, undo });
  },
  hydrate: (data) => set({ data, undo: null }),
}));

/** Back to an empty store (for tests and for the app's "start over"). */
export function resetQuotaStore(): void {
  useQuotaStore.setState({ data: emptyQuotaData(), undo: null });
}
