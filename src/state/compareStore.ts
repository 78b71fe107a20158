import { create } from 'zustand';

/** A side of a comparison: one element id, or 'plan:<planId>' for a whole layout. */
export interface CompareState {
  a: string;
  b: string;
  setA: (a: string) => void;
  setB: (b: string) => void;
}

export const useCompareStore = create<CompareState>((set) => ({
  a: 'plan:plan2018',
  b: 'plan:fyp14',
  setA: (a) => set({ a }),
  setB: (b) => set({ b }),
}));
