import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setLanguageForThisPage } from '../../src/i18n/language';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { appUrl, closeBrowser, goToHash, openApp, openPagesWith, seriousAxeViolations, waitForMapIdle, type Screen } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);


/**
 * Every screen a user reaches, in the English page opened from an English link (`?lang=en`, one load),
 * then followed by its link inside the page as a user's click does (a hash change: the query, and so
 * the language, stays). A fresh load per screen cost 5-10 s each and showed nothing more: the check
 * reads the screen once its map is idle, after anything a load alone shows. What a load shows (the
 * language taken from the link, the remembered switch) is checked by loads below. The town is
 * chosen before the tabs are clicked, so it is shown in the towns tab as a link to it opens.
 */
const SCREENS: Screen[] = [
  { name: 'planner, towns tab', hash: '#/map' },
  { name: 'planner, a town selected', hash: '#/map?town=谢岗镇' },
  { name: 'planner, layers tab', hash: '#/map?layers=belt-west', then: (page) => page.getByRole('tab', { name: 'Layers' }).click() },
  { name: 'planner, quotas tab', hash: '#/map', then: (page) => page.getByRole('tab', { name: 'Quotas' }).click() },
  { name: 'planner, boundaries tab', hash: '#/map', then: (page) => page.getByRole('tab', { name: 'Boundaries' }).click() },
  { name: 'town view', hash: '#/town/谢岗镇' },
  { name: 'quota table', hash: '#/quotas', map: false },
  { name: 'plan targets', hash: '#/targets', map: false },
  { name: 'plans', hash: '#/plans', map: false },
  { name: 'presentation, slide 2', hash: '#/present/2' },
];

/** Follows a screen's link inside the page (a same-document hash change) and waits until it is drawn. */
async function reach(page: Page, screen: Screen): Promise<void> {
  if (screen.map ?? true) await goToHash(page, screen.hash);
  else {
    // A screen without a map is a lazy module: it is drawn once its own heading replaces the last one.
    const shownHeading = () => page.evaluate(() => [...document.querySelectorAll('h1')].find((h) => h.checkVisibility())?.textContent ?? null);
    const before = await shownHeading();
    await page.evaluate((h) => (window.location.hash = h), screen.hash);
    await expect.poll(async () => [null, before].includes(await shownHeading())).toBe(false);
  }
  await screen.then?.(page);
}

/**
 * The visible text and the accessible names on the page, less what is marked Chinese on purpose
 * (`lang="zh…"`: a quote from a plan, a name beside its English): what must hold no Chinese.
 */
async function chineseOutsideQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff\uf900-\ufaff]+/g;
    // A quote from a plan in plain text stands in 「」 (quoteBeside); on screen it may also be marked lang="zh".
    const outsideQuotes = (text: string) => text.replace(/「[^」]*」/g, '');
    const found = new Set<string>();
    const inZh = (el: Element) => el.closest('[lang^="zh"]') !== null && el.closest('[lang^="zh"]') !== document.documentElement;
    // The text an element holds directly, its text nodes joined: React splits `「{quote}」` into three.
    const parents = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement) parents.add(node.parentElement);
    for (const parent of parents) {
      if (inZh(parent) || parent.closest('script,style,[hidden],[aria-hidden="true"]')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = [...parent.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('');
      for (const match of outsideQuotes(text).matchAll(cjk)) found.add(`${match[0]} in “${text.trim().slice(0, 60)}”`);
    }
    for (const el of document.body.querySelectorAll('[title],[aria-label],[alt],[placeholder]')) {
      if (inZh(el)) continue;
      for (const attribute of ['title', 'aria-label', 'alt', 'placeholder']) {
        const value = el.getAttribute(attribute) ?? '';
        for (const match of outsideQuotes(value).matchAll(cjk)) found.add(`${match[0]} in ${attribute}="${value.slice(0, 60)}"`);
      }
    }
    return [...found];
  });
}


