import { isolateListeners } from '../lib/isolateListeners';
import { create } from 'zustand';
import { elementById } from '../layouts/queries';
import type { PlanId } from '../layouts/types';

export interface LayerState {
  /** Ids of the layout elements drawn on the map. */
  visible: string[];
  opacity: Record<PlanId, number>;
  setVisible: (ids: string[]) => void;
  toggle: (id: string) => void;
  setMany: (ids: string[], on: boolean) => void;
  showOnly: (id: string) => void;
  allOff: () => void;
  setOpacity: (plan: PlanId, value: number) => void;
}

export const DEFAULT_OPACITY: Record<PlanId, number> = { plan2018: 0.8, fyp14: 0.8, pianqu: 0.7, platforms: 0.8 };
/** The opacity of a plan group not listed above (a planner's own plan). */
export const DEFAULT_GROUP_OPACITY = 0.8;

export const useLayerStore = create<LayerState>((set) => ({
  visible: [],
  opacity: { ...DEFAULT_OPACITY },
  setVisible: (ids) => set({ visible: [...new Set(ids)] }),
  toggle: (id) => set((s) => ({ visible: s.visible.includes(id) ? s.visible.filter((v) => v !== id) : [...s.visible, id] })),
  setMany: (ids, on) =>
    set((s) => ({ visible: on ? [...new Set([...s.visible, ...ids])] : s.visible.filter((v) => !ids.includes(v)) })),
  showOnly: (id) => set({ visible: [id] }),
  allOff: () => set({ visible: [] }),
  setOpacity: (plan, value) => set((s) => ({ opacity: { ...s.opacity, [plan]: Math.min(1, Math.max(0, value)) } })),
}));

/** An element's opacity on the map: its plan group's. */
export function opacityOfElement(id: string, opacity: Record<PlanId, number>): number {
  const plan = elementById(id)?.plan;
  return plan ? (opacity[plan] ?? DEFAULT_GROUP_OPACITY) : 1;
}

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useLayerStore);
