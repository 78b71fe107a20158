import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAYOUT_ELEMENTS, PLAN_GROUPS } from '../../src/plans/builtin';
import { legendEntries, legendGroupTitle } from '../../src/map/legend';
import { clickPlace, closeBrowser, currentHash, goToHash, inspectMap, labelPointOf, openApp, waitForMapIdle, type PageRecord } from './harness';

afterAll(closeBrowser);

/**
 * One page for the file (README "How the suite spends its time"): loaded once at 1440×900, each test
 * after the first follows a link to its state inside it (a hash change); the shared-link test still
 * reloads, so a link opened on load is covered too.
 */
let app: PageRecord;
let page: Page;
beforeAll(async () => {
  app = await openApp('#/map', { width: 1440, height: 900 }, { shared: true });
  page = app.page;
});
afterAll(() => page?.context().close());

const legendItems = async (page: Page) => {
  const legend = page.getByRole('region', { name: '图例' });
  return (await legend.count()) === 0 ? [] : legend.getByRole('listitem').allTextContents();
};
/** The plans' headings in the legend: each plan's title with its status (已到期), once per plan. */
const legendPlans = async (page: Page) => page.getByRole('region', { name: '图例' }).getByRole('heading', { level: 4 }).allTextContents();

describe('planning layouts in Chromium', () => {
  it('each plan group toggles its layers on the map and the legend lists exactly them', async () => {
    await page.getByRole('tab', { name: '图层' }).click();
    for (const group of PLAN_GROUPS) {
      const elements = LAYOUT_ELEMENTS.filter((e) => e.plan === group.id);
      await page.getByRole('checkbox', { name: new RegExp(group.title) }).check();
      await waitForMapIdle(page);
      expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(elements.map((e) => e.id)));
      expect(await legendItems(page)).toEqual(elements.flatMap((e) => legendEntries(e).map((entry) => entry.label)));
      // The plan's status is said once, on its heading (the 2018 and 十四五 plans ended with 2025), not on each row.
      expect(await legendPlans(page)).toEqual([legendGroupTitle(group.id)]);
      if (group.period && group.period.end < new Date().getFullYear()) expect(legendGroupTitle(group.id)).toMatch(/（已到期）$/);
      expect((await legendItems(page)).some((t) => t.includes('已到期'))).toBe(false);
      expect(decodeURIComponent(await currentHash(page))).toContain(`layers=${elements.map((e) => e.id).join(',')}`);
      await page.screenshot({ path: `test-results/layouts-${group.id}.png` });
      await page.getByRole('button', { name: '全部关闭' }).click();
      await waitForMapIdle(page);
      expect((await inspectMap(page)).visibleElements).toEqual([]);
      expect(await legendItems(page)).toEqual([]);
    }
    expect(app.consoleErrors).toEqual([]);
  }, 180_000); // four groups, each drawn and framed twice on a shared 2-core machine

  it('a hidden layer takes no room from the town labels and draws nothing, however it was hidden', async () => {
    // Markers, base circles with their labels and keep-out boxes, and the corridor's keep-out line:
    // shown, town labels make way for them; switched off, every town label is back.
    const symbols = LAYOUT_ELEMENTS.filter((e) => e.draw !== 'zone');
    await goToHash(page, `#/map?layers=${symbols.map((e) => e.id).join(',')}`);
    const townLabels = async () => {
      await page.evaluate(() => window.__dgmap!.settled());
      return new Set((await page.evaluate(() => window.__dgmap!.renderedFeatures(['town-labels']))).map((f) => f.name));
    };
    const markerLayers = symbols.filter((e) => e.draw === 'nodes').map((e) => `${e.id}-nodes`);
    const markers = () => page.evaluate((layers) => window.__dgmap!.renderedFeatures(layers).length, markerLayers);
    const crowded = await townLabels();
    expect(await markers()).toBeGreaterThan(0);
    expect(crowded.size).toBeLessThan(35);
    await page.getByRole('tab', { name: '图层' }).click();
    await page.getByRole('button', { name: '全部关闭' }).click();
    await waitForMapIdle(page);
    expect((await townLabels()).size).toBe(35);
    expect(await markers()).toBe(0);
    // And on again, one element at a time (the toggle a planner uses): its markers come back.
    await page.getByRole('checkbox', { name: symbols.find((e) => e.draw === 'nodes')!.nameZh, exact: true }).check();
    await waitForMapIdle(page);
    expect(await markers()).toBeGreaterThan(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('clicking a base marker on the map opens its info card', async () => {
    await goToHash(page, '#/map?layers=base-yinping');
    const base = LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!;
    // The base marker sits at the mean of its towns' label points (here one town, 谢岗镇).
    await clickPlace(page, labelPointOf(base.members[0].town));
    const card = page.getByRole('dialog', { name: '银瓶高端装备产业基地' });
    await expect(card.textContent()).resolves.toMatch(/规划面积/);
    await expect(card.textContent()).resolves.toMatch(/公开来源/);
    await page.keyboard.press('Escape');
  });

  it('a shared link restores the layers and the selection, and the town lists its memberships', async () => {
    await goToHash(page, '#/map?town=谢岗镇&layers=belt-east,base-yinping,science-city-songshanhu');
    expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(['belt-east', 'base-yinping', 'science-city-songshanhu']));
    // The panel is still on 图层 from the tests above: the town's memberships are on 镇街.
    await page.getByRole('tab', { name: '镇街' }).click();
    const membershipsOf谢岗 = async () => {
      await page.getByRole('list', { name: '所属布局' }).waitFor();
      const memberships = await page.getByRole('list', { name: '所属布局' }).getByRole('listitem').allTextContents();
      expect(memberships.join('\n')).toMatch(/东部智能制造产业带.*示意/);
      expect(memberships.join('\n')).toContain('银瓶高端装备产业基地');
    };
    await membershipsOf谢岗();
    // Opened as a link (a fresh load), the same.
    await page.reload();
    await waitForMapIdle(page);
    expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(['belt-east', 'base-yinping', 'science-city-songshanhu']));
    await membershipsOf谢岗();
    await page.getByRole('tab', { name: '图层' }).click();
    await expect(page.getByRole('checkbox', { name: '东部智能制造产业带' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: '西部高端高新产业带' }).isChecked()).resolves.toBe(false);
    await page.screenshot({ path: 'test-results/layouts-shared-link.png' });
    expect(app.consoleErrors).toEqual([]);
  });
});
