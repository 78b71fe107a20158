import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, openBrowser, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

async function importCsv(page: Page, csv: string) {
  await page.getByRole('tab', { name: '指标' }).click();
  await page.getByRole('textbox', { name: /或粘贴 CSV 文本/ }).fill(csv);
  await page.getByRole('button', { name: '检查' }).click();
  await page.getByRole('button', { name: '应用', exact: true }).click();
}

/** The 2025 landing quota of a unit as the quota table shows it. */
async function landing2025(page: Page, town: string): Promise<string> {
  await page.getByRole('tab', { name: '指标' }).click();
  const table = page.getByRole('table', { name: '镇街指标' });
  await table.getByRole('columnheader').first().waitFor(); // the table loads on first use
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.includes('落地指标') && h.includes('2025'));
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: town, exact: true }) });
  return (await row.locator('th, td').nth(index).textContent()) ?? '';
}

describe('local mode (no server) in Chromium', () => {
  it('two tabs follow each other: an import in each, then a reload, keeps both', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const first = await context.newPage();
    const second = await context.newPage();
    // a background tab may not draw: each tab is brought to the front while it is used
    for (const page of [first, second]) {
      await page.bringToFront();
      await page.goto(appUrl('#/map'));
      await waitForMapIdle(page);
    }
    await first.bringToFront();
    await importCsv(first, '镇街,年份,指标,数值\n长安镇,2025,落地指标,11\n');
    await second.bringToFront();
    await importCsv(second, '镇街,年份,指标,数值\n虎门镇,2025,落地指标,22\n');
    expect(await landing2025(second, '长安镇')).toBe('11');
    // the first tab followed the second's save without a reload
    await first.bringToFront();
    await expect.poll(() => landing2025(first, '虎门镇')).toBe('22');
    await first.reload();
    await waitForMapIdle(first);
    expect(await landing2025(first, '长安镇')).toBe('11');
    expect(await landing2025(first, '虎门镇')).toBe('22');
    await context.close();
  });

  it('with site data blocked the app starts from the defaults and says why', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl('#/map'));
    await waitForMapIdle(page);
    const notice = await page.getByRole('status').filter({ hasText: '不允许本网站保存数据' }).textContent();
    expect(notice).toContain('从默认值开始');
    expect(await page.getByRole('alert').filter({ hasText: '地图数据无法加载' }).count()).toBe(0);
    expect(await landing2025(page, '长安镇')).toMatch(/未设/);
    // edits still work for the session
    await importCsv(page, '镇街,年份,指标,数值\n长安镇,2025,落地指标,11\n');
    expect(await landing2025(page, '长安镇')).toBe('11');
    expect(errors).toEqual([]);
    await context.close();
  });
});
