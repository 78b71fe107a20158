import { YEARS, cellKey, emptyQuotaData, parseCellKey, type QuotaData, type Year } from '../model';
import { sortValues } from '../model';
import { dispatchQuota, listenQuotas } from '../store';
import { changesOf } from '../actions';
import { FIELD_LABELS } from '../model';
import { formatDateTime } from '../../lib/dates';
import { ApiFailure, api, forgetOfflineAnswers, type ChangeMessage, type ServerRow } from './api';
import { rowKey, useSharedStore } from './sharedStore';
import type { ServerHealth } from './earlyHealth';
import { sharedQuotaMessages as m } from '../../i18n/catalogue/quotas-shared';
import { t } from '../../i18n/messages';
import { unitNameIn } from '../unitName';

/**
 * The quota data source in server mode. The store keeps its API: a panel calls setValue as in
 * local mode; this module sends each changed cell to the server with the version it last saw,
 * and puts the server's answer back: the new version, or — on a conflict — the current value,
 * keeping the user's value in a Conflict until they choose. Changes by others arrive as events.
 *
 * Sending is a listener of the quota actions: it sends the cells a 'local' action changed. What
 * the server says comes in as a 'quota/receive' (or, for the whole record, 'quota/load') action
 * of origin 'server', which this listener leaves alone — so nothing is sent back, with no flag.
 */

/** How long to wait before reading the record again after a failed reload (ms). */
export const RELOAD_RETRY_MS = 5000;
type Notify = (level: 'info' | 'warning' | 'error', text: string) => void;
/** How messages reach the user (the app passes its notice store; quotas/ does not import state/). */
let notify: Notify = () => {};
let stopEvents: (() => void) | null = null;
let unsubscribe: (() => void) | null = null;

/** Writes server rows into the quota store without sending them back. */
export function applyRows(rows: readonly ServerRow[], arrivedLive = false): void {
  useSharedStore.getState().setRows(rows, arrivedLive);
  const meta = useSharedStore.getState().meta;
  const values: Record<string, number | null> = {};
  for (const r of rows) {
    const key = rowKey(r);
    if (meta[key]?.version !== r.version) continue; // stale
    values[key] = r.value;
  }
  if (Object.keys(values).length > 0) dispatchQuota({ type: 'quota/receive', values }, 'server');
}

function describe(key: string): string {
  const c = parseCellKey(key);
  return `${unitNameIn(c.town)} ${c.year} ${FIELD_LABELS[c.field]}`;
}

/** Sends one cell; on refusal puts the server's value back and says why. */
export async function pushCell(key: string, value: number | null, version = useSharedStore.getState().meta[key]?.version ?? 0): Promise<void> {
  const { town, year, field } = parseCellKey(key);
  try {
    applyRows([await api.put(town, year, field, value, version)]);
  } catch (e) {
    const failure = e instanceof ApiFailure ? e : new ApiFailure(0, 'unknown', String(e));
    const current = failure.body.current as ServerRow | undefined;
    if (failure.status === 409 && current) {
      useSharedStore.getState().addConflict({ key, mine: value, theirs: current });
      applyRows([current]);
      return;
    }
    notify('error', t(m.notSaved, { cell: describe(key), error: failure.message }));
    await reloadCell(key);
  }
}

/** Cells whose server value could not be read back after a refused write: read again until it is. */
const cellRetries = new Map<string, ReturnType<typeof setTimeout>>();

async function reloadCell(key: string, generation = connection): Promise<void> {
  const { year } = parseCellKey(key);
  try {
    const { rows } = await api.year(year);
    const row = rows.find((r) => rowKey(r) === key);
    if (row) {
      useSharedStore.getState().setRows([{ ...row, version: row.version }]);
      // the store back to the server's value even if versions match
      dispatchQuota({ type: 'quota/receive', values: { [key]: row.value } }, 'server');
    }
  } catch {
    // The notice said the edit was not saved; the cell must not go on showing it as a value once
    // the server answers again (the event stream may never have dropped), so it is read again.
    if (generation !== connection || cellRetries.has(key)) return;
    cellRetries.set(
      key,
      setTimeout(() => {
        cellRetries.delete(key);
        void reloadCell(key, generation);
      }, RELOAD_RETRY_MS),
    );
  }
}

/** The user's choice on a conflict: write their value over the current one, or take the current one. */
export async function resolveConflict(key: string, keep: 'mine' | 'theirs'): Promise<void> {
  const conflict = useSharedStore.getState().conflicts.find((c) => c.key === key);
  if (!conflict) return;
  useSharedStore.getState().resolveConflict(key);
  if (keep === 'mine') {
    const version = useSharedStore.getState().meta[key]?.version ?? conflict.theirs.version;
    await pushCell(key, conflict.mine, version);
  }
}

