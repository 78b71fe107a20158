import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TOWN_NAMES } from '../../src/towns/townFacts';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { closeBrowser, goToHash, openApp, openPagesWith, waitForMapIdle } from './harness';

// Print draws its own map from the map state (PrintMap), whichever renderer draws the screen: the
// pages open with the renderer this machine's users get. One page for the file: each test reaches its
// screen by a link followed in the page (a hash change) and sizes the window it needs; none is about
// a load.
openPagesWith('auto');

afterAll(closeBrowser);

/** Pages and page sizes (pt) of a PDF Chromium wrote (uncompressed object headers). */
function pdfFacts(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  return {
    pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    boxes,
  };
}

/**
 * What the browser does on Ctrl+P before it lays the page out (page.pdf alone does not): fires
 * `beforeprint`, on which the printed map is drawn from the map state into its own canvas. Returns
 * how many of that canvas's pixels were painted.
 */
function printAsCtrlPDoes(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const canvas = document.querySelector('canvas.print-map') as HTMLCanvasElement | null;
    if (!canvas || canvas.width === 0) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  });
}

const A4_PORTRAIT = [595.92, 842.88];

describe('printing without the button', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openApp('#/map', { width: 1280, height: 800 }, { shared: true })).page;
  });
  afterAll(() => page.context().close());

  it('prints each of the 35 town views on exactly one A4 page with the map drawn for print', async () => {
    // What Chromium lays out on an A4 page: 190 × 277 mm of content inside the town page's 10 mm
    // margins (townView.css), at 96 px to the inch. Each town is measured laid out that way under
    // print media, and the tallest is printed for real (page.pdf): a PDF costs seconds, a measurement
    // milliseconds, and a page that fits is decided by its height.
    const content = { width: Math.floor((190 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) };
    const problems: string[] = [];
    const heights = new Map<string, number>();
    await page.setViewportSize(content);
    await goToHash(page, `#/town/${encodeURIComponent(TOWN_NAMES[0])}`);
    // The walk stays under print media (the live map hidden, as on paper): switching media twice a
    // town cost two layouts and two map resizes each; the 35 heights measured so are the same, to the
    // 1/64 px, as measured by switching to print for each town from the screen (checked 2026-12-05).
    await page.emulateMedia({ media: 'print' });
    for (const town of TOWN_NAMES) {
      // Each town reached by its link as a user follows one (a hash change, no reload), then, in one
      // round trip: its heading shown, its own map up and settled (the previous town's is retired with
      // its probe, window.__dgmap, on the change, and the heading can show before the next one is up);
      // and then Ctrl+P's printed map drawn: it must hold the town.
      await page.evaluate(async (town) => {
        const until = async (ok: () => boolean, what: string) => {
          for (const started = performance.now(); !ok(); await new Promise((r) => setTimeout(r, 20))) {
            if (performance.now() - started > 60_000) throw new Error(`${town}: ${what} not after 60 s`);
          }
        };
        window.location.hash = `#/town/${encodeURIComponent(town)}`;
        await until(() => document.querySelector('.town-view-header h1')?.textContent?.includes(town) ?? false, 'heading');
        await until(() => window.__dgmap?.idle === true, 'map idle');
        await window.__dgmap!.whenIdle();
        await window.__dgmap!.settled();
      }, town);
      if ((await printAsCtrlPDoes(page)) < 10_000) problems.push(`${town}: no map drawn for print`);
      const height = await page.evaluate(() => document.getElementById('root')!.getBoundingClientRect().height);
      heights.set(town, height);
      if (height > content.height) problems.push(`${town}: ${height} px of content on a ${content.height} px page`);
    }
    await page.emulateMedia({ media: null });
    const [tallest] = [...heights].sort((a, b) => b[1] - a[1])[0];
    // Printed from a desktop window, as a planner does.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate((hash) => (window.location.hash = hash), `#/town/${encodeURIComponent(tallest)}`);
    await page.locator('.town-view-header h1', { hasText: tallest }).waitFor();
    await waitForMapIdle(page);
    await page.evaluate(() => window.__dgmap!.settled());
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const facts = pdfFacts(await page.pdf({ format: 'A4', printBackground: true }));
    if (facts.pages !== 1) problems.push(`${tallest} (the tallest, ${heights.get(tallest)} px): ${facts.pages} pages`);
    for (const [w, h] of facts.boxes) if (Math.abs(w - A4_PORTRAIT[0]) > 2 || Math.abs(h - A4_PORTRAIT[1]) > 2) problems.push(`${tallest}: page ${w}×${h} pt`);
    // A measurement that saw no page (an empty view) would pass everything above.
    expect(Math.min(...heights.values())).toBeGreaterThan(content.height / 2);
    expect(problems).toEqual([]);
  }, 300_000);

  it('puts the scale bar, north arrow, print date and boundary notice on the town page', async () => {
    await goToHash(page, '#/town/谢岗镇');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const figure = page.locator('.print-map-figure');
    expect(await figure.isVisible()).toBe(true);
    // The printed map is drawn from the map state into its own canvas, at the page's content width.
    const printed = await page.evaluate(() => {
      const canvas = document.querySelector('canvas.print-map') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let townFill = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0xfb && data[i + 1] === 0xfa && data[i + 2] === 0xf6) townFill++;
      return { width: canvas.getBoundingClientRect().width, page: document.querySelector('.town-view')!.getBoundingClientRect().width, townFill };
    });
    expect(printed.width).toBeGreaterThanOrEqual(0.9 * printed.page);
    expect(printed.townFill).toBeGreaterThan(1000);
    // Colour keys are borders (they print with background graphics off), not backgrounds.
    const keys = await page.locator('.town-memberships .swatch').evaluateAll((els) =>
      els.map((el) => ({ border: getComputedStyle(el).borderTopColor, background: getComputedStyle(el).backgroundColor })),
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.border).not.toBe('rgba(0, 0, 0, 0)');
      expect(key.background).toBe('rgba(0, 0, 0, 0)');
    }
    await expect(page.locator('.print-scale-label').textContent()).resolves.toMatch(/^\d+(\.\d)? km$/);
    expect(await page.getByRole('img', { name: '指北针' }).isVisible()).toBe(true);
    await expect(figure.textContent()).resolves.toMatch(/打印日期 \d{4}-\d{2}-\d{2}.*不可用于测绘/);
    await page.screenshot({ path: 'test-results/town-print-layout.png', fullPage: true });
    await page.emulateMedia({ media: null });
  });

  it('prints the same town page from a 390 and a 1366 window (the map drawn from state, not copied from the screen)', async () => {
    // The shared page in each window size; between the two the planner is shown, so the town view,
    // its map and its printed canvas are made anew for the second window, as on a fresh load.
    const printedMap = async (viewport: { width: number; height: number }) => {
      await goToHash(page, '#/map');
      await page.setViewportSize(viewport);
      await goToHash(page, '#/town/长安镇');
      return page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return (document.querySelector('canvas.print-map') as HTMLCanvasElement).toDataURL();
      });
    };
    const [narrow, wide] = [await printedMap({ width: 390, height: 844 }), await printedMap({ width: 1366, height: 768 })];
    expect(narrow.length).toBeGreaterThan(10_000);
    expect(narrow === wide).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('prints the planner map on one A4 landscape page with its legend', async () => {
    await goToHash(page, '#/map?layers=belt-west,belt-central,belt-east,core');
    // The link's layers are shown (the legend the page prints lists them).
    for (const id of ['belt-west', 'belt-central', 'belt-east']) await page.getByRole('region', { name: '图例' }).getByText(LAYOUT_ELEMENTS.find((e) => e.id === id)!.nameZh).first().waitFor();
    // Ctrl+P: the printed map is drawn from the map state (whichever renderer draws the screen).
    const drawnPixels = await printAsCtrlPDoes(page);
    expect(drawnPixels).toBeGreaterThan(10_000);
    const facts = pdfFacts(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(facts.pages).toBe(1);
    const [w, h] = facts.boxes[0];
    expect(w).toBeGreaterThan(h);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('canvas.print-map').isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: '图例' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
  });
});
