import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, goToHash, openApp, openPagesWith, waitForMapIdle } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

afterAll(closeBrowser);

const VIEWPORT = { width: 1280, height: 800 };
const LONG_FILL = `#/map?fill=${'x'.repeat(10_000)}`;

/*
 * One browser context and page for the file (a new context costs about a second of Chromium's CPU
 * here, a load 5-10 s). The links that must be opened as a load are loads of that page: the long fill
 * link (beforeAll), the invisible characters and the unknown pages; the rest follow links in the
 * page (hash changes), as the tests always did, after closing the notices the test before left.
 */
let page: Page;
beforeAll(async () => {
  page = (await openApp(LONG_FILL, VIEWPORT, { shared: true })).page;
});
afterAll(() => page?.context().close());

/** A fresh load of `hash` in the file's page (about:blank first: the same document would only change its hash). */
async function load(hash: string, waitForMap = true): Promise<void> {
  await page.goto('about:blank');
  await page.goto(appUrl(hash));
  if (waitForMap) await waitForMapIdle(page);
}

/** Closes every notice on screen, as a user does with each one's 关闭提示. */
async function closeNotices(): Promise<void> {
  const close = page.getByRole('button', { name: '关闭提示' });
  while ((await close.count()) > 0) await close.first().click();
  const older = page.getByRole('button', { name: /^展开较早的/ });
  if ((await older.count()) > 0) {
    await older.click();
    while ((await close.count()) > 0) await close.first().click();
  }
  expect(await page.getByRole('status').count()).toBe(0);
}

/** The height of every notice box on screen, and of the whole notices area. */
async function noticeHeights(page: Page): Promise<{ each: number[]; area: number }> {
  return page.evaluate(() => ({
    each: [...document.querySelectorAll('.notices > .notice')].map((n) => n.getBoundingClientRect().height),
    area: document.querySelector('.notices')?.getBoundingClientRect().height ?? 0,
  }));
}

async function statusText(page: Page): Promise<string> {
  return (await page.getByRole('status').allTextContents()).join('\n');
}

describe('hostile links and long notices in Chromium', () => {
  it('a 10,000-character fill parameter gives a one-line notice, no taller than a fifth of the window even when opened', async () => {
    // The link opened as a load (beforeAll).
    await page.getByRole('status').filter({ hasText: '着色方式' }).waitFor();
    const closed = await noticeHeights(page);
    expect(closed.each).toHaveLength(1);
    expect(closed.each[0]).toBeLessThan(60);
    expect(await statusText(page)).toContain('（共 10000 字）');
    await page.getByRole('button', { name: '详情' }).click();
    expect((await noticeHeights(page)).each[0]).toBeLessThanOrEqual(VIEWPORT.height / 5 + 1);
    await page.screenshot({ path: '/work/shots/local/notice-long-fill.png' });
    // the close button is on screen and works
    const close = page.getByRole('button', { name: '关闭提示' });
    const box = (await close.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(VIEWPORT.height);
    await close.click();
    expect(await page.getByRole('status').count()).toBe(0);
  });

  it('a huge notice opened with 详情 scrolls within a fifth of the window', async () => {
    await closeNotices();
    await goToHash(page, '#/map');
    // a long town list: each name is quoted short, but many of them make a long notice
    await page.evaluate(() => (window.location.hash = `#/map?town=${Array.from({ length: 3000 }, (_, i) => `无此镇${i}`).join(',')}`));
    await page.getByRole('status').filter({ hasText: '不是东莞的镇街名称' }).waitFor();
    const more = page.getByRole('button', { name: '详情' });
    if ((await more.count()) > 0) await more.first().click();
    const { each } = await noticeHeights(page);
    for (const h of each) expect(h).toBeLessThanOrEqual(VIEWPORT.height / 5 + 1);
  });

  it('twelve bad links: at most three notices open, the older folded into one line', async () => {
    await closeNotices();
    await goToHash(page, '#/map');
    for (let i = 1; i <= 12; i++) {
      await page.evaluate((n) => (window.location.hash = `#/map?town=坏名字${n}`), i);
      await page.getByRole('status').filter({ hasText: `坏名字${i}` }).waitFor();
    }
    const open = await page.locator('.notices > .notice:not(.notice-older)').allTextContents();
    expect(open).toHaveLength(3);
    expect(open.join()).toContain('坏名字12');
    await page.getByRole('button', { name: '展开较早的 9 条提示' }).waitFor();
    const { each, area } = await noticeHeights(page);
    await page.screenshot({ path: '/work/shots/local/notices-twelve-links.png' });
    expect(each).toHaveLength(4);
    expect(area).toBeLessThanOrEqual(VIEWPORT.height / 5 + 1);
  });

  it('invisible characters in a link are shown as such', async () => {
    await load('#/town/长安镇%07');
    expect(await statusText(page)).toContain('“长安镇⟨U+0007⟩”不是东莞的镇街名称');
    await page.goto(appUrl('#/map?town=长安%E2%80%8B镇'));
    await waitForMapIdle(page);
    await expect.poll(() => statusText(page)).toContain('“长安⟨U+200B⟩镇”');
  });

  it('every unknown page, bad slide number and empty link gets a notice', async () => {
    const cases: [string, RegExp][] = [
      ['#/nowhere', /页面 “nowhere” 不存在，已打开地图/],
      ['#/town/', /没有给出镇街名称/],
      ['#/present/-1', /幻灯片编号“-1”无效.*已转到第 1 张/],
      ['#/present/3abc', /幻灯片编号“3abc”无效/],
    ];
    // Each link opened as a fresh load.
    for (const [hash, said] of cases) {
      await load(hash, false);
      await expect.poll(() => statusText(page), { timeout: 60_000 }).toMatch(said);
    }
  });

  it('a CSV with 10,000 extra columns gives a short warning', async () => {
    await goToHash(page, '#/map');
    await page.getByRole('tab', { name: '指标' }).click();
    const extra = Array.from({ length: 10_000 }, (_, i) => `列${i}`);
    await page.getByRole('textbox', { name: /或粘贴 CSV 文本/ }).fill(`镇街,年份,落地指标,${extra.join(',')}\n长安镇,2025,11,${extra.map(() => '').join(',')}\n`);
    await page.getByRole('button', { name: '检查' }).click();
    const warning = page.getByText(/已忽略 10000 列无法识别的列/);
    await warning.waitFor();
    expect((await warning.boundingBox())!.height).toBeLessThanOrEqual(VIEWPORT.height / 5);
  });
});