export async function loadAll(): Promise<void> {
  const years = await Promise.all(YEARS.map((y: Year) => api.year(y)));
  const rows = years.flatMap((y) => y.rows);
  const data: QuotaData = emptyQuotaData();
  for (const r of rows) if (r.value !== null) data.values[cellKey(r.unit, r.year as Year, r.field)] = r.value;
  useSharedStore.getState().setRows(rows);
  dispatchQuota({ type: 'quota/load', data: { ...data, values: sortValues(data.values) } }, 'server');
  const offlineAt = useSharedStore.getState().offlineAt;
  if (offlineAt) notify('warning', t(m.offlineData, { time: formatDateTime(new Date(offlineAt)) }));
}

function onChange(message: ChangeMessage): void {
  const me = useSharedStore.getState().user;
  const live = message.user !== me?.username;
  applyRows(message.rows, live && me?.role === 'planner');
  if (live && me?.role === 'planner' && message.via === 'edit') {
    for (const r of message.rows.filter((r) => r.status === 'reported')) {
      notify('info', t(m.proposed, { who: r.updatedBy ?? unitNameIn(r.unit), unit: unitNameIn(r.unit), year: r.year, field: FIELD_LABELS[r.field], value: r.value ?? t(m.cleared) }));
    }
  }
}

let retry: ReturnType<typeof setTimeout> | null = null;

/**
 * After the event stream (re)connects, reads the whole record again, so nothing missed while
 * away stays missed. The badge says 实时 only once that read has succeeded; a failed read is said
 * and tried again while the stream stays up.
 */
async function catchUp(generation: number): Promise<void> {
  try {
    await loadAll();
    if (generation === connection) useSharedStore.getState().setLive(true);
  } catch (e) {
    if (generation !== connection) return;
    useSharedStore.getState().setLive(false);
    notify('error', t(m.reloadFailed, { error: e instanceof Error ? e.message : String(e), seconds: RELOAD_RETRY_MS / 1000 }));
    retry = setTimeout(() => {
      retry = null;
      if (generation === connection) void catchUp(generation);
    }, RELOAD_RETRY_MS);
  }
}

/** Counts connections, so a late answer to an old one changes nothing. */
let connection = 0;

/** After sign-in (or on start with a session): loads the record, follows events, sends edits. */
export async function connect(): Promise<void> {
  disconnect();
  const generation = connection;
  await loadAll();
  if (generation !== connection) return;
  stopEvents = api.events(onChange, (live) => {
    if (!live) {
      useSharedStore.getState().setLive(false);
      return;
    }
    if (useSharedStore.getState().user) void catchUp(generation);
    else useSharedStore.getState().setLive(true);
  });
  unsubscribe = listenQuotas('server sync', ({ action, origin }, state, prev) => {
    if (origin !== 'local') return;
    for (const [key, value] of Object.entries(changesOf(action, state, prev).values)) void pushCell(key, value);
  });
}

export function disconnect(): void {
  connection++;
  if (retry) clearTimeout(retry);
  retry = null;
  for (const timer of cellRetries.values()) clearTimeout(timer);
  cellRetries.clear();
  stopEvents?.();
  stopEvents = null;
  unsubscribe?.();
  unsubscribe = null;
  useSharedStore.getState().setLive(false);
}

export async function signIn(username: string, password: string): Promise<void> {
  const user = await api.signIn(username, password);
  useSharedStore.getState().setUser(user);
  await connect();
}

export async function signOut(): Promise<void> {
  disconnect();
  await api.signOut().catch(() => {});
  await forgetOfflineAnswers();
  useSharedStore.getState().setUser(null);
  dispatchQuota({ type: 'quota/load', data: emptyQuotaData() }, 'server');
}

/**
 * Start-up: asks whether a server serves this page. Returns false in local mode (the caller then
 * keeps the quotas in the browser), true in server mode.
 */
export async function startSharedSource(options: { notify?: Notify; health?: ServerHealth | null } = {}): Promise<boolean> {
  if (options.notify) notify = options.notify;
  // (The page asks first, src/main.tsx, and loads this module only when a server answered.)
  const health = options.health !== undefined ? options.health : await api.health();
  if (!health) {
    useSharedStore.getState().setMode('local');
    return false;
  }
  useSharedStore.getState().setMode('server', health.database);
  try {
    const user = await api.session();
    useSharedStore.getState().setUser(user);
    await connect();
  } catch (e) {
    if (!(e instanceof ApiFailure && e.status === 401)) {
      notify('error', t(m.unreadable, { error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return true;
}
