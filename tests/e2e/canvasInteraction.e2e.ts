import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { clickPlace, closeBrowser, goToHash, labelPointOf, openApp, visiblePointOf, type PageRecord } from './harness';

afterAll(closeBrowser);

/**
 * The Canvas2D renderer (src/map/canvas/canvasMapView.ts) picks towns and markers itself: clicks,
 * taps with 多选, hovering and marker clicks work on it as on the MapLibre map.
 */
const CANVAS = '?renderer=canvas#/map';

const usesCanvas = (page: Page) => page.evaluate(() => document.querySelector('canvas.map-canvas-2d') !== null && document.querySelector('.maplibregl-canvas') === null);
const pagePoint = (page: Page, name: string) => page.evaluate((p) => window.__dgmap!.pagePoint(p), labelPointOf(name));
const mapImage = (page: Page) => page.evaluate(() => window.__dgmap!.canvas().toDataURL());

/**
 * One desktop page for the file (README "How the suite spends its time"): the desktop tests run in
 * it one after another, the base marker reached by a link inside it (a hash change); the phone test
 * opens its own.
 */
let app: PageRecord;
let page: Page;
beforeAll(async () => {
  app = await openApp(CANVAS, undefined, { shared: true });
  page = app.page;
});
afterAll(() => page?.context().close());

describe('the Canvas2D map in Chromium', () => {
  it('a click selects a unit; with 多选 on, a click adds one', async () => {
    const { consoleErrors } = app;
    expect(await usesCanvas(page)).toBe(true);
    // A drag pans the map and selects nothing.
    const [x, y] = await pagePoint(page, '长安镇');
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y - 40, { steps: 5 });
    await page.mouse.up();
    await page.evaluate(() => window.__dgmap!.settled());
    expect((await pagePoint(page, '长安镇'))[0]).toBeCloseTo(x + 60, 0);
    await expect(page.getByRole('region', { name: '镇街详情' }).textContent()).resolves.toContain('点击一个镇街');
    await clickPlace(page, labelPointOf('长安镇'));
    await page.getByRole('heading', { level: 2, name: '长安镇' }).waitFor();
    await page.getByRole('button', { name: '多选' }).click();
    await clickPlace(page, labelPointOf('大岭山镇'));
    await page.getByRole('heading', { name: '已选 2 个镇街' }).waitFor();
    await expect(page.getByRole('list', { name: '已选 2 个镇街' }).getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringContaining('长安镇'),
      expect.stringContaining('大岭山镇'),
    ]);
    // A second click on it takes it out again.
    await clickPlace(page, labelPointOf('大岭山镇'));
    await expect(page.getByRole('heading', { name: /已选 \d 个镇街/ }).count()).resolves.toBe(0);
    await page.getByRole('heading', { level: 2, name: '长安镇' }).waitFor();
    // 多选 off again for the tests after this one.
    await page.getByRole('button', { name: '多选' }).click();
    await expect(page.getByRole('button', { name: '多选' }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(consoleErrors).toEqual([]);
  });

  it('on a phone, a tap selects a unit; with 多选 on, a tap adds one', async () => {
    const { page, consoleErrors } = await openApp(CANVAS, { width: 390, height: 844 }, { touch: true });
    expect(await usesCanvas(page)).toBe(true);
    await page.touchscreen.tap(...(await pagePoint(page, '长安镇')));
    await page.getByRole('heading', { level: 2, name: '长安镇' }).waitFor();
    await page.getByRole('button', { name: '多选' }).tap();
    await page.evaluate(() => window.__dgmap!.settled());
    const humen = await visiblePointOf(page, '虎门镇', '长安镇');
    expect(humen, 'a point of 虎门 in view above the sheet').not.toBeNull();
    await page.touchscreen.tap(...humen!);
    await page.getByRole('heading', { name: '已选 2 个镇街' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('hovering a unit highlights it and leaving the map clears it', async () => {
    // The pointer starts off the map (on the page header).
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.__dgmap!.canvas().style.cursor === '');
    await page.evaluate(() => window.__dgmap!.settled());
    const before = await mapImage(page);
    const [x, y] = await pagePoint(page, '大岭山镇');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => window.__dgmap!.canvas().style.cursor === 'pointer');
    await page.evaluate(() => window.__dgmap!.settled());
    expect(await mapImage(page)).not.toBe(before);
    // Out of the map (onto the page header): the highlight goes.
    await page.mouse.move(x, 5);
    await page.waitForFunction(() => window.__dgmap!.canvas().style.cursor === '');
    await page.evaluate(() => window.__dgmap!.settled());
    expect(await mapImage(page)).toBe(before);
  });

  it('clicking a base marker opens its info card', async () => {
    await goToHash(page, '#/map?layers=base-yinping');
    expect(await usesCanvas(page)).toBe(true);
    const base = LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!;
    await clickPlace(page, labelPointOf(base.members[0].town));
    await expect(page.getByRole('dialog', { name: '银瓶高端装备产业基地' }).textContent()).resolves.toMatch(/规划面积/);
    expect(app.consoleErrors).toEqual([]);
  });
});
