/**
 * Pictures of the page layout, for looking at (#22): slides 4, 5 and 15 on screen at 1920×1080, the
 * same pages of the exported PDF (pdftoppm) and PowerPoint (LibreOffice to PDF, then pdftoppm), and
 * the planner at 1366×768 with each plan group on alone (and 银瓶's info card).
 *   npm run build:e2e && tsx tests/support/layoutShots.ts <out-dir> [screen,pdf,pptx,planner]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { launchChromium } from './browser';

const out = resolve(process.argv[2] ?? 'test-results/layout-shots');
const parts = new Set((process.argv[3] ?? 'screen,pdf,pptx,planner').split(','));
mkdirSync(out, { recursive: true });
const SLIDES = [4, 5, 15];
const deck = buildDefaultDeck();
const meta = JSON.parse(readFileSync('geo/build/towns.meta.json', 'utf8')) as { towns: { name: string; label: [number, number] }[] };

const server = await preview({ build: { outDir: 'dist-e2e' }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await launchChromium();
const idle = (page: Page) => page.waitForFunction(() => window.__dgmap?.idle === true, null, { timeout: 120_000 }).then(() => page.evaluate(() => window.__dgmap!.settled()));

async function presenter(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(`${base}/?renderer=maplibre#/present/1`);
  await idle(page);
  return page;
}

function pdfPages(pdf: string, prefix: string) {
  for (const n of SLIDES) {
    execFileSync('pdftoppm', ['-png', '-r', '48', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(out, `${prefix}-slide-${String(n).padStart(2, '0')}`)]);
    console.log(`wrote ${prefix}-slide-${n}`);
  }
}

if (parts.has('screen') || parts.has('pdf') || parts.has('pptx')) {
  const page = await presenter();
  if (parts.has('screen')) {
    for (const n of SLIDES) {
      await page.goto(`${base}/?renderer=maplibre#/present/${n}`);
      await page.waitForFunction((want) => document.querySelector('[aria-label="幻灯片进度"]')?.textContent?.trim() === want, `${n} / ${deck.length}`);
      await idle(page);
      await page.waitForTimeout(1500);
      await idle(page);
      await page.screenshot({ path: join(out, `screen-slide-${String(n).padStart(2, '0')}.png`) });
      console.log(`wrote screen-slide-${n}`);
    }
  }
  for (const [kind, label] of [['pdf', '导出 PDF'], ['pptx', '导出 PowerPoint']] as const) {
    if (!parts.has(kind)) continue;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), page.getByRole('button', { name: label }).click()]);
    const file = join(out, `deck.${kind}`);
    await download.saveAs(file);
    console.log(`wrote ${file}`);
    if (kind === 'pdf') pdfPages(file, 'pdf');
    else {
      const profile = mkdtempSync(join(tmpdir(), 'dgmap-lo-'));
      try {
        execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'pptx-pdf'), file], { stdio: 'pipe', timeout: 600_000 });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      pdfPages(join(out, 'pptx-pdf', 'deck.pdf'), 'pptx');
    }
  }
  await page.context().close();
}

if (parts.has('planner')) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  for (const plan of ['plan2018', 'fyp14', 'pianqu']) {
    const ids = LAYOUT_ELEMENTS.filter((e) => e.plan === plan).map((e) => e.id);
    await page.goto(`${base}/?renderer=maplibre#/map?layers=${ids.join(',')}`);
    await idle(page);
    await page.waitForTimeout(1500);
    await idle(page);
    await page.screenshot({ path: join(out, `planner-1366-${plan}.png`) });
    console.log(`wrote planner-1366-${plan}`);
    if (plan === 'fyp14') {
      const xiegang = meta.towns.find((t) => t.name === '谢岗镇')!.label;
      const [x, y] = await page.evaluate((p) => window.__dgmap!.pagePoint(p), xiegang);
      await page.mouse.click(x, y);
      await page.getByRole('dialog', { name: '银瓶高端装备产业基地' }).waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(out, 'planner-1366-card-yinping.png') });
      console.log('wrote planner-1366-card-yinping');
    }
  }
  await context.close();
}
await browser.close();
await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
