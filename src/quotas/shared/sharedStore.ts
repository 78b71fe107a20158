import { create } from 'zustand';
import { cellKey, parseCellKey, type QuotaField, type Year } from '../model';
import type { ServerRow, ServerUser } from './api';

/**
 * Where the quotas live: 'local' (this browser, the static bundle on its own) or 'server' (the
 * shared record). In server mode this store holds what the server said about each cell (version,
 * status, who and when), the signed-in user, and the conflicts waiting for the user's choice.
 * The values themselves stay in useQuotaStore, so every panel reads them as before.
 */

export interface CellMeta {
  version: number;
  status: ServerRow['status'];
  updatedBy: string | null;
  updatedAt: string | null;
}

/** An edit the server refused because someone else changed the cell first (409). */
export interface Conflict {
  key: string;
  mine: number | null;
  theirs: ServerRow;
}

export interface SharedState {
  mode: 'detecting' | 'local' | 'server';
  database: 'pglite' | 'postgresql' | null;
  user: ServerUser | null;
  meta: Record<string, CellMeta>;
  conflicts: Conflict[];
  /** Reported actuals that arrived live since the page loaded (for the planner's inbox). */
  arrived: string[];
  live: boolean;
  /**
   * When the record shown was fetched, if the service worker served it from its copy because the
   * network was down (离线数据): the values are as they were then, not as they are now. Null when
   * the last answer came from the server.
   */
  offlineAt: string | null;
  /** The cell the table has focus on, for its history. */
  focus: string | null;
  setMode: (mode: SharedState['mode'], database?: SharedState['database']) => void;
  setUser: (user: ServerUser | null) => void;
  setRows: (rows: readonly ServerRow[], arrivedLive?: boolean) => void;
  addConflict: (conflict: Conflict) => void;
  resolveConflict: (key: string) => void;
  setLive: (live: boolean) => void;
  setOfflineAt: (at: string | null) => void;
  focusCell: (town: string, year: Year, field: QuotaField) => void;
}

export const rowKey = (row: Pick<ServerRow, 'unit' | 'year' | 'field'>) => cellKey(row.unit, row.year as Year, row.field);

export const useSharedStore = create<SharedState>((set) => ({
  mode: 'detecting',
  database: null,
  user: null,
  meta: {},
  conflicts: [],
  arrived: [],
  live: false,
  offlineAt: null,
  focus: null,
  setMode: (mode, database = null) => set({ mode, database }),
  setUser: (user) => set(user ? { user } : { user: null, meta: {}, conflicts: [], arrived: [] }),
  setRows: (rows, arrivedLive = false) =>
    set((s) => {
      const meta = { ...s.meta };
      let arrived = s.arrived;
      for (const r of rows) {
        const key = rowKey(r);
        if ((meta[key]?.version ?? -1) > r.version) continue; // an older message than what we have
        meta[key] = { version: r.version, status: r.status, updatedBy: r.updatedBy, updatedAt: r.updatedAt };
        if (arrivedLive && r.status === 'reported' && !arrived.includes(key)) arrived = [key, ...arrived];
      }
      return { meta, arrived };
    }),
  addConflict: (conflict) => set((s) => ({ conflicts: [...s.conflicts.filter((c) => c.key !== conflict.key), conflict] })),
  resolveConflict: (key) => set((s) => ({ conflicts: s.conflicts.filter((c) => c.key !== key) })),
  setLive: (live) => set({ live }),
  setOfflineAt: (offlineAt) => set((s) => (s.offlineAt === offlineAt ? s : { offlineAt })),
  focusCell: (town, year, field) => set({ focus: cellKey(town, year, field) }),
}));

/** What the signed-in user may change here. In local mode, everything. */
export function canEditCell(state: Pick<SharedState, 'mode' | 'user'>, town: string, field: QuotaField): boolean {
  if (state.mode !== 'server') return true;
  const user = state.user;
  if (!user) return false;
  if (user.role === 'planner') return true;
  return user.role === 'town' && user.unit === town && field.endsWith('_actual');
}

/** The 创新强镇 marks are not part of the shared record: they stay editable in local mode only. */
export function canEditMarks(state: Pick<SharedState, 'mode'>): boolean {
  return state.mode !== 'server';
}

export function reportedCells(meta: Record<string, CellMeta>): string[] {
  return Object.entries(meta)
    .filter(([, m]) => m.status === 'reported')
    .sort((a, b) => (b[1].updatedAt ?? '').localeCompare(a[1].updatedAt ?? ''))
    .map(([k]) => k);
}

export { parseCellKey };
