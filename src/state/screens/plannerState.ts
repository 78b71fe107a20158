/**
 * The planner's state (plannerActions.ts) in a store changed only by `dispatch(action)`: the
 * updater runs, the store holds the result, then every listener hears the action (the URL in
 * urlSync.ts; the planner map's camera in plannerStore.ts). A listener that throws is reported and
 * the others still hear it (lib/actionStream.ts).
 *
 * The planner's panels get the store by context (PlannerStateProvider; usePlanner and
 * usePlannerDispatch read it). The app's one (`appPlannerState`) lives as long as the page, not as
 * long as the planner's map, because other screens need it: a link opened on any screen is applied
 * to it, the town view starts from the planner's layers, fill and quota view and hands its town
 * back as the selection, and presenter mode adds "the planner's view" as a slide. What only the
 * mounted map has (hover, camera) is the per-mount store in plannerStore.ts.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createActionStream, type ActionListener, type Origin } from '../../lib/actionStream';
import { elementById } from '../../layouts/queries';
import type { PlanId } from '../../layouts/types';
import { DEFAULT_GROUP_OPACITY, initialPlannerState, plannerUpdate, type PlannerAction, type PlannerState } from './plannerActions';

export type PlannerListener = ActionListener<PlannerState, PlannerAction>;

export interface PlannerStateStore {
  getState: () => PlannerState;
  getInitialState: () => PlannerState;
  /** For React's reads (usePlanner); a listener of changes hears actions through `listen`. */
  subscribe: StoreApi<PlannerState>['subscribe'];
  /** Applies the action (origin 'local': the user; 'url': a link, back or forward). */
  dispatch: (action: PlannerAction, origin?: Origin) => void;
  /** Hears every action that changed the state; returns the function that stops it. */
  listen: (name: string, listener: PlannerListener) => () => void;
}

export function createPlannerState(
  initial: PlannerState = initialPlannerState(),
  report?: (error: unknown, listener: string) => void,
): PlannerStateStore {
  const store = createStore<PlannerState>(() => initial);
  const stream = createActionStream<PlannerState, PlannerAction>({
    get: store.getState,
    set: (state) => store.setState(state, true),
    update: plannerUpdate,
    report: report ?? ((error, listener, entry) => console.error(`planner listener "${listener}" failed on`, entry.action, error)),
  });
  return { getState: store.getState, getInitialState: store.getInitialState, subscribe: store.subscribe, dispatch: stream.dispatch, listen: stream.listen };
}

/** The app's planner state (see the top of this file for why it outlives the planner's map). */
export const appPlannerState = createPlannerState();

const PlannerStateContext = createContext<PlannerStateStore>(appPlannerState);

/** Gives a planner state to the panels below (a test's own, or the app's by default). */
export function PlannerStateProvider({ store, children }: { store: PlannerStateStore; children: ReactNode }) {
  return createElement(PlannerStateContext.Provider, { value: store }, children);
}

export function usePlannerStateStore(): PlannerStateStore {
  return useContext(PlannerStateContext);
}

/** Reads part of the planner's state; re-renders when it changes. */
export function usePlanner<T>(selector: (state: PlannerState) => T): T {
  return useStore(usePlannerStateStore(), selector);
}

/** The planner's dispatch: panels change the planner's state only through it. */
export function usePlannerDispatch(): (action: PlannerAction) => void {
  return usePlannerStateStore().dispatch;
}

/** An element's opacity on the map: its plan group's. */
export function opacityOfElement(id: string, opacity: Record<PlanId, number>): number {
  const plan = elementById(id)?.plan;
  return plan ? (opacity[plan] ?? DEFAULT_GROUP_OPACITY) : 1;
}
