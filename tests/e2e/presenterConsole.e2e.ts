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
    // What is checked is which slide each window shows, not the flight there: reduce-motion setting on.
    const { page: audience, consoleErrors } = await openApp('#/present/2', { width: 1920, height: 1080 }, { reducedMotion: true });
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
    await consoleWindow.getByText('观众屏幕已黑屏').waitFor();

    // …and follows the audience window when the presenter uses the clicker there.
    await audience.keyboard.press('Home');
    await audienceAt(audience, 1);
    await consoleAt(consoleWindow, 1);
    expect(await audience.getByTestId('blank-screen').count()).toBe(0);

    // The audience window shows only the slide: no notes, no console.
    expect(await audience.getByText('来源与依据').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await audience.context().close();
    // Two windows, one with a map: on a busy 2-core machine this takes over a minute.
  }, 180_000);

  it('opened on its own, it is a rehearsal: says no audience window is linked, moves, changes the notes, times, and pictures each slide', async () => {
    // Opened by its own link, without the planner's map loaded first.
    const { page, consoleErrors } = await openApp('#/present/console', undefined, { waitForMap: false });
    await page.getByText('未连接放映窗口').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/未连接放映窗口.*排练/);
    expect(await page.getByRole('button', { name: '打开放映窗口' }).isVisible()).toBe(true);
    await consoleAt(page, 1);

    const notes = () => page.getByLabel('讲稿备注').textContent();
    const current = () => pictureOf(page, '本张地图');
    const next = () => pictureOf(page, '下一张地图');
    await page.waitForFunction(() => document.querySelectorAll('.slide-picture canvas').length === 2 && [...document.querySelectorAll<HTMLCanvasElement>('.slide-picture canvas')].every((c) => c.width > 100));
    const first = await current();
    const firstNext = await next();
    const firstNotes = await notes();
    // Pictures of a map: many colours, not an empty or one-colour box, at the box's size.
    expect(first.colours).toBeGreaterThan(20);
    expect(firstNext.colours).toBeGreaterThan(20);
    expect(first.width).toBeGreaterThan(firstNext.width);
    expect(first.fingerprint).not.toBe(firstNext.fingerprint);

    // Navigate with the keys and the buttons, no audience window needed.
    await page.keyboard.press('PageDown');
    await consoleAt(page, 2);
    expect(await page.getByLabel('当前幻灯片').getByRole('heading').textContent()).toBe(deck[1].title);
    expect(await notes()).not.toBe(firstNotes);
    await page.waitForFunction((was) => {
      const c = document.querySelector<HTMLCanvasElement>('canvas[aria-label^="本张地图"]')!;
      return c.getAttribute('aria-label') !== was;
    }, `本张地图：${deck[0].title}`);
    const second = await current();
    expect(second.colours).toBeGreaterThan(20);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    // The picture of slide 2 is the same drawing as "next" showed on slide 1, at a larger size.
    expect(second.diffTo(firstNext)).toBeLessThan(0.1);

    await page.getByRole('button', { name: '下一张' }).click();
    await consoleAt(page, 3);
    await page.keyboard.press('End');
    await consoleAt(page, N);
    expect(await page.getByLabel('下一张幻灯片').textContent()).toContain('这是最后一张');
    expect(await page.getByRole('button', { name: '下一张' }).isDisabled()).toBe(true);
    await page.getByLabel('幻灯片列表').getByRole('button').nth(3).click();
    await consoleAt(page, 4);
    // Blanking needs an audience window.
    expect(await page.getByRole('button', { name: '黑屏 / 恢复' }).isDisabled()).toBe(true);

    // The timer runs.
    const t0 = await page.getByTestId('elapsed').textContent();
    await page.waitForFunction((was) => document.querySelector('[data-testid="elapsed"]')?.textContent !== was, t0, { timeout: 5000 });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

/** A slide picture's pixels, summarised: distinct colours, a fingerprint, and a way to compare with another. */
async function pictureOf(page: Page, label: string) {
  const read = await page.evaluate((prefix) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas[aria-label^="${prefix}"]`)!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    let fingerprint = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      fingerprint = (fingerprint * 31 + data[i] + data[i + 1] * 3 + data[i + 2] * 7) % 1_000_000_007;
    }
    // A 32 × 18 grid of mean colours, to compare pictures drawn at different sizes.
    const grid: number[] = [];
    for (let gy = 0; gy < 18; gy++)
      for (let gx = 0; gx < 32; gx++) {
        let r = 0, g = 0, b = 0, n = 0;
        const x0 = Math.floor((gx * canvas.width) / 32), x1 = Math.floor(((gx + 1) * canvas.width) / 32);
        const y0 = Math.floor((gy * canvas.height) / 18), y1 = Math.floor(((gy + 1) * canvas.height) / 18);
        for (let y = y0; y < y1; y++)
          for (let x = x0; x < x1; x++) {
            const i = (y * canvas.width + x) * 4;
            r += data[i]; g += data[i + 1]; b += data[i + 2]; n++;
          }
        grid.push(r / n, g / n, b / n);
      }
    return { width: canvas.width, colours: colours.size, fingerprint, grid };
  }, label);
  return {
    ...read,
    /** Mean difference of the grid cells, 0..1. */
    diffTo: (other: { grid: number[] }) => read.grid.reduce((sum, v, i) => sum + Math.abs(v - other.grid[i]), 0) / read.grid.length / 255,
  };
}