for (const { size, viewport } of [{ size: '1366×768', viewport: { width: 1366, height: 768 } }]) {
  describe(`English (?lang=en) at ${size}`, () => {
    let page: Page;
    /** The page as beforeAll loaded it (SCREENS[0] in English, a fresh load), only read since. */
    let fresh = false;
    beforeAll(async () => {
      page = (await openApp(`?lang=en${SCREENS[0].hash}`, viewport, { shared: true })).page;
      fresh = true;
    });
    afterAll(() => page.context().close());

    it('the page says it is English and the switch offers Chinese', async () => {
      // Reads only: the page stays as loaded for the first screen's test.
      if (!fresh) await reach(page, SCREENS[0]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      expect(await page.title()).toBe('Dongguan Planning Map');
      const toChinese = page.getByRole('button', { name: '中文', exact: true });
      await expect(toChinese.getAttribute('title')).resolves.toBe('Switch to Chinese');
      await expect(toChinese.getAttribute('lang')).resolves.toBe('zh-CN');
    });

    for (const screen of SCREENS) {
      it(`${screen.name}: no Chinese outside quotes, and axe finds no serious problem`, async () => {
        // The first screen is the load beforeAll made; each other is reached by its link in that page.
        if (!(fresh && screen === SCREENS[0] && !screen.then)) await reach(page, screen);
        fresh = false;
        expect(await chineseOutsideQuotes(page)).toEqual([]);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }

    it('the switch in the header is remembered: a link without ?lang then opens in English', async () => {
      await page.goto('about:blank');
      await page.goto(appUrl('#/map'));
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await Promise.all([page.waitForURL(/lang=en/), page.getByRole('button', { name: 'English', exact: true }).click()]);
      await waitForMapIdle(page);
      await page.goto('about:blank');
      await page.goto(appUrl('#/map'));
      await waitForMapIdle(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      await page.getByRole('heading', { name: 'Dongguan Planning Map' }).waitFor();
      await Promise.all([page.waitForURL((url) => !url.search.includes('lang=')), page.getByRole('button', { name: '中文', exact: true }).click()]);
    });
  });
}

/** Chinese in a plain text (a PowerPoint text run) outside the 「」 that keep quotes from the plans. */
const chineseOutsideBrackets = (text: string) => [...text.replace(/「[^」]*」/g, '').matchAll(/[\u3400-\u9fff\uf900-\ufaff]+/g)].map((m) => m[0]);
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The default deck as the English page builds it (the same code, in English). */
setLanguageForThisPage('en');
const englishDeck = buildDefaultDeck();
setLanguageForThisPage('zh');
const N = englishDeck.length;

describe('English (?lang=en): the presentation, the console and the PowerPoint', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openApp('?lang=en#/present/1', { width: 1366, height: 768 }, { shared: true })).page;
  });
  afterAll(() => page.context().close());

  it('every default slide: no Chinese outside quotes, on the slide, in the toolbar or the legend, and all of the legend in sight', async () => {
    const found: string[] = [];
    for (let n = 1; n <= N; n++) {
      await page.evaluate((slide) => (location.hash = `#/present/${slide}`), n);
      await page.waitForFunction((want) => document.querySelector('.slide-progress')?.textContent?.trim() === want, `${n} / ${N}`);
      await waitForMapIdle(page);
      await expect(page.locator('.slide-title').textContent()).resolves.toBe(englishDeck[n - 1].title);
      found.push(...(await chineseOutsideQuotes(page)).map((text) => `slide ${n}: ${text}`));
      // The English legend's longer rows fold into columns rather than scroll out of sight.
      const hidden = await page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('.legend-body');
        return body ? body.scrollHeight - body.clientHeight : 0;
      });
      if (hidden > 1) found.push(`slide ${n}: ${hidden} px of the legend scrolled out of sight`);
    }
    expect(found).toEqual([]);
  }, 300_000);

  it('the presenter console: every slide’s notes, sources and summary without Chinese outside quotes; axe finds no serious problem', async () => {
    // The console by its link inside the English page (a hash change).
    await page.evaluate(() => (window.location.hash = '#/present/console'));
    await page.getByRole('heading', { level: 1, name: 'Presenter console' }).waitFor();
    const found: string[] = [];
    const list = page.getByRole('navigation', { name: 'Slide list' });
    for (let n = 1; n <= N; n++) {
      await list.getByRole('button').nth(n - 1).click();
      await page.waitForFunction((want) => document.querySelector('.console-counter')?.textContent?.trim() === want, `${n} / ${N}`);
      found.push(...(await chineseOutsideQuotes(page)).map((text) => `console, slide ${n}: ${text}`));
    }
    expect(found).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 120_000);

  it('the PowerPoint in English: an English file name, and no Chinese in any text run or note outside 「」', async () => {
    await goToHash(page, '#/present/1');
    expect(await page.evaluate(() => window.location.search)).toBe('?lang=en');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByRole('button', { name: 'Export PowerPoint' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^presentation-\\d{4}-\\d{2}-\\d{2}-${N}-slides\\.pptx$`));
    const out = resolve('test-results/english');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'deck-en.pptx');
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(f));
    expect(parts.filter((f) => f.startsWith('ppt/slides/'))).toHaveLength(N);
    const found: string[] = [];
    let runs = 0;
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      for (const [, text] of xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)) {
        runs += 1;
        const chinese = chineseOutsideBrackets(unescapeXml(text));
        if (chinese.length > 0) found.push(`${part}: ${chinese.join(' ')} in “${unescapeXml(text).slice(0, 80)}”`);
      }
    }
    expect(runs).toBeGreaterThan(2 * N);
    expect(found).toEqual([]);
    // The titles are the English deck's.
    const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect([...first.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => unescapeXml(text))).toContain(englishDeck[0].title);
  }, 900_000);
});
