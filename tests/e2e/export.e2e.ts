import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { choropleth } from '../../src/quotas/choropleth';
import { emptyQuotaData } from '../../src/quotas/model';
import { closeBrowser, goToHash, openApp as openMap, openPagesWith, type PageRecord } from './harness';

// The exports users get: every export draws with the Canvas2D renderer (src/export/offscreenMap.ts);
// a page forced to MapLibre (the harness's default) would export through MapLibre instead.
openPagesWith('auto');

/** The app with its map idle and the exporter's test handle (set up after the first frame) in place. */
async function openApp(hash: string, options: { shared?: boolean } = {}): ReturnType<typeof openMap> {
  const opened = await openMap(hash, undefined, options);
  await opened.page.waitForFunction(() => window.__dgexport !== undefined);
  return opened;
}

/*
 * Needs, in the app: the ExportMenu rendered on the planner screen (buttons '导出 PNG 1920×1080' and
 * '导出 PNG 3840×2160'), and exposeExportProbe() called at start-up (window.__dgexport), for the deck.
 */

const LAYERS = ['belt-west', 'belt-east', 'base-yinping'];
const colorOf = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!.color;
/**
 * A zone's fill on the map: its colour at 0.32 × the layer's opacity over the town fill (the planner's
 * default opacity is 0.8; a slide shows its layers at full opacity).
 */
function zoneFillOf(id: string, layerOpacity = 0.8): string {
  const [c, under] = [colorOf(id), '#fbfaf6'].map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  const a = 0.32 * layerOpacity;
  return `#${c.map((v, i) => Math.round(v * a + under[i] * (1 - a)).toString(16).padStart(2, '0')).join('')}`;
}
const ZONES = ['belt-west', 'belt-east'];

mkdirSync('test-results', { recursive: true });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(Buffer.from(bytes.subarray(12, 16)).toString('latin1')).toBe('IHDR');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface RegionStats {
  /** Distinct colours (5 bits per channel). */
  distinct: number;
  /** Share of pixels that are neither white nor the map's background colour. */
  drawn: number;
  /** Pixels darker than mid grey (text). */
  dark: number;
  /** Pixels within a small distance of each probe colour. */
  near: number[];
}

