import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickPlace, closeBrowser, currentHash, goToHash, labelPointOf, openApp, placedLabels, waitForMapIdle, type PageRecord } from './harness';

interface Report {
  units: { name: string; neighbours: { name: string; shared_border_km: number }[] }[];
}
const report: Report = JSON.parse(readFileSync('geo/build/report.json', 'utf8'));

/** The first of these places whose screen point shows the map canvas (nothing drawn over it). */
async function firstOpenMapPlace(page: Page, places: [number, number][]): Promise<[number, number]> {
  for (const place of places) {
    const [x, y] = await page.evaluate((p) => window.__dgmap!.pagePoint(p), place);
    if (await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas') ?? false, [x, y])) return place;
  }
  throw new Error('no place outside the city is free of overlays on screen');
}

const detailHeading = (page: Page) => page.getByRole('region', { name: '镇街详情' }).getByRole('heading', { level: 2 });
const neighbourNames = async (page: Page) =>
  (await page.getByRole('list', { name: '相邻镇街' }).getByRole('listitem').allTextContents()).map((t) => t.split(/\s/)[0]);

afterAll(closeBrowser);

/**
 * One page for the file (README "How the suite spends its time"): loaded once, each test after the
 * first follows a link inside it (a hash change, as a user's link or back button does) instead of
 * loading the app again; the reload test still reloads.
 */
let app: PageRecord;
let page: Page;
beforeAll(async () => {
  app = await openApp('#/map', undefined, { shared: true });
  page = app.page;
});
afterAll(() => page?.context().close());

const follow = (hash: string) => goToHash(page, hash);

describe('the town map in Chromium', () => {
  it('loads with no request outside its origin, no console error, and 35 labels placed', async () => {
    const { outsideRequests, consoleErrors } = app;
    expect(await placedLabels(page)).toBe(35);
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('DataV.GeoAtlas');
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('不可用于测绘');
    await expect(page.locator('.maplibregl-ctrl-scale').count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/town-map.png' });
  });

  it('search, a click on the map and the URL select the same unit', async () => {
    const search = page.getByRole('combobox', { name: '搜索镇街' });
    await search.fill('长安');
    await search.press('Enter');
    await expect(detailHeading(page).textContent()).resolves.toBe('长安镇');
    expect(await currentHash(page)).toBe('#/map?town=长安镇');

    await page.getByRole('button', { name: '全市' }).click();
    await waitForMapIdle(page);
    await clickPlace(page, labelPointOf('虎门镇'));
    await expect(detailHeading(page).textContent()).resolves.toBe('虎门镇');
    expect(await currentHash(page)).toBe('#/map?town=虎门镇');

    await page.evaluate(() => (window.location.hash = '#/map?town=长安镇'));
    await page.waitForFunction(() => document.querySelector('[aria-label="镇街详情"] h2')?.textContent === '长安镇');
  });

  it('lists the neighbours the geo build found, with point-only contacts left out', async () => {
    await follow('#/map?town=横沥镇');
    const expected = report.units.find((u) => u.name === '横沥镇')!.neighbours.map((n) => n.name);
    expect((await neighbourNames(page)).sort()).toEqual([...expected].sort());
    expect(await neighbourNames(page)).not.toContain('茶山镇');

    await page.getByRole('list', { name: '相邻镇街' }).getByRole('button', { name: '常平镇' }).click();
    await expect(detailHeading(page).textContent()).resolves.toBe('常平镇');
    const changping = report.units.find((u) => u.name === '常平镇')!.neighbours.map((n) => n.name);
    expect((await neighbourNames(page)).sort()).toEqual([...changping].sort());
    expect(changping).toEqual(expect.arrayContaining(['横沥镇', '东坑镇', '谢岗镇']));
  });

  it('restores the selection on reload and clears it on a click outside the city', async () => {
    await follow('#/map?town=石龙镇');
    await expect(detailHeading(page).textContent()).resolves.toBe('石龙镇');
    await page.reload();
    await waitForMapIdle(page);
    await expect(detailHeading(page).textContent()).resolves.toBe('石龙镇');
    await page.getByRole('button', { name: '全市' }).click();
    await waitForMapIdle(page);
    // Outside every unit (the Pearl River estuary, the sea, Shenzhen, Huizhou): the first such place
    // where the map itself is under the pointer, not the legend or another control.
    const outside = await firstOpenMapPlace(page, [[113.55, 22.62], [114.15, 22.62], [113.6, 23.18], [114.3, 23.0]]);
    await clickPlace(page, outside);
    await expect(detailHeading(page).count()).resolves.toBe(0);
    expect(await currentHash(page)).toBe('#/map');
  });

  it('shift-click adds units and the panel gives their area and share of the city', async () => {
    await follow('#/map?town=长安镇');
    await page.getByRole('button', { name: '全市' }).click();
    await waitForMapIdle(page);
    await clickPlace(page, labelPointOf('虎门镇'), ['Shift']);
    expect(await currentHash(page)).toBe('#/map?town=长安镇,虎门镇');
    const area = await page.getByLabel('所选面积').textContent();
    expect(area).toMatch(/已选 2 个镇街：合计 [\d.,]+ km²，占全市 [\d.]+%/);
    await expect(page.getByLabel('点击位置').textContent()).resolves.toContain('虎门镇');
  });

  it('tells the user when a link names an unknown unit and keeps the rest', async () => {
    await follow('#/map?town=不存在镇,长安镇');
    await expect(detailHeading(page).textContent()).resolves.toBe('长安镇');
    await expect(page.getByRole('status').textContent()).resolves.toContain('不存在镇');
  });

  it('made no request outside its origin and logged no console error over all the tests above', () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
