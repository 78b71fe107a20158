import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LAYOUT_ELEMENTS, PLAN_GROUPS } from '../../src/plans/builtin';
import { legendEntries } from '../../src/map/legend';
import { clickPlace, closeBrowser, currentHash, inspectMap, labelPointOf, openApp, waitForMapIdle } from './harness';

afterAll(closeBrowser);


const legendItems = async (page: Page) => {
  const legend = page.getByRole('region', { name: '图例' });
  return (await legend.count()) === 0 ? [] : legend.getByRole('listitem').allTextContents();
};

describe('planning layouts in Chromium', () => {
  it('each plan group toggles its layers on the map and the legend lists exactly them', async () => {
    const { page, consoleErrors } = await openApp('#/map', { width: 1440, height: 900 });
    await page.getByRole('tab', { name: '图层' }).click();
    for (const group of PLAN_GROUPS) {
      const elements = LAYOUT_ELEMENTS.filter((e) => e.plan === group.id);
      await page.getByRole('checkbox', { name: new RegExp(group.title) }).check();
      await waitForMapIdle(page);
      expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(elements.map((e) => e.id)));
      expect(await legendItems(page)).toEqual(elements.flatMap((e) => legendEntries(e).map((entry) => entry.label)));
      expect(decodeURIComponent(await currentHash(page))).toContain(`layers=${elements.map((e) => e.id).join(',')}`);
      await page.screenshot({ path: `test-results/layouts-${group.id}.png` });
      await page.getByRole('button', { name: '全部关闭' }).click();
      await waitForMapIdle(page);
      expect((await inspectMap(page)).visibleElements).toEqual([]);
      expect(await legendItems(page)).toEqual([]);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('clicking a base marker on the map opens its info card', async () => {
    const { page } = await openApp('#/map?layers=base-yinping');
    const base = LAYOUT_ELEMENTS.find((e) => e.id === 'base-yinping')!;
    // The base marker sits at the mean of its towns' label points (here one town, 谢岗镇).
    await clickPlace(page, labelPointOf(base.members[0].town));
    const card = page.getByRole('dialog', { name: '银瓶高端装备产业基地' });
    await expect(card.textContent()).resolves.toMatch(/规划面积/);
    await expect(card.textContent()).resolves.toMatch(/公开来源/);
    await page.context().close();
  });

  it('a shared link restores the layers and the selection, and the town lists its memberships', async () => {
    const { page } = await openApp('#/map?town=谢岗镇&layers=belt-east,base-yinping,science-city-songshanhu');
    expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(['belt-east', 'base-yinping', 'science-city-songshanhu']));
    const memberships = await page.getByRole('list', { name: '所属布局' }).getByRole('listitem').allTextContents();
    expect(memberships.join('\n')).toMatch(/东部智能制造产业带.*示意/);
    expect(memberships.join('\n')).toContain('银瓶高端装备产业基地');
    await page.reload();
    await waitForMapIdle(page);
    expect(new Set((await inspectMap(page)).visibleElements)).toEqual(new Set(['belt-east', 'base-yinping', 'science-city-songshanhu']));
    await page.getByRole('tab', { name: '图层' }).click();
    await expect(page.getByRole('checkbox', { name: '东部智能制造产业带' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: '西部高端高新产业带' }).isChecked()).resolves.toBe(false);
    await page.screenshot({ path: 'test-results/layouts-shared-link.png' });
    await page.context().close();
  });
});
