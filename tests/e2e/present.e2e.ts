import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { appUrl, closeBrowser, currentHash, goToHash, openApp, openPagesWith, waitForCameraStill, waitForMapIdle, type PageRecord } from './harness';

/*
 * The map as the app draws it here for a user (software WebGL: the Canvas2D renderer): these tests
 * are about the presenter (keys, counter, URL, legend, laser, full screen, the deck editor), which
 * works the same over either renderer, and under SwiftShader every MapLibre slide change costs
 * several software frames the walk waited for. MapLibre's presenter is walked slide by slide in
 * rendererParity, pageLayout and slideSubjects; the camera flight, which only MapLibre animates, is
 * checked below on a MapLibre page of its own.
 */
openPagesWith('auto');

const FHD = { width: 1920, height: 1080 };
const deck = buildDefaultDeck();
const N = deck.length;
const nameOf = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!.nameZh;
const slideNumber = (id: string) => deck.findIndex((s) => s.id === id) + 1;

mkdirSync('test-results', { recursive: true });
afterAll(closeBrowser);

/*
 * One page for the file, navigated by hash as a user's links and keys do (a page load with its map
 * costs several seconds; a hash change costs a sync). It runs with the system's reduce-motion
 * setting, so every slide change is one camera jump: these tests check where each slide lands, not
 * the flight there (one test below switches the setting off in the page and checks the flight).
 * Console errors and outside requests are collected over the whole file.
 */
let shared: PageRecord;
beforeAll(async () => {
  shared = await openApp('#/present/1', FHD, { shared: true, reducedMotion: true });
}, 180_000);

/** The shared page at `hash` (a same-document navigation), its screen up and its map idle. */
async function show(hash: string): Promise<Page> {
  const { page } = shared;
  await goToHash(page, hash);
  const slide = /^#\/present\/(\d+)$/.exec(hash);
  if (slide) await expectAt(page, Number(slide[1]));
  else await page.getByRole('tablist', { name: '面板' }).waitFor();
  return page;
}

const counter = (page: Page) => page.getByLabel('幻灯片进度').textContent();
/** The route part of the hash (the URL also carries the shown layers and towns after '?'). */
const route = async (page: Page) => (await currentHash(page)).split('?')[0];

async function expectAt(page: Page, n: number) {
  await page.waitForFunction((want) => decodeURIComponent(window.location.hash).split('?')[0] === want, `#/present/${n}`, { timeout: 5000 });
  expect(await counter(page)).toBe(`${n} / ${N}`);
  expect(await route(page)).toBe(`#/present/${n}`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(deck[n - 1].title || '（无标题）');
}

/** Names listed in the layer legend (empty when no layer is shown). */
async function legendText(page: Page): Promise<string> {
  const legend = page.getByLabel('图例', { exact: true });
  return (await legend.count()) === 0 ? '' : ((await legend.textContent()) ?? '');
}

async function fontPx(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/**
 * Records the map's bounds at every animation frame (each change once) until the returned function
 * is called, which gives them: a flight shows bounds between where it starts and where it lands; a
 * jump shows none. It runs until the caller has seen the camera come to rest, however late the
 * move starts on a loaded machine.
 */
async function recordBounds(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __boundsSeen: string[]; __boundsRecording: boolean };
    w.__boundsSeen = [];
    w.__boundsRecording = true;
    const tick = () => {
      const b = JSON.stringify(window.__dgmap!.bounds());
      if (w.__boundsSeen.at(-1) !== b) w.__boundsSeen.push(b);
      if (w.__boundsRecording) requestAnimationFrame(tick);
    };
    tick();
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __boundsSeen: string[]; __boundsRecording: boolean };
      w.__boundsRecording = false;
      return w.__boundsSeen;
    });
}

