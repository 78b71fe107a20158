import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { deckToJson } from '../../src/modes/present/deckJson';
import { DECK_STORAGE_KEY } from '../../src/modes/present/deckPersistence';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { meanDifference, pdfImages } from '../support/pdfImages';
import { appUrl, closeBrowser, downloadedBytes, openBrowser, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

/*
 * A deck PDF exported while the presenter steps through the slides is right on every page: each
 * page is drawn from its own slide's state off screen, so it matches the same deck exported with
 * nobody touching anything, and the screen never shows the export.
 */

const ids = ['plan2018-core', 'plan2018-belts', 'fyp14-base-east-intelligent', 'quota-2025-discovery'];
const slides = buildDefaultDeck().filter((s) => ids.includes(s.id));
afterAll(closeBrowser);

async function exportPdf(page: Page, whileExporting?: () => Promise<void>): Promise<Buffer> {
  const download = page.waitForEvent('download', { timeout: 600_000 });
  await page.getByRole('button', { name: '导出 PDF' }).click();
  let done = false;
  const stepping = (async () => {
    while (!done && whileExporting) await whileExporting();
  })();
  const file = await download;
  done = true;
  await stepping;
  return downloadedBytes(file);
}

describe('deck export while stepping through the slides', () => {
  it('every page of the PDF is its own slide, as when nobody touches anything', async () => {
    const browser = await openBrowser();
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
    await context.addInitScript(([key, json]) => localStorage.setItem(key, json), [DECK_STORAGE_KEY, deckToJson(slides)] as const);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl('#/present/1'));
    await waitForMapIdle(page);

    const quiet = pdfImages(await exportPdf(page));
    expect(quiet).toHaveLength(slides.length);

    // A presenter going on with the talk: keys pressed while the file is made. The export of these
    // four slides takes well under a second on a quiet machine, so the keys come every 100 ms (a key
    // a second once left a single press inside the export, and the check below failed for it).
    let steps = 0;
    const keys = ['ArrowRight', 'ArrowRight', 'ArrowRight', 'Home'];
    const stepped = pdfImages(
      await exportPdf(page, async () => {
        if (steps < 8) await page.keyboard.press(keys[steps++ % keys.length]);
        await page.waitForTimeout(100);
      }),
    );
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(stepped).toHaveLength(slides.length);
    for (let i = 0; i < slides.length; i++) {
      expect(meanDifference(stepped[i], quiet[i]), `page ${i + 1} (${slides[i].title})`).toBeLessThan(1);
      if (i > 0) expect(meanDifference(quiet[i], quiet[i - 1]), `page ${i + 1} differs from page ${i}`).toBeGreaterThan(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 900_000);
});
