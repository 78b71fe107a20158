import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { appUrl, closeBrowser, openApp, openPagesWith } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

/*
 * The presenter console in a second window of the same browser: it drives the audience window
 * and follows it (BroadcastChannel), so the projector shows only the slide.
 */

const deck = buildDefaultDeck();
const N = deck.length;
afterAll(closeBrowser);

const audienceAt = (page: Page, n: number) =>
  page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${N}`, { timeout: 15_000 });
const consoleAt = (page: Page, n: number) =>
  page.waitForFunction((want) => document.querySelector('.console-counter')?.textContent?.trim() === want, `${n} / ${N}`, { timeout: 15_000 });

describe('presenter console in Chromium', () => {
  it('opens from the audience window, drives it with buttons, keys and the list, and follows it', async () => {
    const { page: audience, consoleErrors } = await openApp('#/present/2', { width: 1920, height: 1080 });
    const [consoleWindow] = await Promise.all([
      audience.context().waitForEvent('page'),
      audience.getByRole('button', { name: '演讲者视图' }).click(),
    ]);
    await consoleWindow.waitForLoadState();
    expect(consoleWindow.url()).toBe(appUrl('#/present/console'));
    await consoleWindow.getByText('已连接放映窗口').waitFor({ timeout: 15_000 });
    await consoleAt(consoleWindow, 2);
    expect(await consoleWindow.getByLabel('当前幻灯片').getByRole('heading').textContent()).toBe(deck[1].title);
    expect(await consoleWindow.getByLabel('下一张幻灯片').textContent()).toContain(deck[2].title);
    expect(await consoleWindow.getByLabel('讲稿备注').textContent()).toContain('来源与依据');

    // The console drives: button, key, the slide list.
    await consoleWindow.getByRole('button', { name: '下一张' }).click();
    await audienceAt(audience, 3);
    await consoleAt(consoleWindow, 3);
    await consoleWindow.keyboard.press('PageDown');
    await audienceAt(audience, 4);
    await consoleWindow.getByLabel('幻灯片列表').getByRole('button').nth(N - 1).click();
    await audienceAt(audience, N);
    await consoleWindow.getByRole('button', { name: '黑屏 / 恢复' }).click();
    await audience.getByTestId('blank-screen').waitFor();

    // …and follows the audience window when the presenter uses the clicker there.
    await audience.keyboard.press('Home');
    await audienceAt(audience, 1);
    await consoleAt(consoleWindow, 1);
    expect(await audience.getByTestId('blank-screen').count()).toBe(0);

    // The audience window shows only the slide: no notes, no console.
    expect(await audience.getByText('来源与依据').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await audience.context().close();
  });

  it('opened on its own, it says no audience window is linked and offers to open one', async () => {
    const { page } = await openApp('#/map');
    await page.goto(appUrl('#/present/console'));
    await page.getByText('未连接放映窗口').waitFor();
    expect(await page.getByRole('button', { name: '打开放映窗口' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
