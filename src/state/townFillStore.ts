import { isolateListeners } from '../lib/isolateListeners';
import { create } from 'zustand';

/**
 * What colours the towns: nothing (plain map), the quota choropleth, or a comparison of two
 * layout elements. One owner, so the two never fight over the fill.
 */
export type TownFillMode = 'none' | 'quota' | 'compare';

export const useTownFillStore = create<{ mode: TownFillMode; setMode: (mode: TownFillMode) => void }>((set) => ({
  mode: 'none',
  setMode: (mode) => set({ mode }),
}));

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useTownFillStore);
