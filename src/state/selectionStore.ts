import { create } from 'zustand';

export interface SelectionState {
  /** Selected units; the first is the one the detail panel shows. */
  selected: string[];
  hovered: string | null;
  /** Bumped when the map should zoom to units (search, links, panel clicks; not map clicks). */
  zoomRequest: { names: string[]; seq: number } | null;
  select: (name: string, options?: { zoom?: boolean }) => void;
  zoomTo: (names: string[]) => void;
  toggle: (name: string) => void;
  setSelection: (names: string[]) => void;
  clear: () => void;
  hover: (name: string | null) => void;
}

export const useSelectionStore = create<SelectionState>((set) => ({
  selected: [],
  hovered: null,
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
  hover: (name) => set({ hovered: name }),
}));
