import { create } from 'zustand';

interface QueryState {
  radiusKm: number;
  /** The last point clicked on the map and the units Turf found under it. */
  lastClick: { lonLat: [number, number]; units: string[] } | null;
  setRadiusKm: (km: number) => void;
  setLastClick: (click: QueryState['lastClick']) => void;
}

export const useQueryStore = create<QueryState>((set) => ({
  radiusKm: 5,
  lastClick: null,
  setRadiusKm: (km) => set({ radiusKm: Number.isFinite(km) && km >= 0 ? Math.min(km, 100) : 0 }),
  setLastClick: (lastClick) => set({ lastClick }),
}));
