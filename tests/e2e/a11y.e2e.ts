import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseHash } from '../../src/state/route';
import { closeBrowser, goToHash, openApp, openPagesWith, seriousAxeViolations, type Screen } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

/**
 * A screen reached in the page as a user's link does (a hash change, no load: a load is 5-10 s here,
 * and axe-core is injected once a page). The checks are of what the screen shows, not of a load.
 */
async function show(page: Page, screen: Screen): Promise<void> {
  if (screen.map ?? true) await goToHash(page, screen.hash);
  else {
    await page.evaluate((h) => (window.location.hash = h), screen.hash);
    await page.waitForFunction((h) => decodeURIComponent(window.location.hash) === h, screen.hash);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  await screen.then?.(page);
}

/** Every screen and tab a user can reach: planner with and without a selection, each tab, town, quotas, presenter. */
const SCREENS: Screen[] = [
  { name: '全市地图·镇街', hash: '#/map' },
  { name: '全市地图·图层', hash: '#/map?layers=belt-west', then: (page) => page.getByRole('tab', { name: '图层' }).click() },
  { name: '全市地图·指标', hash: '#/map', then: (page) => page.getByRole('tab', { name: '指标' }).click() },
  {
    name: '已选谢岗镇·说明卡',
    hash: '#/map',
    then: async (page) => {
      // The 镇街 tab, as a fresh load of #/map shows it (the screen before left 指标 open).
      await page.getByRole('tab', { name: '镇街' }).click();
      await page.getByRole('combobox', { name: '搜索镇街' }).fill('谢岗');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Tab'); // leave the search box, so its result list closes
      await page.getByRole('region', { name: '镇街详情' }).getByRole('button', { name: '银瓶高端装备产业基地', exact: true }).click();
      await page.getByRole('dialog', { name: '银瓶高端装备产业基地' }).waitFor();
    },
  },
  { name: '镇街视图', hash: '#/town/谢岗镇' },
  { name: '指标表', hash: '#/quotas', map: false },
  { name: '汇报模式', hash: '#/present/2' },
  ...(parseHash('#/targets').route.mode === 'map' ? [] : [{ name: '规划目标', hash: '#/targets', map: false }]),
];

const VIEWPORTS = [
  { size: '1440×900', viewport: { width: 1440, height: 900 }, touch: false },
  { size: '390×844', viewport: { width: 390, height: 844 }, touch: true },
];


for (const { size, viewport, touch } of VIEWPORTS) {
  describe(`accessibility (axe-core) at ${size}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = (await openApp(SCREENS[0].hash, viewport, { touch, shared: true })).page;
    });
    afterAll(() => page.context().close());
    for (const screen of SCREENS) {
      it(`${screen.name}: no serious or critical violation`, async () => {
        await show(page, screen);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  });
}
