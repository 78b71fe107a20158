import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtures } from '../fixtures/boundaryFixtures';
import { sharedTownsShapefileZip4547 } from '../support/shapefileZip';
import { closeBrowser, openApp, waitForMapIdle, type PageRecord } from './harness';

interface Meta {
  cityAreaKm2: number;
  towns: { name: string; areaKm2: number; neighbours: { name: string }[] }[];
}
const defaultMeta: Meta = JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8'));
const pairsOf = (meta: Meta) =>
  new Set(meta.towns.flatMap((t) => t.neighbours.map((n) => [t.name, n.name].sort().join('|'))));

/** What the app keeps in IndexedDB, read back in the page. */
const savedMeta = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Meta | null>((resolve, reject) => {
        const open = indexedDB.open('dgmap-boundaries', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('boundaries');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('boundaries').objectStore('boundaries').get('active');
          get.onsuccess = () => resolve(get.result ? (get.result.meta as Meta) : null);
          get.onerror = () => reject(get.error);
        };
      }),
  );

afterAll(closeBrowser);

/** The screenshots are for looking at: written only when SHOTS_DIR asks (as rendererParity.e2e.ts). */
const SHOTS_DIR = process.env.SHOTS_DIR;
if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });
const shot = async (page: Page, name: string) => {
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, name) });
};

/**
 * One planner page for the file: the first test ends on a fresh load with the default boundaries,
 * which is where the second starts (a page load with its map costs 5-10 s here).
 */
let shared: PageRecord | undefined;
const planner = async () => (shared ??= await openApp('#/map', { width: 1366, height: 768 }, { shared: true }));

describe('importing official boundaries through the 边界 panel', () => {
  it('a zipped Shapefile in EPSG:4547: report shows the reprojection; accepted, it keeps 82 pairs and the areas; reload keeps it; 恢复默认边界 restores', async () => {
    const zip = await sharedTownsShapefileZip4547();
    const { page, outsideRequests, consoleErrors } = await planner();
    await page.getByRole('tab', { name: '边界' }).click();
    await expect(page.getByTestId('boundary-current').textContent()).resolves.toContain('默认边界');
    await page.getByLabel('选择边界文件').setInputFiles({ name: 'towns-4547.zip', mimeType: 'application/zip', buffer: zip });
    const verdict = page.locator('.boundary-verdict');
    await verdict.waitFor({ timeout: 120_000 });
    expect(await verdict.textContent()).toContain('通过检查');
    const crs = await page.getByTestId('boundary-crs').textContent();
    expect(crs).toContain('CGCS2000_3_Degree_GK_CM_114E');
    expect(crs).toContain('反算为经纬度');
    expect(await page.getByTestId('boundary-pairs').textContent()).toContain('82 对相邻镇街');
    await shot(page, 'boundary-report-1366.png');

    await page.getByRole('button', { name: '采用这些边界' }).click();
    await expect.poll(() => page.getByTestId('header-boundaries').textContent(), { timeout: 30_000 }).toContain('导入边界：towns-4547.zip');
    await waitForMapIdle(page);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('边界数据：用户导入（towns-4547.zip）');
    await shot(page, 'boundary-accepted-1366.png');
    const saved = await savedMeta(page);
    expect(saved).not.toBeNull();
    expect(pairsOf(saved!)).toEqual(pairsOf(defaultMeta));
    for (const town of defaultMeta.towns) {
      const imported = saved!.towns.find((t) => t.name === town.name)!;
      expect(Math.abs(imported.areaKm2 - town.areaKm2) / town.areaKm2).toBeLessThan(0.005);
    }

    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByTestId('header-boundaries').textContent()).toContain('导入边界：towns-4547.zip');

    await page.getByRole('tab', { name: '边界' }).click();
    await page.getByRole('button', { name: '恢复默认边界' }).click();
    await expect.poll(() => page.getByTestId('header-boundaries').textContent()).toContain('默认边界');
    await waitForMapIdle(page);
    expect(await savedMeta(page)).toBeNull();
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('DataV.GeoAtlas');
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.getByTestId('header-boundaries').textContent()).toContain('默认边界');
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 240_000);

  it('a GCJ-02 GeoJSON is converted back and says so; a bow-tie is refused, naming the unit, with nothing to accept', async () => {
    const { page, outsideRequests, consoleErrors } = await planner();
    expect(await page.getByTestId('header-boundaries').textContent()).toContain('默认边界');
    await page.getByRole('tab', { name: '边界' }).click();
    const choose = (name: string, body: unknown) =>
      page.getByLabel('选择边界文件').setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(body)) });
    await choose('towns-gcj02.geojson', fixtures.gcj02());
    await page.locator('.boundary-verdict').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('boundary-crs').textContent()).toMatch(/GCJ-02.*已从 GCJ-02 转换回 WGS-84/);
    await shot(page, 'boundary-gcj02-1366.png');

    await choose('towns-bowtie.geojson', fixtures.bowTie());
    await expect.poll(() => page.locator('.boundary-verdict').textContent(), { timeout: 120_000 }).toContain('未通过检查');
    expect(await page.locator('.finding-error').first().textContent()).toMatch(/大朗镇：.*蝴蝶结/);
    expect(await page.getByRole('button', { name: '采用这些边界' }).count()).toBe(0);
    expect(await page.getByTestId('header-boundaries').textContent()).toContain('默认边界');
    await shot(page, 'boundary-refused-1366.png');
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
