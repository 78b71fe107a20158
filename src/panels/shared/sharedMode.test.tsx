import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUOTA_FIELDS, YEARS } from '../../quotas/model';
import type { ServerRow, ServerUser } from '../../quotas/shared/api';
import { connect, disconnect } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { resetQuotaStore, useQuotaStore } from '../../quotas/store';
import { TOWN_NAMES } from '../../towns/townFacts';
import { QuotaTable } from '../quotas/QuotaTable';
import { ConflictList } from './ConflictList';

/** A fake server: the shared record in memory, answering the app's fetches like the real API. */
function fakeServer(user: ServerUser) {
  const rows = new Map<string, ServerRow>();
  for (const unit of TOWN_NAMES)
    for (const year of YEARS)
      for (const field of QUOTA_FIELDS)
        rows.set(`${unit}|${year}|${field}`, { unit, year, field, value: null, status: null, version: 0, updatedBy: null, updatedAt: null });
  const puts: { path: string; body: { value: number | null; version: number } }[] = [];
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const path = decodeURIComponent(url.replace(/^api\/v1/, ''));
    if (init.method === 'GET' || !init.method) {
      const year = Number(/year=(\d+)/.exec(path)![1]);
      return json(200, { rows: [...rows.values()].filter((r) => r.year === year) });
    }
    const [, unit, year, field] = path.split('/').slice(1);
    const body = JSON.parse(String(init.body));
    puts.push({ path, body });
    const row = rows.get(`${unit}|${year}|${field}`)!;
    if (row.version !== body.version) return json(409, { error: { code: 'version_conflict', message: '已被修改' }, current: row });
    const next = { ...row, value: body.value, version: row.version + 1, updatedBy: user.username, updatedAt: '2026-11-24T08:00:00.000Z', status: field.endsWith('actual') ? ('reported' as const) : null };
    rows.set(`${unit}|${year}|${field}`, next);
    return json(200, next);
  });
  /** Someone else writes a cell on the server (the app has not heard of it yet). */
  const otherWrites = (key: string, value: number) => {
    const row = rows.get(key)!;
    rows.set(key, { ...row, value, version: row.version + 1, updatedBy: 'planner', updatedAt: '2026-11-24T08:01:00.000Z' });
  };
  return { fetch, puts, rows, otherWrites };
}

const CHANGAN: ServerUser = { username: 'changan', role: 'town', roleLabel: '镇街', unit: '长安镇' };

describe('the quota table in server mode', () => {
  let server: ReturnType<typeof fakeServer>;
  beforeEach(async () => {
    resetQuotaStore();
    server = fakeServer(CHANGAN);
    vi.stubGlobal('fetch', server.fetch);
    useSharedStore.setState({ mode: 'server', database: 'pglite', user: CHANGAN, meta: {}, conflicts: [] });
    await connect();
  });
  afterEach(() => {
    disconnect();
    vi.unstubAllGlobals();
    useSharedStore.setState({ mode: 'detecting', user: null, meta: {}, conflicts: [] });
  });

  function cellOf(town: string, column: string) {
    const table = screen.getByRole('table', { name: '镇街指标' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
    const index = headers.findIndex((h) => h.includes(column));
    const row = within(table).getByRole('rowheader', { name: town }).closest('tr')!;
    return row.querySelectorAll('th, td')[index] as HTMLElement;
  }

  it('lets a town user report its own actual (sent with the version) and refuses other cells without a request', async () => {
    const user = userEvent.setup();
    render(<QuotaTable initialFields={['landing_quota', 'landing_actual']} years={[2025]} />);
    await user.click(cellOf('虎门镇', '落地实际'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('不能修改：镇街账号只能填报 长安镇 的实际完成数');
    await user.click(cellOf('长安镇', '落地指标'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('长安镇 2025 落地指标 不能修改');
    expect(server.puts).toHaveLength(0);

    await user.click(cellOf('长安镇', '落地实际'));
    await user.keyboard('7{Enter}');
    await waitFor(() => expect(server.puts).toEqual([{ path: '/quotas/长安镇/2025/landing_actual', body: { value: 7, version: 0 } }]));
    await waitFor(() => expect(cellOf('长安镇', '落地实际')).toHaveTextContent('7（待确认）'));
    expect(cellOf('长安镇', '落地实际').title).toMatch(/最后由 changan 于 .* 修改（已填报，待确认）/);
  });

  it('shows a conflict with both values and writes the user’s value only when they choose it', async () => {
    const user = userEvent.setup();
    server.otherWrites('长安镇|2025|landing_actual', 9);
    render(
      <>
        <ConflictList />
        <QuotaTable initialFields={['landing_actual']} years={[2025]} />
      </>,
    );
    await user.click(cellOf('长安镇', '落地实际'));
    await user.keyboard('7{Enter}');
    const conflict = await screen.findByRole('alert', { name: '修改冲突' });
    expect(conflict).toHaveTextContent('你的值 7');
    expect(conflict).toHaveTextContent('planner');
    expect(conflict).toHaveTextContent('改为 9');
    expect(cellOf('长安镇', '落地实际')).toHaveTextContent('9'); // the table shows the record as it is
    await user.click(within(conflict).getByRole('button', { name: '用我的值 7' }));
    await waitFor(() => expect(server.puts.at(-1)).toEqual({ path: '/quotas/长安镇/2025/landing_actual', body: { value: 7, version: 1 } }));
    await waitFor(() => expect(useQuotaStore.getState().data.values['长安镇|2025|landing_actual']).toBe(7));
    expect(screen.queryByRole('alert', { name: '修改冲突' })).toBeNull();
  });
});
