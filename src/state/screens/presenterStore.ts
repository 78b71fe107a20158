/**
 * Presenter mode's own store, created when the mode mounts: the hovered unit and the camera. What
 * the map shows comes from the slide (src/modes/present/slideMapState.ts); the planner's state
 * is never touched, so nothing has to be restored on leaving.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { uniformPadding, type CameraTarget, type MapCamera, type Padding, type UnitName } from '../mapState';

export interface PresenterScreenState {
  hovered: UnitName | null;
  camera: MapCamera;
  /** Frames a slide's target with this padding: a new camera request (the map moves). */
  frame: (target: CameraTarget, padding: Padding) => void;
  hover: (unit: UnitName | null) => void;
}

export function createPresenterStore(): StoreApi<PresenterScreenState> {
  return createStore<PresenterScreenState>((set) => ({
    hovered: null,
    camera: { target: { kind: 'city' }, padding: uniformPadding(40), seq: 0 },
    frame: (target, padding) => set((s) => ({ camera: { target, padding, seq: s.camera.seq + 1 } })),
    hover: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
  }));
}
