import { isolateListeners } from '../lib/isolateListeners';
import { create } from 'zustand';

export interface SelectionState {
  /** Selected units; the first is the one the detail panel shows. */
  selected: string[];
  /**
   * The last "show me these units" request (search, links, panel clicks; not map clicks). A map
   * screen follows only the requests made while it is mounted (src/state/screens/plannerStore.ts),
   * so an old request never replays on a new map.
   */
  zoomRequest: { names: string[]; seq: number } | null;
  select: (name: string, options?: { zoom?: boolean }) => void;
  zoomTo: (names: string[]) => void;
  toggle: (name: string) => void;
  setSelection: (names: string[]) => void;
  clear: () => void;
  /** Touch multi-select (the 多选 toggle): a tap on the map adds or removes a unit, as Shift-click does. */
  multiSelect: boolean;
  setMultiSelect: (on: boolean) => void;
}

/** The planner's selection (mirrored in the URL); a fresh one for tests. */
export const createSelectionStore = () =>
  create<SelectionState>((set) => ({
    selected: [],
    zoomRequest: null,
    select: (name, options) =>
      set((s) => ({
        selected: [name],
        zoomRequest: options?.zoom ? { names: [name], seq: (s.zoomRequest?.seq ?? 0) + 1 } : s.zoomRequest,
      })),
    zoomTo: (names) => set((s) => ({ zoomRequest: { names, seq: (s.zoomRequest?.seq ?? 0) + 1 } })),
    toggle: (name) =>
      set((s) => ({
        selected: s.selected.includes(name) ? s.selected.filter((n) => n !== name) : [...s.selected, name],
      })),
    setSelection: (names) => set({ selected: [...new Set(names)] }),
    clear: () => set({ selected: [] }),
    multiSelect: false,
    setMultiSelect: (on) => set({ multiSelect: on }),
  }));

export const useSelectionStore = createSelectionStore();
export type SelectionStore = typeof useSelectionStore;

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useSelectionStore);
