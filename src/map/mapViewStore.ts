import { create } from 'zustand';
import type { MapState } from '../state/mapState';
import type { MapView } from './mapView';

/**
 * The map on screen and the state it was last given, for what needs the live map itself: the
 * camera a PNG export starts from (what the user looks at now) and the test probes.
 */
export const useMapViewStore = create<{ view: MapView | null; state: MapState | null; setView: (view: MapView | null) => void }>((set) => ({
  view: null,
  state: null,
  setView: (view) => set({ view, state: null }),
}));
