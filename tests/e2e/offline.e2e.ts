import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_TEXT, UPDATE_TEXT } from '../../src/app/offline';
import { serveFolders, type StaticSite } from '../bench/staticServer';
import { closeBrowser, openBrowser, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

/**
 * The second visit works without a network (issue 23): the service worker the build writes serves
 * the page, scripts, workers and geometry from its cache. The bundle is copied into a folder of its
 * own and served from there, so that the test can deploy a "new build" (a changed sw.js) on the same
 * origin without touching the dist-e2e/ the other tests use.
 */

let folder: string;
let site: StaticSite;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'dg-offline-'));
  cpSync(resolve('dist-e2e'), folder, { recursive: true });
  site = await serveFolders({ '': folder }, { fresh: true });
});
afterAll(async () => {
  await closeBrowser();
  await site?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const notices = (page: Page) => page.locator('.notice > span').allTextContents();

/** A fresh document (not a hash change) at this route, drawn completely. */
async function reloadAt(page: Page, hash: string, labels: number) {
  await page.goto('about:blank');
  await page.goto(`${site.urls['']}${hash}`);
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__dgFirstFrame !== undefined)).toBe(true);
  expect(await page.evaluate(() => window.__dgmap!.placedLabels())).toBeGreaterThanOrEqual(labels);
}

describe('offline on the second visit', () => {
  it('draws #/town/长安镇 and #/present/3 from the cache with the network off, marked offline; a new build is announced once', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));

      // First visit: online; the worker installs once the map is idle, and precaches the shell.
      await page.goto(`${site.urls['']}#/town/长安镇`);
      await waitForMapIdle(page);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      expect(await notices(page)).not.toContain(OFFLINE_TEXT);

      await context.setOffline(true);
      await reloadAt(page, '#/town/长安镇', 1);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      expect(await page.getByRole('heading', { name: '长安镇' }).count()).toBeGreaterThan(0);
      expect(await notices(page)).toContain(OFFLINE_TEXT);

      await reloadAt(page, '#/present/3', 1);
      expect(await page.getByLabel('幻灯片进度').textContent()).toMatch(/^3 \//);
      expect(await notices(page)).toContain(OFFLINE_TEXT);
      expect(errors).toEqual([]);
      await page.screenshot({ path: 'test-results/offline-present-3.png' });

      // Back online, a new build is deployed: the next visit announces it, once.
      await context.setOffline(false);
      const worker = join(folder, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(/^const VERSION = "([^"]+)";/m, 'const VERSION = "$1-next";'));
      await reloadAt(page, '#/town/长安镇', 1);
      await page.getByText(UPDATE_TEXT).waitFor({ timeout: 30_000 });
      expect((await notices(page)).filter((t) => t.includes(UPDATE_TEXT))).toHaveLength(1);
      expect(await notices(page)).not.toContain(OFFLINE_TEXT);

      await reloadAt(page, '#/town/长安镇', 1);
      await page.waitForTimeout(1500);
      expect((await notices(page)).some((t) => t.includes(UPDATE_TEXT))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('a tab whose code the network does not give says so in its own panel; the map and the other tabs stay', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      // The 图层 tab's module cannot be fetched (the network dropped after the page, or a release removed it).
      await context.route(/\/assets\/LayersTab-[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.urls['']}#/map`);
      await waitForMapIdle(page);
      await page.getByRole('tab', { name: '图层' }).click();
      const panel = page.getByRole('tabpanel');
      await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain('图层面板出错');
      await page.getByRole('tab', { name: '指标' }).click();
      await expect.poll(() => panel.getByRole('combobox').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await panel.textContent()).not.toContain('出错');
      expect(await page.locator('.map-area canvas').first().isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: '东莞规划布局图' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});
