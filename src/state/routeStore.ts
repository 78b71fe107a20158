import { isolateListeners } from '../lib/isolateListeners';
import { create } from 'zustand';
import type { Route } from './route';

interface RouteState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useRouteStore = create<RouteState>((set) => ({
  route: { mode: 'map' },
  navigate: (route) => set({ route }),
}));

// The URL and saving subscribe here: a throwing subscriber must not stop them.
isolateListeners(useRouteStore);
