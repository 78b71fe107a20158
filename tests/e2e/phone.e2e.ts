import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOWN_NAMES } from '../../src/towns/townFacts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appUrl, bboxOf, closeBrowser, currentHash, goToHash, labelPointOf, openApp, openPagesWith, visiblePointOf, waitForCameraStill, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

/** The screenshots are for looking at: written only when SHOTS_DIR asks (as rendererParity.e2e.ts). */
const SHOTS_DIR = process.env.SHOTS_DIR;
if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });
const shot = async (page: Page, name: string) => {
  if (SHOTS_DIR) await page.screenshot({ path: join(SHOTS_DIR, name) });
};

/** What a town leader sees on a phone, measured in the page. */
async function measureTownView(page: Page, bbox: [number, number, number, number]) {
  return page.evaluate((box) => {
    const probe = window.__dgmap!;
    const map = probe.canvas().getBoundingClientRect();
    const corners = [
      [box[0], box[1]],
      [box[0], box[3]],
      [box[2], box[1]],
      [box[2], box[3]],
    ].map((p) => probe.pagePoint(p as [number, number]));
    const h1 = document.querySelector('h1')!;
    const header = document.querySelector('header')!;
    const lineHeight = parseFloat(getComputedStyle(h1).lineHeight) || parseFloat(getComputedStyle(h1).fontSize) * 1.5;
    const quotas = document.querySelector('.town-quotas table')!;
    const quotaBox = quotas.getBoundingClientRect();
    return {
      documentWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
      mapBox: { left: map.left, top: map.top + window.scrollY, right: map.right, bottom: map.bottom + window.scrollY, height: map.height },
      townCorners: corners.map(([x, y]) => [x, y + window.scrollY]),
      headingLines: Math.round(h1.getBoundingClientRect().height / lineHeight),
      headerHeight: header.getBoundingClientRect().height,
      headerChildrenTops: [...header.children].filter((c) => c.getBoundingClientRect().height > 0).map((c) => Math.round(c.getBoundingClientRect().top)),
      quotaRight: quotaBox.right,
      quotaScrolls: quotas.parentElement!.scrollWidth > quotas.parentElement!.clientWidth + 1,
    };
  }, bbox);
}