/** Decodes the PNG in the page and looks at the pixels of some regions. */
async function inspect(page: Page, png: Uint8Array, regions: Region[], probeColors: string[] = []): Promise<RegionStats[]> {
  const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return page.evaluate(
    async ({ dataUrl, regions, probeColors }) => {
      const blob = await (await fetch(dataUrl)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(bitmap, 0, 0);
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const probes = probeColors.map(rgb);
      const background = rgb('#e8edf2');
      return regions.map((r) => {
        const { data } = ctx.getImageData(r.x, r.y, r.width, r.height);
        const distinct = new Set<number>();
        let drawn = 0;
        let dark = 0;
        const near = probes.map(() => 0);
        for (let i = 0; i < data.length; i += 4) {
          const [red, green, blue] = [data[i], data[i + 1], data[i + 2]];
          distinct.add(((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3));
          const isWhite = red > 250 && green > 250 && blue > 250;
          const isBackground = Math.abs(red - background[0]) + Math.abs(green - background[1]) + Math.abs(blue - background[2]) < 6;
          if (!isWhite && !isBackground) drawn++;
          if (0.3 * red + 0.59 * green + 0.11 * blue < 110) dark++;
          probes.forEach((p, k) => {
            if (Math.abs(red - p[0]) + Math.abs(green - p[1]) + Math.abs(blue - p[2]) < 24) near[k]++;
          });
        }
        return { distinct: distinct.size, drawn: drawn / (r.width * r.height), dark, near };
      });
    },
    { dataUrl, regions, probeColors },
  );
}

/** The boxes of the page the exporter lays out for what the screen shows now (legend, attribution, map). */
async function layoutOfView(page: Page, width: number, height: number): Promise<Record<string, Region>> {
  return page.evaluate(
    async ([w, h]) => {
      await window.__dgexport!.exportViewPng(w, h);
      return window.__dgexport!.lastLayout()!;
    },
    [width, height],
  );
}

/** The symbol column of a legend box (16 px padding, 28 px symbols, at 1920 px wide), in whole px. */
const symbolColumn = (legend: Region, s: number): Region => ({ x: Math.round(legend.x + 16 * s), y: Math.round(legend.y), width: Math.round(28 * s), height: Math.round(legend.height) });

/** Checks a composed export of width × height (any scale of 1920 × 1080) with LAYERS visible. */
async function expectComposedImage(page: Page, png: Uint8Array, width: number, height: number) {
  expect(pngSize(png)).toEqual({ width, height });
  const s = width / 1920;
  // Where the page layout put the legend (beside the subject, where it leaves the map most room).
  const boxes = await layoutOfView(page, width, height);
  expect(boxes.legend, 'a legend on the page').toBeTruthy();
  const [map, titleBar, legendSymbols, attribution] = await inspect(
    page,
    png,
    [
      // The map, below the 96 px title bar, away from the legend and attribution boxes.
      { x: Math.round(100 * s), y: Math.round(120 * s), width: Math.round(1700 * s), height: Math.round(740 * s) },
      { x: Math.round(24 * s), y: 0, width: Math.round(900 * s), height: Math.round(94 * s) },
      // The symbol column of the legend.
      symbolColumn(boxes.legend, s),
      // The attribution box (bottom right).
      { x: Math.round(1500 * s), y: Math.round(990 * s), width: Math.round(390 * s), height: Math.round(66 * s) },
    ],
    [...LAYERS.map(colorOf), ...ZONES.map((id) => zoneFillOf(id))],
  );
  // Not blank: the map area holds the towns, borders, labels and the layers.
  expect(map.distinct).toBeGreaterThan(100);
  // The view is fitted beside the legend (the page layout keeps it off the map): about 27% of this
  // fixed region is the city now, against 0% for a blank map.
  expect(map.drawn).toBeGreaterThan(0.2);
  // The two belts are drawn on the map.
  expect(map.near[3]).toBeGreaterThan(20_000 * s * s);
  expect(map.near[4]).toBeGreaterThan(20_000 * s * s);
  // The title is drawn in the title bar, the attribution and notice in their box.
  expect(titleBar.dark).toBeGreaterThan(2000 * s * s);
  expect(attribution.dark).toBeGreaterThan(1000 * s * s);
  // The legend shows each visible layer's symbol in its colour.
  for (const [k, id] of LAYERS.entries()) expect(legendSymbols.near[k], `legend symbol of ${id}`).toBeGreaterThan(20 * s * s);
}

afterAll(closeBrowser);

/**
 * One page for the file (README "How the suite spends its time"): loaded once; each test follows a
 * link to its map state inside it (a hash change) instead of loading the app again. Console errors
 * are those of the whole page so far.
 */
let app: PageRecord;
beforeAll(async () => {
  app = await openApp(`#/map?layers=${LAYERS.join(',')}`, { shared: true });
});
afterAll(() => app?.page.context().close());

/** The page at `hash` (a link followed in it), with its console errors so far. */
async function at(hash: string): Promise<PageRecord> {
  await goToHash(app.page, hash);
  return app;
}

describe('exporting the map in Chromium', () => {
  it('downloads the current view as a 1920×1080 PNG with title, legend, attribution and notice', async () => {
    const { page, consoleErrors } = await at(`#/map?layers=${LAYERS.join(',')}`);
    const button = page.getByRole('button', { name: '导出 PNG 1920×1080' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^西部高端高新产业带等3项-规划图-\d{4}-\d{2}-\d{2}-1920x1080\.png$/);
    await download.saveAs('test-results/export-1920x1080.png');
    const png = new Uint8Array(readFileSync('test-results/export-1920x1080.png'));
    await expectComposedImage(page, png, 1920, 1080);
    // Done: the buttons are usable again, with no busy state and no error.
    await expect(button.isEnabled()).resolves.toBe(true);
    await expect(page.getByText('正在导出…').count()).resolves.toBe(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('downloads a 3840×2160 PNG that is the 1920 image drawn twice as sharp', async () => {
    const { page, consoleErrors } = await at(`#/map?layers=${LAYERS.join(',')}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG 3840×2160' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^西部高端高新产业带等3项-规划图-\d{4}-\d{2}-\d{2}-3840x2160\.png$/);
    await download.saveAs('test-results/export-3840x2160.png');
    const png = new Uint8Array(readFileSync('test-results/export-3840x2160.png'));
    await expectComposedImage(page, png, 3840, 2160);
    expect(consoleErrors).toEqual([]);
    // The live map is back at its own size afterwards.
    const canvas = await page.evaluate(() => {
      const c = window.__dgmap!.canvas();
      const box = c.getBoundingClientRect();
      return { cssWidth: Math.round(box.width), attrWidth: c.width, ratio: window.devicePixelRatio };
    });
    expect(canvas.attrWidth).toBe(Math.round(canvas.cssWidth * canvas.ratio));
    expect(canvas.cssWidth).toBeLessThan(1280);
  });

  it('draws labels at the same size relative to the image at 3840×2160 as at 1920×1080 (4K is 1080p, only sharper)', async () => {
    const { page, consoleErrors } = await at(`#/map?layers=${LAYERS.join(',')}`);
    const [fhd, uhd] = [
      await page.evaluate(() => window.__dgexport!.exportViewPng(1920, 1080, '对照')),
      await page.evaluate(() => window.__dgexport!.exportViewPng(3840, 2160, '对照')),
    ];
    writeFileSync('test-results/export-compare-3840.png', Buffer.from(uhd.split(',')[1], 'base64'));
    // The 4K image drawn at 1920×1080 against the 1080p image, over the map (below the title bar,
    // clear of the legend and attribution): dark pixels are the labels' glyphs and the borders.
    const compared = await page.evaluate(
      async ({ fhd, uhd }) => {
        const pixels = async (url: string) => {
          const bitmap = await createImageBitmap(await (await fetch(url)).blob());
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [1920, 1080];
          const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(bitmap, 0, 0, 1920, 1080);
          return ctx.getImageData(400, 120, 1400, 740).data;
        };
        const [a, b] = [await pixels(fhd), await pixels(uhd)];
        let darkA = 0;
        let darkB = 0;
        let diff = 0;
        for (let i = 0; i < a.length; i += 4) {
          if (0.3 * a[i] + 0.59 * a[i + 1] + 0.11 * a[i + 2] < 110) darkA++;
          if (0.3 * b[i] + 0.59 * b[i + 1] + 0.11 * b[i + 2] < 110) darkB++;
          diff += Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
        }
        return { darkA, darkB, meanDiff: diff / (a.length * 0.75) };
      },
      { fhd, uhd },
    );
    // Labels drawn at the 1080p size on a 4K image would leave about a quarter of the dark pixels.
    expect(compared.darkA).toBeGreaterThan(5000);
    expect(compared.darkB / compared.darkA).toBeGreaterThan(0.8);
    expect(compared.darkB / compared.darkA).toBeLessThan(1.25);
    expect(compared.meanDiff).toBeLessThan(1.5);
    expect(consoleErrors).toEqual([]);
  });

  it('draws the map symbols in the legend: role markers, hatching, the axis and the quota classes', async () => {
    const layers = ['cluster-robot', 'science-city-songshanhu', 'corridor-gsgm'];
    const { page, consoleErrors } = await at(`#/map?layers=${layers.join(',')}&fill=quota&quota=discovery.quota.2025`);
    const dataUrl = await page.evaluate(() => window.__dgexport!.exportViewPng(1920, 1080, '东莞规划布局图 · 指标'));
    const legendBox = (await page.evaluate(() => window.__dgexport!.lastLayout()))!.legend;
    const png = new Uint8Array(Buffer.from(dataUrl.split(',')[1], 'base64'));
    writeFileSync('test-results/export-symbols-quota.png', png);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const classes = choropleth(emptyQuotaData(), 'quota', 'discovery', 2025).legend.map((e) => e.color);
    expect(classes.length).toBeGreaterThan(1);
    const [symbols, legendText] = await inspect(
      page,
      png,
      [
        symbolColumn(legendBox, 1),
        { x: Math.round(legendBox.x + 54), y: Math.round(legendBox.y), width: Math.min(300, Math.round(legendBox.width - 54)), height: Math.round(legendBox.height) },
      ],
      [...layers.map(colorOf), ...classes],
    );
    for (const [k, id] of layers.entries()) expect(symbols.near[k], `legend symbol of ${id}`).toBeGreaterThan(15);
    for (const [k, color] of classes.entries()) expect(symbols.near[layers.length + k], `quota class ${color}`).toBeGreaterThan(100);
    expect(legendText.dark).toBeGreaterThan(5000);
    expect(consoleErrors).toEqual([]);
  });

  const slides = [
    { title: '西部高端高新产业带', caption: '2018 规划 · 三带之一', layers: ['belt-west'] },
    { title: '东部智能制造产业带', caption: '2018 规划 · 三带之一', layers: ['belt-east'] },
    { title: '银瓶高端装备产业基地', layers: ['base-yinping'] },
  ];

  it('exports a deck as one PDF with a 16:9 page per slide and the document title', async () => {
    const { page } = await at('#/map');
    const result = await page.evaluate((s) => window.__dgexport!.exportDeck('pdf', s), slides);
    expect(result.fileName).toMatch(/^汇报-\d{4}-\d{2}-\d{2}-3张\.pdf$/);
    expect(result.progress).toEqual([0, 1, 2, 3]);
    const pdf = Buffer.from(result.dataUrl.split(',')[1], 'base64');
    writeFileSync('test-results/export-deck.pdf', pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3);
    expect(text.match(/\/MediaBox \[0 0 1440\.? 810\.?\]/g)).toHaveLength(3);
    // Three embedded 1920 × 1080 images, one per page.
    expect(text.match(/\/Width 1920\s*\/Height 1080/g)?.length).toBeGreaterThanOrEqual(3);
    // The title as a PDF text string: UTF-16BE with a byte-order mark, ( ) \\ escaped.
    const titleUtf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('东莞规划布局图 汇报', 'utf16le').swap16()]).toString('latin1');
    expect(text).toContain(`/Title (${titleUtf16.replace(/[()\\]/g, (m) => `\\${m}`)})`);
  });

  it('exports a deck as a zip of 汇报-01-….png … with the layers and legend of each slide', async () => {
    const { page } = await at('#/map');
    const result = await page.evaluate((s) => window.__dgexport!.exportDeck('zip', s), slides);
    expect(result.fileName).toMatch(/^汇报-\d{4}-\d{2}-\d{2}-3张-图片\.zip$/);
    const zip = await JSZip.loadAsync(Buffer.from(result.dataUrl.split(',')[1], 'base64'));
    const names = slides.map((s, i) => `汇报-0${i + 1}-${s.title}.png`);
    expect(Object.keys(zip.files)).toEqual(names);
    for (const [i, slide] of slides.entries()) {
      const png = await zip.file(names[i])!.async('uint8array');
      writeFileSync(`test-results/export-slide-0${i + 1}.png`, png);
      expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
      const [map, legendSymbols] = await inspect(
        page,
        png,
        [
          { x: 0, y: 100, width: 1920, height: 980 },
          // Where this page's layout put its legend (a page with no layer has none: the map's corner then).
          result.layouts[i].legend ? symbolColumn(result.layouts[i].legend, 1) : { x: 40, y: 700, width: 28, height: 340 },
        ],
        [...LAYERS.map(colorOf), ...ZONES.map((id) => zoneFillOf(id, 1))],
      );
      expect(map.distinct).toBeGreaterThan(100);
      // Each slide shows its own layer, on the map and in the legend, and not the others'.
      for (const [k, id] of LAYERS.entries()) {
        const shown = slide.layers.includes(id);
        if (ZONES.includes(id)) expect(map.near[3 + ZONES.indexOf(id)] > 20_000, `${id} on the map of slide ${i + 1}`).toBe(shown);
        expect(legendSymbols.near[k] > 20, `${id} in the legend of slide ${i + 1}`).toBe(shown);
      }
    }
  });
  // Slides 17 and 18 of the default deck: the plan periods and the 百千万 targets, each a figure
  // from the 规划目标 view over the map. The exported page shows the figure as the screen does,
  // drawn from the same data: read back from what a PDF reader shows (pdftoppm) and from the .pptx.
  const figureSlides = buildDefaultDeck()
    .filter((s) => s.figure)
    .map((s) => ({ title: s.title, caption: s.caption, layers: s.layers, figure: s.figure }));

  it('draws a slide\'s chart or table on the PDF page and the PowerPoint slide, not only its caption', async () => {
    expect(figureSlides.map((s) => s.figure!.kind)).toEqual(['plan-periods', 'target-table']);
    const { page, consoleErrors } = await at('#/map');
    const pdf = await page.evaluate((s) => window.__dgexport!.exportDeck('pdf', s), figureSlides);
    const dir = mkdtempSync(join(tmpdir(), 'dgmap-figures-'));
    try {
      const file = join(dir, 'figures.pdf');
      writeFileSync(file, Buffer.from(pdf.dataUrl.split(',')[1], 'base64'));
      writeFileSync('test-results/export-figures.pdf', readFileSync(file));
      // 72 dpi: a 1440 × 810 pt page is 1440 × 810 px.
      execFileSync('pdftoppm', ['-png', '-r', '72', file, join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('page')).sort();
      expect(pages).toHaveLength(2);
      // The middle of the map, where the figure's white panel lies (on a map alone: towns and background).
      const middle = { x: 432, y: 365, width: 576, height: 160 };
      for (const [i, name] of pages.entries()) {
        const png = new Uint8Array(readFileSync(join(dir, name)));
        const [stats] = await inspect(page, png, [middle], ['#ffffff', '#2b6cb0']);
        const where = `PDF page ${i + 1} (${figureSlides[i].title})`;
        expect(stats.near[0] / (middle.width * middle.height), `${where}: the figure's panel`).toBeGreaterThan(0.5);
        // The timeline's target years are its blue dots.
        if (i === 0) expect(stats.near[1], `${where}: target years on the timeline`).toBeGreaterThan(60);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const pptx = await page.evaluate((s) => window.__dgexport!.exportDeck('pptx', s), figureSlides);
    const zip = await JSZip.loadAsync(Buffer.from(pptx.dataUrl.split(',')[1], 'base64'));
    for (const [i, slide] of figureSlides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string');
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async('string');
      // A picture described as the figure, with its own image part.
      const pic = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map((m) => m[0]).find((p) => p.includes('descr="图表：'));
      expect(pic, `slide ${i + 1} (${slide.title}) has the figure's picture`).toBeDefined();
      const embed = /r:embed="([^"]+)"/.exec(pic!)![1];
      const target = new RegExp(`Id="${embed}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="\\.\\./media/([^"]+)"[^>]*Id="${embed}"`).exec(rels)?.[1];
      const png = await zip.file(`ppt/media/${target}`)!.async('uint8array');
      const { width, height } = pngSize(png);
      expect(width, `slide ${i + 1}: the figure is drawn large`).toBeGreaterThan(1000);
      const [stats] = await inspect(page, png, [{ x: 0, y: 0, width, height }], ['#2b6cb0']);
      expect(stats.dark, `slide ${i + 1}: the figure's text`).toBeGreaterThan(3000);
      if (i === 0) expect(stats.near[0], `slide ${i + 1}: target years on the timeline`).toBeGreaterThan(300);
    }
    expect(consoleErrors).toEqual([]);
  });
});
