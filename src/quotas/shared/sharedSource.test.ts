import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellKey } from '../model';
import { resetQuotaStore, useQuotaStore } from '../store';
import { ApiFailure, api, type ServerRow } from './api';
import { RELOAD_RETRY_MS, pushCell } from './sharedSource';

vi.mock('./api', async (original) => {
  const real = await original<typeof import('./api')>();
  return { ...real, api: { ...real.api, put: vi.fn(), year: vi.fn() } };
});

const KEY = cellKey('南城街道', 2025, 'discovery_quota');
const saved: ServerRow = { unit: '南城街道', year: 2025, field: 'discovery_quota', value: null, status: null, version: 0, updatedBy: null, updatedAt: null };

describe('a write the server refused while its database was away', () => {
  afterEach(() => {
    vi.useRealTimers();
    resetQuotaStore();
  });

  it('does not stay on screen as a value: the cell goes back to the server’s once it answers again', async () => {
    vi.useFakeTimers();
    useQuotaStore.getState().setValue('南城街道', 2025, 'discovery_quota', 8);
    expect(useQuotaStore.getState().data.values[KEY]).toBe(8);
    vi.mocked(api.put).mockRejectedValue(new ApiFailure(503, 'database_unavailable', '数据库暂时无法访问'));
    vi.mocked(api.year).mockRejectedValueOnce(new ApiFailure(503, 'database_unavailable', '数据库暂时无法访问')).mockResolvedValue({ rows: [saved] });

    await pushCell(KEY, 8, 0);
    // Neither saved nor read back: the value is still shown, with the notice that it was not saved.
    expect(useQuotaStore.getState().data.values[KEY]).toBe(8);

    await vi.advanceTimersByTimeAsync(RELOAD_RETRY_MS);
    expect(api.year).toHaveBeenCalledTimes(2);
    expect(useQuotaStore.getState().data.values[KEY]).toBeUndefined();
  });
});