describe('on a phone (390×844, touch)', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openApp(`#/town/${TOWN_NAMES[0]}`, PHONE, { touch: true, shared: true })).page;
  });
  afterAll(() => page.context().close());

  it('shows every one of the 35 town views in one column: page as wide as the screen, town inside the map, one-line header, quotas in view', async () => {
    const problems: string[] = [];
    for (const town of TOWN_NAMES) {
      await page.evaluate((t) => (window.location.hash = `#/town/${encodeURIComponent(t)}`), town);
      await page.getByRole('heading', { level: 1, name: new RegExp(town) }).waitFor();
      await waitForMapIdle(page);
      const m = await measureTownView(page, bboxOf(town));
      if (m.documentWidth !== m.viewportWidth) problems.push(`${town}: page ${m.documentWidth} px wide`);
      if (m.mapBox.height < PHONE.height * 0.55) problems.push(`${town}: map ${m.mapBox.height} px high`);
      for (const [x, y] of m.townCorners) {
        if (x < m.mapBox.left - 1 || x > m.mapBox.right + 1 || y < m.mapBox.top - 1 || y > m.mapBox.bottom + 1) {
          problems.push(`${town}: town corner (${Math.round(x)}, ${Math.round(y)}) outside the map`);
          break;
        }
      }
      if (m.headingLines !== 1 || new Set(m.headerChildrenTops).size > 2 || m.headerHeight > 64) problems.push(`${town}: header not one line (${JSON.stringify(m)})`);
      if (m.quotaRight > m.viewportWidth || m.quotaScrolls) problems.push(`${town}: quota table needs horizontal scrolling`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('hides the PNG exports, and shares the town link', async () => {
    await page.evaluate(() => (window.location.hash = `#/town/${encodeURIComponent('长安')}`));
    await page.getByRole('heading', { level: 1, name: /长安镇/ }).waitFor();
    expect(await page.getByRole('button', { name: /导出 PNG/ }).first().isVisible()).toBe(false);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await page.getByRole('button', { name: /分享/ }).tap();
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
    expect(decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()))).toMatch(/#\/town\/长安镇$/);
  });

  it('planner map: search, 图层, 指标 and 汇报模式 are in reach, and a tap selects a unit', async () => {
    // The planner by its link from the town view, in the same phone page (no new load).
    await goToHash(page, '#/map');
    const planner = page;
    const inView = async (name: string, role: 'button' | 'tab' | 'combobox') => {
      const box = await planner.getByRole(role, { name }).boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0 && box.y + box.height <= PHONE.height;
    };
    expect(await inView('搜索镇街', 'combobox')).toBe(true);
    expect(await inView('图层', 'tab')).toBe(true);
    expect(await inView('指标', 'tab')).toBe(true);
    expect(await inView('汇报模式', 'button')).toBe(true);
    // The search keeps room to type in; the other screens and the language are one tap away under 更多.
    expect((await planner.getByRole('combobox', { name: '搜索镇街' }).boundingBox())!.width).toBeGreaterThanOrEqual(120);
    await planner.getByText('更多', { exact: true }).tap();
    expect(await planner.getByRole('link', { name: '规划目标' }).isVisible()).toBe(true);
    expect(await planner.getByRole('button', { name: 'English', exact: true }).isVisible()).toBe(true);
    await planner.getByText('更多', { exact: true }).tap();
    expect(await planner.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await expect(planner.getByRole('region', { name: '镇街详情' }).textContent()).resolves.toContain('轻点');

    const [x, y] = await planner.evaluate((p) => window.__dgmap!.pagePoint(p), labelPointOf('长安镇'));
    await planner.touchscreen.tap(x, y);
    await planner.getByRole('heading', { level: 2, name: '长安镇' }).waitFor();
    expect(decodeURIComponent(await currentHash(planner))).toContain('town=长安镇');

    await planner.getByRole('button', { name: '多选' }).tap();
    // The camera framed 长安 above the sheet: the next place is read where the map now is, a point
    // of 虎门 on the way from 长安's label to 虎门's that the map shows above the sheet.
    await waitForCameraStill(planner);
    const tapAt = await visiblePointOf(planner, '虎门镇', '长安镇');
    expect(tapAt, 'a point of 虎门 in view above the sheet').not.toBeNull();
    const [x2, y2] = tapAt!;
    await planner.touchscreen.tap(x2, y2);
    await planner.getByRole('heading', { name: '已选 2 个镇街' }).waitFor();
    await shot(planner, 'phone-planner.png');
  });

  // A fresh planner (whole city in view, sheet peeking, nothing selected): its own load.
  it('planner map: a town tapped near the bottom of the map is framed above the sheet that rises for it', async () => {
    await page.goto('about:blank');
    const { page: planner, consoleErrors } = await openApp('#/map', PHONE, { touch: true });
    const sheetTop = () => planner.evaluate(() => document.querySelector('.side-panel')!.getBoundingClientRect().top);
    // The southernmost town label the map shows above the peeking sheet: the half sheet will cover it.
    const peekTop = await sheetTop();
    const candidates = await Promise.all(TOWN_NAMES.map(async (name) => ({ name, at: await planner.evaluate((p) => window.__dgmap!.pagePoint(p), labelPointOf(name)) })));
    const { name, at } = candidates.filter((c) => c.at[1] < peekTop - 20).sort((a, b) => b.at[1] - a.at[1])[0];
    await planner.touchscreen.tap(at[0], at[1]);
    await planner.getByRole('heading', { level: 2, name }).waitFor();
    await planner.waitForFunction(() => document.querySelector('.side-panel')?.getAttribute('data-sheet') === 'half');
    await waitForCameraStill(planner); // the camera eases to the town
    const map = await planner.evaluate(() => {
      const r = window.__dgmap!.canvas().getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right };
    });
    const bottom = await sheetTop();
    expect(bottom, 'the half sheet covers part of the map').toBeGreaterThan(map.top + 100);
    const [w, s, e, n] = bboxOf(name);
    const corners = await Promise.all(
      [
        [w, s],
        [w, n],
        [e, s],
        [e, n],
      ].map((p) => planner.evaluate((q) => window.__dgmap!.pagePoint(q), p as [number, number])),
    );
    for (const [x, y] of corners) {
      expect(x, `${name} inside the map (x)`).toBeGreaterThanOrEqual(map.left);
      expect(x, `${name} inside the map (x)`).toBeLessThanOrEqual(map.right);
      expect(y, `${name} below the top of the map`).toBeGreaterThanOrEqual(map.top);
      expect(y, `${name} above the sheet`).toBeLessThanOrEqual(bottom);
    }
    await shot(planner, 'phone-planner-tap-south.png');
    expect(consoleErrors).toEqual([]);
    await planner.context().close();
  });

  it('in English, the scale bar stays readable above the attribution, which wraps to two lines (Canvas2D and MapLibre)', async () => {
    for (const [query, scaleSelector, attributionSelector] of [
      ['?lang=en', '.map-canvas-scale', '.map-canvas-attribution'],
      ['?lang=en&renderer=maplibre', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib'],
    ] as const) {
      await page.goto(appUrl(`${query}#/map`));
      await waitForMapIdle(page);
      const boxes = await page.evaluate(
        ([scale, attribution]) => [scale, attribution].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect),
        [scaleSelector, attributionSelector],
      );
      const [scale, attribution] = boxes;
      // the attribution takes two lines here, so it does reach the scale bar's column
      expect(attribution.height, query).toBeGreaterThan(30);
      expect(attribution.left, query).toBeLessThan(scale.right);
      expect(scale.bottom, query).toBeLessThanOrEqual(attribution.top);
      expect(scale.height, query).toBeGreaterThan(10);
    }
  });
});
