import { create } from 'zustand';
import type { MapView } from './mapView';

/** The live map, for the few features that need it directly (fit buttons, export). */
export const useMapViewStore = create<{ view: MapView | null; setView: (view: MapView | null) => void }>((set) => ({
  view: null,
  setView: (view) => set({ view }),
}));
