import { isolateListeners } from '../lib/isolateListeners';
import { useMemo } from 'react';
import { create } from 'zustand';
import { compareSides, type Comparison } from '../layouts/comparison';

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

/** The comparison the user has chosen, recomputed only when a side changes. */
export function useComparison(): Comparison {
  const a = useCompareStore((s) => s.a);
  const b = useCompareStore((s) => s.b);
  return useMemo(() => compareSides(a, b), [a, b]);
}

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useCompareStore);
