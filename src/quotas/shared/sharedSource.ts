import { YEARS, cellKey, emptyQuotaData, parseCellKey, type QuotaData, type Year } from '../model';
import { sortValues } from '../model';
import { useQuotaStore } from '../store';
import { FIELD_LABELS } from '../model';
import { formatDateTime } from '../../lib/dates';
import { ApiFailure, api, forgetOfflineAnswers, type ChangeMessage, type ServerRow } from './api';
import { rowKey, useSharedStore } from './sharedStore';

/**
 * The quota data source in server mode. The store keeps its API: a panel calls setValue as in
 * local mode; this module sends each changed cell to the server with the version it last saw,
 * and puts the server's answer back: the new version, or — on a conflict — the current value,
 * keeping the user's value in a Conflict until they choose. Changes by others arrive as events.
 */

let applyingRemote = false;
type Notify = (level: 'info' | 'warning' | 'error', text: string) => void;
/** How messages reach the user (the app passes its notice store; quotas/ does not import state/). */
let notify: Notify = () => {};
let stopEvents: (() => void) | null = null;
let unsubscribe: (() => void) | null = null;

/** Writes server rows into the quota store without sending them back. */
export function applyRows(rows: readonly ServerRow[], arrivedLive = false): void {
  useSharedStore.getState().setRows(rows, arrivedLive);
  const meta = useSharedStore.getState().meta;
  const data = useQuotaStore.getState().data;
  const values = { ...data.values };
  let changed = false;
  for (const r of rows) {
    const key = rowKey(r);
    if (meta[key]?.version !== r.version) continue; // stale
    const current = values[key] ?? null;
    if (current === r.value) continue;
    if (r.value === null) delete values[key];
    else values[key] = r.value;
    changed = true;
  }
  if (!changed) return;
  applyingRemote = true;
  try {
    useQuotaStore.getState().hydrate({ ...data, values: sortValues(values) });
  } finally {
    applyingRemote = false;
  }
}

function describe(key: string): string {
  const c = parseCellKey(key);
  return `${c.town} ${c.year} ${FIELD_LABELS[c.field]}`;
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
    notify('error', `${describe(key)} 未保存：${failure.message}`);
    await reloadCell(key);
  }
}

async function reloadCell(key: string): Promise<void> {
  const { year } = parseCellKey(key);
  try {
    const { rows } = await api.year(year);
    const row = rows.find((r) => rowKey(r) === key);
    if (row) {
      useSharedStore.getState().setRows([{ ...row, version: row.version }]);
      // force the store back to the server's value even if versions match
      const data = useQuotaStore.getState().data;
      const values = { ...data.values };
      if (row.value === null) delete values[key];
      else values[key] = row.value;
      applyingRemote = true;
      useQuotaStore.getState().hydrate({ ...data, values: sortValues(values) });
      applyingRemote = false;
    }
  } catch {
    // the notice already told the user; the next event or reload brings the value
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
  for (const r of rows) if (r.value !== null) data.values[cellKey(r.unit, r.year as Year, r.metric)] = r.value;
  useSharedStore.getState().setRows(rows);
  applyingRemote = true;
  useQuotaStore.getState().hydrate({ ...data, values: sortValues(data.values) });
  applyingRemote = false;
  const offlineAt = useSharedStore.getState().offlineAt;
  if (offlineAt) notify('warning', `离线数据：指标是 ${formatDateTime(new Date(offlineAt))} 从服务器取得的记录，现在可能已经变化；连网后自动更新`);
}

function onChange(message: ChangeMessage): void {
  const me = useSharedStore.getState().user;
  const live = message.user !== me?.username;
  applyRows(message.rows, live && me?.role === 'planner');
  if (live && me?.role === 'planner' && message.via === 'edit') {
    for (const r of message.rows.filter((r) => r.status === 'reported')) {
      notify('info', `${r.updatedBy ?? r.unit} 填报：${r.unit} ${r.year} ${FIELD_LABELS[r.metric]} ${r.value ?? '（清除）'}，待确认`);
    }
  }
}

/** After sign-in (or on start with a session): loads the record, follows events, sends edits. */
export async function connect(): Promise<void> {
  disconnect();
  await loadAll();
  stopEvents = api.events(onChange, (live) => {
    useSharedStore.getState().setLive(live);
    // after a reconnect, read everything again: nothing missed stays missed
    if (live && useSharedStore.getState().user) void loadAll().catch(() => {});
  });
  unsubscribe = useQuotaStore.subscribe((state, prev) => {
    if (applyingRemote || state.data === prev.data) return;
    const keys = new Set([...Object.keys(state.data.values), ...Object.keys(prev.data.values)]);
    for (const key of keys) {
      const now = state.data.values[key] ?? null;
      if (now !== (prev.data.values[key] ?? null)) void pushCell(key, now);
    }
  });
}

export function disconnect(): void {
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
  applyingRemote = true;
  useQuotaStore.getState().hydrate(emptyQuotaData());
  applyingRemote = false;
}

/**
 * Start-up: asks whether a server serves this page. Returns false in local mode (the caller then
 * keeps the quotas in the browser), true in server mode.
 */
export async function startSharedSource(options: { notify?: Notify } = {}): Promise<boolean> {
  if (options.notify) notify = options.notify;
  const health = await api.health();
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
      notify('error', `共享记录无法读取：${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return true;
}
