import type { QuotaField } from '../model';
import { API_CACHE, OFFLINE_HEADER } from '../../lib/offlineCache';
import { API_BASE, PAGE_API, type AuditEntry, type ChangeMessage, type ServerRow } from './apiTypes';
import { checkHealth, type ServerHealth } from './earlyHealth';
import type { PlanChangeMessage } from '../../plans/planApiTypes';
import { useSharedStore } from './sharedStore';
import { sharedQuotaMessages as m } from '../../i18n/catalogue/quotas-shared';
import { t } from '../../i18n/messages';

export type { AuditEntry, ChangeMessage, ServerRow };

/**
 * The browser's side of the server's API (/api/v1). Every failure becomes an ApiFailure with the
 * server's Chinese message, or a message of our own when the server cannot be reached.
 */

export interface ServerUser {
  username: string;
  role: 'planner' | 'town' | 'viewer';
  roleLabel: string;
  unit: string | null;
}

export interface ServerImportPreview {
  format: 'long' | 'wide' | null;
  changes: { unit: string; year: number; field: QuotaField; line: number; from: number | null; to: number }[];
  unchanged: number;
  rejected: { line: number; reason: string }[];
  warnings: string[];
  previewToken: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * The answers with quotas the service worker keeps a copy of (session, a year's quotas) say whether they
 * come from the server now or from that copy while offline (with the time it was fetched): the app
 * marks the record 离线数据 then, never as current (tools/serviceWorker.ts).
 */
function noteOrigin(res: Response): void {
  useSharedStore.getState().setOfflineAt(res.headers.get(OFFLINE_HEADER));
}

/** Drops the service worker's copies of API answers (on sign-out: the next user must not see them). */
export async function forgetOfflineAnswers(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(API_CACHE).catch(() => false);
}

/** One call of the API (the plans' calls, src/plans/planApi.ts, use it too). */
export async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, cachedByWorker = false): Promise<T> {
  const init: RequestInit = { method, headers: { ...headers, [PAGE_API.header]: String(PAGE_API.version) }, credentials: 'same-origin' };
  if (typeof body === 'string') {
    init.body = body;
    (init.headers as Record<string, string>)['content-type'] = 'text/csv; charset=utf-8';
  } else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, init);
  } catch (e) {
    throw new ApiFailure(0, 'offline', t(m.offline, { error: e instanceof Error ? e.message : String(e) }));
  }
  if (cachedByWorker) noteOrigin(res);
  const json = (await res.json().catch(() => null)) as (Record<string, unknown> & { error?: { code: string; message: string } }) | null;
  if (!res.ok) {
    throw new ApiFailure(res.status, json?.error?.code ?? 'http', json?.error?.message ?? t(m.serverStatus, { status: res.status }), json ?? {});
  }
  return json as T;
}

/** Who hears the plan events of the one event stream (src/state/serverPlans.ts). */
const planListeners = new Set<(message: PlanChangeMessage) => void>();
export function onPlanEvent(fn: (message: PlanChangeMessage) => void): () => void {
  planListeners.add(fn);
  return () => planListeners.delete(fn);
}

/** A row as a server before schema 4 sent it: the quota field was called `metric`. */
type LegacyRow = Omit<ServerRow, 'field'> & { metric: QuotaField };

/**
 * The service worker keeps a copy of each year's answer for offline use (tools/serviceWorker.ts);
 * a copy fetched before the server's schema 4 names the field `metric`. Read as `field`, so the
 * record shown offline after an upgrade is the one that was fetched, not an empty one.
 */
export function currentRow(row: ServerRow | LegacyRow): ServerRow {
  if ('field' in row || !('metric' in row)) return row as ServerRow;
  const { metric, ...rest } = row;
  return { ...rest, field: metric };
}

const cell = (unit: string, year: number, field: QuotaField) => `/quotas/${encodeURIComponent(unit)}/${year}/${field}`;

export const api = {
  /** Null when no server answers (the static bundle on its own: local mode). */
  health: (): Promise<ServerHealth | null> => checkHealth(),
  session: () => request<ServerUser>('GET', '/session', undefined, {}, true),
  signIn: (username: string, password: string) => request<ServerUser>('POST', '/session', { username, password }),
  signOut: () => request<{ ok: true }>('DELETE', '/session'),
  year: async (year: number): Promise<{ rows: ServerRow[] }> => {
    const answer = await request<{ rows: (ServerRow | LegacyRow)[] }>('GET', `/quotas?year=${year}`, undefined, {}, true);
    return { ...answer, rows: answer.rows.map(currentRow) };
  },
  put: (unit: string, year: number, field: QuotaField, value: number | null, version: number) =>
    request<ServerRow>('PUT', cell(unit, year, field), { value, version }),
  confirm: (unit: string, year: number, field: QuotaField, version: number) => request<ServerRow>('POST', `${cell(unit, year, field)}/confirm`, { version }),
  previewImport: (csv: string) => request<ServerImportPreview>('POST', '/quotas/import?dryRun=1', csv),
  applyImport: (csv: string, previewToken: string) =>
    request<{ importId: number | null; changed: number; rows: ServerRow[] }>('POST', '/quotas/import', csv, { 'x-preview-token': previewToken }),
  undoImport: (importId: number) => request<{ rows: ServerRow[] }>('POST', `/imports/${importId}/undo`),
  audit: (unit: string, year: number, field: QuotaField) =>
    request<{ entries: AuditEntry[] }>('GET', `/audit?unit=${encodeURIComponent(unit)}&year=${year}&field=${field}&limit=50`),
  /** Server-sent events: every committed change. The browser reconnects by itself with Last-Event-ID. */
  events: (onChange: (message: ChangeMessage) => void, onState: (live: boolean) => void): (() => void) => {
    if (typeof EventSource === 'undefined') {
      onState(false);
      return () => {};
    }
    const source = new EventSource(`${API_BASE}/events?${PAGE_API.query}=${PAGE_API.version}`);
    source.addEventListener('change', (e) => onChange(JSON.parse((e as MessageEvent<string>).data)));
    source.addEventListener('plan', (e) => {
      const message = JSON.parse((e as MessageEvent<string>).data) as PlanChangeMessage;
      for (const fn of planListeners) fn(message);
    });
    source.addEventListener('ready', () => onState(true));
    // The server is up but its database is not (or is back): not live meanwhile, and read again after.
    source.addEventListener('status', (e) => onState((JSON.parse((e as MessageEvent<string>).data) as { live: boolean }).live));
    // The server no longer holds every change this page missed (or the record was restored): the
    // only right picture is a fresh one.
    source.addEventListener('reset', () => {
      source.close();
      window.location.reload();
    });
    source.onerror = () => onState(false);
    return () => source.close();
  },
};
