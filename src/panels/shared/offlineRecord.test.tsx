import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_HEADER } from '../../lib/offlineCache';
import { startSharedSource, disconnect } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { ServerBadge } from './ServerBadge';

/**
 * The service worker serves its copy of the shared record when the network is down, with the time
 * the copy was fetched (tools/serviceWorker.ts). The app shows those values marked 离线数据 with
 * that time, never as the current record; a fresh answer clears the mark.
 */
const FETCHED = '2026-12-01T02:30:00.000Z';
const USER = { username: 'zhang', role: 'planner', roleLabel: '规划', unit: null };

function server(copyFrom: string | null, column: 'field' | 'metric' = 'field') {
  return vi.fn(async (url: string, init?: RequestInit) => {
    // the page says which API names it reads (a server of schema 4 refuses a browser page that does not)
    if (!String(url).endsWith('/health')) expect((init?.headers as Record<string, string>)['x-dgmap-page']).toBe('4');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (copyFrom) headers[OFFLINE_HEADER] = copyFrom;
    const path = String(url);
    const body = path.endsWith('/health')
      ? { ok: true, database: 'pglite', schemaVersion: 1 }
      : path.endsWith('/session')
        ? USER
        : { rows: [{ unit: '长安镇', year: Number(/year=(\d+)/.exec(path)![1]), [column]: 'discovery_quota', value: 3, status: null, version: 1, updatedBy: 'zhang', updatedAt: FETCHED }] };
    return new Response(JSON.stringify(body), { status: 200, headers });
  });
}

describe('the shared record served from the offline copy', () => {
  afterEach(() => {
    disconnect();
    vi.unstubAllGlobals();
    resetQuotaStore();
    useSharedStore.setState({ mode: 'detecting', user: null, meta: {}, conflicts: [], offlineAt: null });
  });

  it('is marked 离线数据 with the time it was fetched, in the header and in a notice', async () => {
    vi.stubGlobal('fetch', server(FETCHED));
    const notices: string[] = [];
    expect(await startSharedSource({ notify: (_level, text) => notices.push(text) })).toBe(true);
    expect(Object.values(useQuotaStore.getState().data.values)).toContain(3);
    render(<ServerBadge />);
    const stamp = new Date(FETCHED);
    const p = (n: number) => String(n).padStart(2, '0');
    const local = `${stamp.getFullYear()}-${p(stamp.getMonth() + 1)}-${p(stamp.getDate())} ${p(stamp.getHours())}:${p(stamp.getMinutes())}`;
    // (The account controls load when a server answers.)
    expect(await screen.findByText(`· 离线数据（${local}）`, { exact: false })).toBeInTheDocument();
    expect(notices.some((n) => n.startsWith('离线数据') && n.includes(local))).toBe(true);
  });

  it('fetched before schema 4 of the server (the column then called metric), still shows its values', async () => {
    vi.stubGlobal('fetch', server(FETCHED, 'metric'));
    await startSharedSource({ notify: () => {} });
    const values = useQuotaStore.getState().data.values;
    expect(values).toEqual({ '长安镇|2025|discovery_quota': 3, '长安镇|2026|discovery_quota': 3, '长安镇|2027|discovery_quota': 3 });
  });

  it('is not marked when the server answered', async () => {
    vi.stubGlobal('fetch', server(null));
    const notices: string[] = [];
    await startSharedSource({ notify: (_level, text) => notices.push(text) });
    render(<ServerBadge />);
    expect(await screen.findByText('共享记录', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText('离线数据', { exact: false })).toBeNull();
    expect(notices.some((n) => n.includes('离线数据'))).toBe(false);
  });
});