describe('presenter mode in Chromium', () => {
  it('walks the deck with the keyboard; counter, URL and legend follow; B blanks; Esc goes back to the map', async () => {
    const { consoleErrors, outsideRequests } = shared;
    const page = await show('#/present/1');
    await expectAt(page, 1);
    expect(await legendText(page)).toBe('');

    // to the end one slide at a time, with each of the "next" keys, and back
    const nextKeys = ['ArrowRight', 'Space', 'PageDown', 'ArrowDown'];
    for (let n = 2; n <= N; n++) {
      await page.keyboard.press(nextKeys[n % nextKeys.length]);
      await expectAt(page, n);
    }
    await page.keyboard.press('ArrowRight');
    await expectAt(page, N);
    const prevKeys = ['ArrowLeft', 'PageUp', 'ArrowUp'];
    for (let n = N - 1; n >= 1; n--) {
      await page.keyboard.press(prevKeys[n % prevKeys.length]);
      await expectAt(page, n);
    }

    await page.keyboard.press('End');
    await expectAt(page, N);
    await page.getByLabel('指标图例').waitFor();
    await page.keyboard.press('Home');
    await expectAt(page, 1);

    // digits then Enter
    const belts = slideNumber('plan2018-belts');
    await page.keyboard.type(String(belts));
    await page.keyboard.press('Enter');
    await expectAt(page, belts);
    for (const id of deck[belts - 1].layers) expect(await legendText(page)).toContain(nameOf(id));

    const yinping = slideNumber('fyp14-base-yinping');
    await page.keyboard.type(String(yinping));
    await page.keyboard.press('Enter');
    await expectAt(page, yinping);
    const legend = await legendText(page);
    for (const base of LAYOUT_ELEMENTS.filter((e) => e.kind === 'base')) expect(legend).toContain(base.nameZh);
    expect(legend).not.toContain(nameOf('belt-west'));

    // B blanks; B again, or a navigation key, brings the slide back
    const blank = page.getByTestId('blank-screen');
    await page.keyboard.press('b');
    expect(await blank.isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await blank.count()).toBe(0);
    await page.keyboard.press('b');
    expect(await blank.isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await blank.count()).toBe(0);
    await expectAt(page, yinping - 1);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash.startsWith('#/map'));
    expect(await route(page)).toBe('#/map');
    await page.getByRole('tablist', { name: '面板' }).waitFor();

    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 240_000); // 19 slides there and back, each waiting for its map; a busy machine needs the room

  it('a slide change flies the camera (MapLibre); with the reduce-motion setting it jumps; the setting is followed live both ways', async () => {
    // Its own page on the MapLibre renderer (the Canvas2D map does not animate the camera), with the
    // setting off, then switched on in the page. The default window, not 1920×1080: the flight is the
    // same, and each software-WebGL frame costs half as much.
    const { page, consoleErrors } = await openApp('?renderer=maplibre#/present/2');
    await expectAt(page, 2);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await waitForCameraStill(page);
    const from = JSON.stringify(await page.evaluate(() => window.__dgmap!.bounds()));
    const flight = await recordBounds(page);
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 3);
    await waitForCameraStill(page);
    const flown = await flight();
    const to3 = JSON.stringify(await page.evaluate(() => window.__dgmap!.bounds()));
    expect(to3).not.toBe(from);
    // Bounds between the two: the camera passed through places on its way.
    expect(flown.filter((b) => b !== from && b !== to3).length, 'frames in flight').toBeGreaterThan(0);

    // Switched on: the next slide change (back to slide 2) lands in one step.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const jump = await recordBounds(page);
    await page.keyboard.press('ArrowLeft');
    await expectAt(page, 2);
    await waitForCameraStill(page);
    const jumped = await jump();
    const back = JSON.stringify(await page.evaluate(() => window.__dgmap!.bounds()));
    expect(back).not.toBe(to3);
    expect(jumped.filter((b) => b !== to3 && b !== back), 'frames in flight').toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('a slide number past the end opens the last slide, says so and corrects the URL', async () => {
    // A fresh load of the link, as when it is typed or followed (not a hash change).
    const { page } = shared;
    await page.goto('about:blank');
    await page.goto(appUrl('#/present/99'));
    await waitForMapIdle(page);
    await expectAt(page, N);
    expect(await page.getByRole('status').textContent()).toContain(`没有第 99 张幻灯片（共 ${N} 张）`);
  });

  it('is readable from the back of the room at 1920×1080 (screenshots in test-results/)', async () => {
    const page = await show('#/present/1');
    const shots: [string, string][] = [
      ['plan2018-belts', 'present-belts.png'],
      ['plan2018-clusters-1', 'present-clusters.png'],
      ['fyp14-base-digital', 'present-base.png'],
      ['quota-2025-discovery', 'present-quota.png'],
    ];
    for (const [id, file] of shots) {
      await page.keyboard.type(String(slideNumber(id)));
      await page.keyboard.press('Enter');
      await expectAt(page, slideNumber(id));
      await waitForCameraStill(page, 100); // the slide drawn, its card measured and the camera at rest
      expect(await fontPx(page, '.slide-title')).toBeGreaterThanOrEqual(40);
      expect(await fontPx(page, '.slide-caption')).toBeGreaterThanOrEqual(24);
      expect(await fontPx(page, '.presenter .legend li')).toBeGreaterThanOrEqual(20);
      // caption card and legend do not overlap
      const card = (await page.locator('.slide-card').boundingBox())!;
      const legendBox = (await page.locator('.map-overlay-bottom-left').boundingBox())!;
      expect(card.y + card.height).toBeLessThanOrEqual(legendBox.y);
      await page.screenshot({ path: `test-results/${file}` });
    }
  });

  it('at 1366×768 the longest legends show whole, in one column of type scaled with the screen', async () => {
    const page = await show('#/present/1');
    await page.setViewportSize({ width: 1366, height: 768 });
    try {
      // The four slides with the most layers (the longest legends of the default deck).
      const longest = deck.map((s, i) => ({ n: i + 1, layers: s.layers.length })).sort((a, b) => b.layers - a.layers).slice(0, 4);
      for (const { n } of longest) {
        await show(`#/present/${n}`);
        await waitForCameraStill(page, 100);
        const legend = await page.locator('.legend-body').evaluate((body) => ({
          hidden: body.scrollHeight - body.clientHeight,
          columns: body.querySelectorAll('.legend-column').length,
          rows: body.querySelectorAll('li').length,
        }));
        expect(legend.rows, `slide ${n}`).toBeGreaterThan(5);
        // Nothing scrolled out of sight, and no folding into columns a few characters wide.
        expect(legend.hidden, `slide ${n}`).toBeLessThanOrEqual(1);
        expect(legend.columns, `slide ${n}`).toBe(1);
        // 1.1vw: the 1920 px picture's 21 px, smaller (not the 20 px of a 1920 screen, which overflowed).
        expect(await fontPx(page, '.presenter .legend li')).toBeCloseTo(1366 * 0.011, 1);
        const card = (await page.locator('.slide-card').boundingBox())!;
        const legendBox = (await page.locator('.map-overlay-bottom-left').boundingBox())!;
        expect(card.y + card.height, `slide ${n}`).toBeLessThanOrEqual(legendBox.y);
      }
      await page.screenshot({ path: 'test-results/present-1366-longest-legend.png' });
    } finally {
      await page.setViewportSize(FHD);
    }
  });

  it('the laser pointer draws a fading red trail and the map does not pan under it', async () => {
    const page = await show('#/present/1');
    const probe = [113.75, 22.95] as [number, number];
    const before = await page.evaluate((p) => window.__dgmap!.pagePoint(p), probe);
    await page.keyboard.press('l');
    expect(await page.getByRole('button', { name: '激光笔' }).getAttribute('aria-pressed')).toBe('true');
    const redPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="laser-canvas"]')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 60 && data[i] > 150 && data[i + 1] < 100) n++;
        return n;
      });
    await page.mouse.move(900, 600);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(900 + i * 20, 600 + i * 8);
    expect(await redPixels()).toBeGreaterThan(200);
    await page.mouse.up();
    await page.waitForTimeout(1200);
    expect(await redPixels()).toBe(0);
    await waitForMapIdle(page);
    expect(await page.evaluate((p) => window.__dgmap!.pagePoint(p), probe)).toEqual(before);
    // off again: a drag pans the map
    await page.keyboard.press('l');
    await page.mouse.move(900, 600);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(900 + i * 20, 600);
    await page.mouse.up();
    await waitForMapIdle(page);
    const after = await page.evaluate((p) => window.__dgmap!.pagePoint(p), probe);
    expect(after[0] - before[0]).toBeGreaterThan(100);
  });

  it('F and the button go full screen on the presenter; Esc leaves full screen first, then presenter mode', async () => {
    const page = await show('#/present/2');
    const isFullscreen = () => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await isFullscreen()).toBe('presenter');
    // legend and caption are inside the full-screen element
    expect(await page.locator('[data-testid="presenter"] .slide-card').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="presenter"]').getByLabel('图例', { exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(await route(page)).toBe('#/present/2');
    await page.getByRole('button', { name: '全屏' }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.getByRole('button', { name: '全屏' }).click();
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.waitForTimeout(600);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash.startsWith('#/map'));
  });

  it('comes in from the planner and goes back without errors', async () => {
    const { consoleErrors } = shared;
    const page = await show('#/map?town=长安镇&layers=pianqu-binhai');
    await page.evaluate(() => (window.location.hash = '#/present/2'));
    await page.getByLabel('幻灯片进度').waitFor();
    await waitForMapIdle(page);
    await expectAt(page, 2);
    expect(await legendText(page)).toContain(nameOf('core-songshanhu'));
    await page.getByRole('button', { name: '退出汇报' }).click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/map'));
    await page.getByRole('tablist', { name: '面板' }).waitFor();
    await waitForMapIdle(page);
    expect(consoleErrors).toEqual([]);
  });

  it('an edited deck (a slide added from the current view, retitled) survives a reload', async () => {
    // Last: it changes the saved deck.
    const { consoleErrors } = shared;
    const page = await show('#/present/3');
    await page.getByRole('button', { name: '编辑幻灯片' }).click();
    await page.getByRole('button', { name: '添加当前视图' }).click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/present/4'));
    expect(await counter(page)).toBe(`4 / ${N + 1}`);
    const titleBox = page.getByRole('textbox', { name: '第 4 张标题' });
    await titleBox.fill('三带回顾');
    await page.getByRole('textbox', { name: '第 4 张说明' }).fill('再看一遍三条产业带。');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('三带回顾');
    // typing in the editor is not navigation
    await titleBox.press('ArrowLeft');
    expect(await counter(page)).toBe(`4 / ${N + 1}`);
    await waitForMapIdle(page);
    await page.screenshot({ path: 'test-results/present-editor.png' });

    await page.reload();
    await waitForMapIdle(page);
    expect(await counter(page)).toBe(`4 / ${N + 1}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('三带回顾');
    for (const id of deck[2].layers) expect(await legendText(page)).toContain(nameOf(id));
    expect(consoleErrors).toEqual([]);
  });
});
