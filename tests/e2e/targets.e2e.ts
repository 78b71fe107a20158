import { afterAll, describe, expect, it } from 'vitest';
import { FYP14_TARGETS, INDUSTRY_TARGETS } from '../../src/targets/targets';
import { closeBrowser, currentHash, openApp, openPagesWith } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

describe('the 规划目标 view in Chromium', () => {
  it('is reached from the header, lists both 表 1 in full, and goes back to the map', async () => {
    const { page, consoleErrors } = await openApp('#/map', { width: 1366, height: 768 });
    await page.getByRole('link', { name: '规划目标' }).click();
    await page.getByRole('heading', { name: '规划期' }).waitFor();
    expect(await currentHash(page)).toBe('#/targets');
    for (const table of [FYP14_TARGETS, INDUSTRY_TARGETS]) {
      const rows = await page.getByRole('table', { name: table.title }).locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(table.rows.length);
      for (const [i, row] of table.rows.entries()) expect(rows[i]).toContain(row.indicator);
    }
    await expect(page.getByRole('table', { name: INDUSTRY_TARGETS.title }).getByRole('img').count()).resolves.toBe(INDUSTRY_TARGETS.rows.length);
    await page.getByRole('button', { name: '返回地图' }).click();
    await page.getByRole('combobox', { name: '搜索镇街' }).waitFor();
    expect(await currentHash(page)).toMatch(/^#\/map/);
    expect(consoleErrors).toEqual([]);
  });
});
