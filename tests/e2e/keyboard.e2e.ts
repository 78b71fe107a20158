import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { firstUnit, nextUnit, type Direction, type UnitPoint } from '../../src/geo/keyboardOrder';
import { TOWN_NAMES } from '../../src/towns/townFacts';
import { closeBrowser, currentHash, labelPointOf, openApp } from './harness';

afterAll(closeBrowser);

const KEYS: Record<Direction, string> = { up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight' };

/** The arrow keys that lead from the first unit to `target` (breadth-first over the app's own order). */
function arrowPath(target: string): string[] {
  const units: UnitPoint[] = TOWN_NAMES.map((name) => ({ name, point: labelPointOf(name) }));
  const start = firstUnit(units)!;
  const via = new Map<string, { from: string; key: string } | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0 && !via.has(target)) {
    const from = queue.shift()!;
    for (const d of Object.keys(KEYS) as Direction[]) {
      const next = nextUnit(units, from, d);
      if (next && !via.has(next)) {
        via.set(next, { from, key: KEYS[d] });
        queue.push(next);
      }
    }
  }
  const keys: string[] = [];
  for (let step = via.get(target); step; step = via.get(step.from)) keys.unshift(step.key);
  return keys;
}

/** Presses Tab until the focused element passes `test` (at most `max` times). */
async function tabUntil(page: Page, test: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((t) => new Function('el', `return ${t}`)(document.activeElement), test)) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

describe('keyboard only', () => {
  it('chooses 谢岗镇 on the map, opens a card and closes it with Esc, and switches tabs with the arrow keys', async () => {
    const { page, consoleErrors } = await openApp('#/map', { width: 1440, height: 900 });
    await tabUntil(page, "el.classList.contains('maplibregl-canvas')");
    const announcer = page.getByTestId('map-announcer');
    // The first arrow key puts the cursor on the first unit; then the path leads to 谢岗镇.
    await page.keyboard.press('ArrowRight');
    for (const key of arrowPath('谢岗镇')) await page.keyboard.press(key);
    await expect(announcer.textContent()).resolves.toBe('谢岗镇');
    await page.keyboard.press('Enter');
    await expect(announcer.textContent()).resolves.toBe('已选择：谢岗镇');
    expect(decodeURIComponent(await currentHash(page))).toContain('town=谢岗镇');
    await page.getByRole('heading', { level: 2, name: '谢岗镇' }).waitFor();

    await tabUntil(page, "el.textContent === '银瓶高端装备产业基地'");
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: '银瓶高端装备产业基地' });
    await card.waitFor();
    expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('银瓶高端装备产业基地');

    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')); i++) await page.keyboard.press('Shift+Tab');
    const selectedTab = () => page.evaluate(() => document.activeElement?.getAttribute('aria-selected') === 'true' && document.activeElement.textContent);
    await expect(selectedTab()).resolves.toBe('镇街');
    await page.keyboard.press('ArrowRight');
    await expect(selectedTab()).resolves.toBe('图层');
    await page.keyboard.press('End');
    await expect(selectedTab()).resolves.toBe('边界');
    await page.keyboard.press('Home');
    await expect(selectedTab()).resolves.toBe('镇街');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
