import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { emptyQuotaData, type QuotaData, type QuotaField, type Year } from './model';
import type { ImportRow } from './operations';
import { createActionStream, type ActionListener, type Origin } from '../lib/actionStream';
import { quotaUpdate, type QuotaAction, type QuotaState } from './actions';

export type { QuotaAction, QuotaState };

/**
 * The quota state, changed only by dispatched action records (./actions.ts). The methods are
 * shorthands that dispatch a 'local' action, so panels read and write as before; saving, another
 * tab and the server listen to the action stream (listenQuotas).
 */
export interface QuotaStoreState extends QuotaState {
  dispatch: (action: QuotaAction, origin?: Origin) => void;
  /** `seen`: the value shown when the user began this edit (see QuotaAction). */
  setValue: (town: string, year: Year, field: QuotaField, value: number | null, seen?: number | null) => void;
  setStrongTown: (town: string, strong: boolean) => void;
  setHighTechZone: (town: string, zone: boolean) => void;
  /** Applies importer rows; returns how many values changed. */
  applyImport: (rows: readonly ImportRow[]) => number;
  /** Undoes the last import (or scenario load, or reset) if nothing it replaced changed since. */
  undoImport: () => void;
  /** Replaces the whole state by a checked scenario, undoably (loadScenario in ./loadScenario.ts checks it). */
  replaceWithScenario: (data: QuotaData) => void;
  resetToDefaults: () => void;
}

const initialState = (): QuotaState => ({ data: emptyQuotaData(), undo: null });

export const useQuotaStore: UseBoundStore<StoreApi<QuotaStoreState>> = create<QuotaStoreState>(() => ({
  ...initialState(),
  dispatch: (action, origin) => stream.dispatch(action, origin),
  setValue: (town, year, field, value, seen) => stream.dispatch({ type: 'quota/setValue', cell: { town, year, field }, value, ...(seen !== undefined ? { seen } : {}) }),
  setStrongTown: (town, strong) => stream.dispatch({ type: 'quota/setStrongTown', town, strong }),
  setHighTechZone: (town, zone) => stream.dispatch({ type: 'quota/setHighTechZone', town, zone }),
  applyImport: (rows): number => {
    const before: QuotaState['undo'] = useQuotaStore.getState().undo;
    stream.dispatch({ type: 'quota/applyImport', rows: [...rows] });
    const undo: QuotaState['undo'] = useQuotaStore.getState().undo;
    return undo !== before && undo?.action === 'import' ? undo.replaced.length : 0;
  },
  undoImport: () => stream.dispatch({ type: 'quota/undo' }),
  replaceWithScenario: (data) => stream.dispatch({ type: 'quota/loadScenario', data }),
  resetToDefaults: () => stream.dispatch({ type: 'quota/reset' }),
}));

const stream = createActionStream<QuotaState, QuotaAction>({
  get: () => {
    const { data, undo } = useQuotaStore.getState();
    return { data, undo };
  },
  set: (state) => useQuotaStore.setState(state),
  update: quotaUpdate,
  report: (error, listener) => reportListenerError(error, listener),
});

let reportListenerError = (error: unknown, listener: string) => console.error(`quota listener "${listener}" failed`, error);

/** Where a failing listener is reported (the app passes its notice store; quotas/ does not import state/). */
export function setQuotaListenerReport(report: (error: unknown, listener: string) => void): void {
  reportListenerError = report;
}

export function dispatchQuota(action: QuotaAction, origin: Origin = 'local'): void {
  stream.dispatch(action, origin);
}

/** Hears every quota action that changed the state; returns the function that stops it. */
export function listenQuotas(name: string, listener: ActionListener<QuotaState, QuotaAction>): () => void {
  return stream.listen(name, listener);
}

/** Back to an empty store (for tests and for the app's "start over"). */
export function resetQuotaStore(): void {
  useQuotaStore.setState(initialState());
}
