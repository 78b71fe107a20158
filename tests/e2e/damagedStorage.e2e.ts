import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, openBrowser, placedLabels, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

const SAVED_QUOTAS = JSON.stringify({
  schemaVersion: 2,
  savedAt: '2026-12-01T00:00:00.000Z',
  data: { strongTowns: [], highTechZones: ['松山湖管委会'], values: { 长安镇: { '2025': { landing_quota: 11 } } } },
});

/** An imported boundaries record as the app keeps it, from the real served boundaries. */
function savedBoundaries() {
  return {
    version: 1,
    savedAt: '2026-12-01T00:00:00.000Z',
    fileName: 'towns.zip',
    topology: JSON.parse(readFileSync('geo/build/towns.topo.json', 'utf8')) as { arcs: number[][][]; [k: string]: unknown },
    meta: JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as unknown,
  };
}

async function putBoundaries(page: Page, value: unknown) {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dgmap-boundaries', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('boundaries');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('boundaries', 'readwrite');
          tx.objectStore('boundaries').put(record, 'active');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

async function boundaryKeys(page: Page): Promise<{ key: string; json: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ key: string; json: string }[]>((resolve, reject) => {
        const open = indexedDB.open('dgmap-boundaries', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('boundaries', 'readonly').objectStore('boundaries');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve((keys.result as string[]).map((key, i) => ({ key, json: JSON.stringify(values.result[i]) })));
            open.result.close();
          };
        };
      }),
  );
}

async function landing2025(page: Page, town: string): Promise<string> {
  await page.getByRole('tab', { name: '指标' }).click();
  const table = page.getByRole('table', { name: '镇街指标' });
  await table.getByRole('columnheader').first().waitFor();
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.includes('落地指标') && h.includes('2025'));
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: town, exact: true }) });
  return (await row.locator('th, td').nth(index).textContent()) ?? '';
}

/**
 * Opens the app with a saved quota state and the given boundaries record. The records are written
 * from a plain file of the app's origin (its plan schema: same storage, no app started), so the
 * app's one load is the one that finds them, as a user's next visit does; writing them from a first
 * load of the app, then reloading, cost a load with its map.
 */
async function startWith(record: unknown) {
  const browser = await openBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}/schema/plan.schema.json`);
  await page.evaluate((q) => localStorage.setItem('dgmap.quotas.v1', q), SAVED_QUOTAS);
  await putBoundaries(page, record);
  await page.goto(appUrl('#/map'));
  await waitForMapIdle(page);
  return { page, context, errors };
}

describe('damaged saved records in Chromium', () => {
  const damages: [string, () => unknown, RegExp][] = [
    ['a valid header with a hollow topology', () => ({ ...savedBoundaries(), topology: { type: 'Topology', objects: {}, arcs: [] } }), /拓扑是空的/],
    [
      'arcs cut in half',
      () => {
        const r = savedBoundaries();
        return { ...r, topology: { ...r.topology, arcs: r.topology.arcs.slice(0, r.topology.arcs.length / 2) } };
      },
      /弧被截断/,
    ],
  ];
  for (const [name, make, problem] of damages) {
    it(`boundaries with ${name}: the map draws the shared boundaries, a notice names the problem, the quotas stay`, async () => {
      const record = make();
      const { page, context, errors } = await startWith(record);
      expect(await page.getByRole('alert').filter({ hasText: '无法加载' }).count()).toBe(0);
      const notice = (await page.getByRole('status').filter({ hasText: '导入边界无法使用' }).textContent()) ?? '';
      expect(notice).toMatch(problem);
      expect(notice).toMatch(/已另存为 rejected-\d+（未删除），现使用默认边界/);
      // the map drew all 35 shared units
      expect(await placedLabels(page)).toBeGreaterThan(20);
      // the damaged record was moved aside untouched; nothing else the user had changed
      const kept = await boundaryKeys(page);
      expect(kept.map((k) => k.key)).toEqual([expect.stringMatching(/^rejected-\d+$/)]);
      expect(JSON.parse(kept[0].json)).toEqual(record);
      // (besides the page's own cache of its first frames, src/map/firstFrame/rememberedFrame.ts)
      const stored = await page.evaluate(() => Object.entries(localStorage));
      expect(stored.filter(([key]) => key !== 'dgmap.firstFrames')).toEqual([['dgmap.quotas.v1', SAVED_QUOTAS]]);
      expect(await landing2025(page, '长安镇')).toBe('11');
      // every screen starts
      for (const hash of ['#/town/长安镇', '#/quotas', '#/present/1']) {
        await page.goto(appUrl(hash));
        await page.waitForLoadState('load');
        await expect.poll(() => page.locator('#root').evaluate((r) => r.textContent?.length ?? 0)).toBeGreaterThan(0);
        expect(await page.getByRole('alert').filter({ hasText: '无法加载' }).count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('no storage at all in Chromium', () => {
  it('with both localStorage and indexedDB throwing, the app starts, works for the session and says nothing will be kept', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
          },
        });
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl('#/map'));
    await waitForMapIdle(page);
    expect(await page.getByRole('alert').filter({ hasText: '无法' }).count()).toBe(0);
    expect(await placedLabels(page)).toBeGreaterThan(20);
    const notices = await page.getByRole('status').allTextContents();
    expect(notices.join('\n')).toMatch(/不允许本网站保存数据.*不会保存/);
    // the user reads the notices and closes them; then edits work for the session
    while ((await page.getByRole('button', { name: /^关闭/ }).count()) > 0) await page.getByRole('button', { name: /^关闭/ }).first().click();
    await page.getByRole('tab', { name: '指标' }).click();
    await page.getByRole('textbox', { name: /或粘贴 CSV 文本/ }).fill('镇街,年份,指标,数值\n长安镇,2025,落地指标,11\n');
    await page.getByRole('button', { name: '检查' }).click();
    await page.getByRole('button', { name: '应用', exact: true }).click();
    expect(await landing2025(page, '长安镇')).toBe('11');
    // other screens start too
    for (const hash of ['#/town/长安镇', '#/present/1', '#/quotas']) {
      await page.goto(appUrl(hash));
      await expect.poll(() => page.locator('#root').evaluate((r) => r.textContent?.length ?? 0)).toBeGreaterThan(0);
      expect(await page.getByRole('alert').filter({ hasText: '无法' }).count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
