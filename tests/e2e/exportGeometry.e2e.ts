import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { slideSubject } from '../../src/modes/present/slideSubject';
import type { Box } from '../../src/export/layout';
import { boxesOverlapping, marksUnderBoxes, type PlacedMark } from '../../src/export/pageMarks';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { closeBrowser, openApp, openPagesWith } from './harness';

// The exports users get draw with Canvas2D whatever the screen's renderer (src/export/offscreenMap.ts).
openPagesWith('auto');

/*
 * The export half of the page layout's acceptance: for every default slide, on the PDF page and on
 * the PowerPoint slide, no box over the map (legend, attribution, north arrow, a figure, the title
 * bar) holds a label or symbol of the slide's subject, read from what the export's own renderer
 * placed (moved onto the page) against the page layout's boxes and, for the .pptx, against where
 * the slide's pictures and source box really are in its XML. The deck is the presenter's own
 * (its export buttons' pages), exported once per kind from one page. The screen half is
 * tests/e2e/pageLayout.e2e.ts; the predicted marks are checked in src/modes/present/slideLayout.test.ts.
 */
const deck = buildDefaultDeck();
afterAll(closeBrowser);
mkdirSync('test-results', { recursive: true });

/** The layers that draw an element's marks and names (zones and axes have no placed symbol). */
const symbolLayers = (ids: string[]) =>
  ids.flatMap((id) => {
    const e = LAYOUT_ELEMENTS.find((x) => x.id === id)!;
    return e.draw === 'nodes' ? [`${id}-nodes`] : e.draw === 'base' ? [`${id}-base`, `${id}-base-label`] : [];
  });

/** The marks of slide n's subject: its layers' markers, circles and names, its towns' labels. */
function subjectMarks(n: number, marks: readonly PlacedMark[]): PlacedMark[] {
  const slide = deck[n - 1];
  const subject = slideSubject(slide);
  const layers = new Set(symbolLayers(slide.layers));
  return marks.filter((m) => layers.has(m.layer) || (m.layer === 'town-labels' && subject.towns.includes(m.name ?? '')));
}

const EMU_PER_PX = 12_192_000 / 1920;

/** Where the .pptx slide's pictures and source box are, by what they are, in px of the 1920 px page. */
function pptxBoxes(xml: string): Record<string, Box> {
  const boxes: Record<string, Box> = {};
  const at = (part: string): Box => {
    const [, x, y] = /<a:off x="(\d+)" y="(\d+)"/.exec(part)!;
    const [, w, h] = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(part)!;
    return { x: +x / EMU_PER_PX, y: +y / EMU_PER_PX, width: +w / EMU_PER_PX, height: +h / EMU_PER_PX };
  };
  for (const [pic] of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
    const descr = /descr="([^"]*)"/.exec(pic)?.[1] ?? '';
    const name = descr === '图例' ? 'legend' : descr === '指北针和比例尺' ? 'northArrow' : descr.startsWith('图表：') ? 'figure' : descr.startsWith('地图') ? 'map' : descr;
    boxes[name] = at(pic);
  }
  for (const [sp] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) if (sp.includes('DataV')) boxes.attribution = at(sp);
  return boxes;
}

const near = (a: Box, b: Box) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;

describe('every default slide exported: no box over a label or symbol of its subject (1920×1080)', () => {
  it('on the PDF page and the PowerPoint slide, from the export renderer\'s placed labels and symbols', async () => {
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 });
    await page.waitForFunction(() => window.__dgexport !== undefined && window.__dgpresent !== undefined);
    const problems: string[] = [];
    for (const kind of ['pdf', 'pptx'] as const) {
      const result = await page.evaluate((k) => window.__dgexport!.checkDeck(k, window.__dgpresent!.exportPages()), kind);
      writeFileSync(`test-results/export-geometry.${kind}`, Buffer.from(result.dataUrl.split(',')[1], 'base64'));
      expect(result.pages, kind).toHaveLength(deck.length);
      const zip = kind === 'pptx' ? await JSZip.loadAsync(Buffer.from(result.dataUrl.split(',')[1], 'base64')) : null;
      let part = 0;
      for (const [i, drawn] of result.pages.entries()) {
        const n = i + 1;
        const where = `${kind} slide ${n} (${deck[i].title})`;
        expect(drawn.marks, `${where}: drawn by the export's Canvas2D renderer`).not.toBeNull();
        let boxes = drawn.boxes;
        if (zip) {
          // The boxes as the .pptx has them: the map picture in the layout's map frame, every other
          // picture and the source box where the layout put it (pictures are cut out with a margin for
          // their shadow: they hold the layout's box).
          part += 1;
          const xml = await zip.file(`ppt/slides/slide${part}.xml`)!.async('string');
          const inFile = pptxBoxes(xml);
          expect(near(inFile.map, drawn.map), `${where}: map picture in the map frame`).toBe(true);
          for (const [name, box] of Object.entries(drawn.boxes)) {
            if (name === 'titleBar') continue;
            const found = inFile[name];
            expect(found, `${where}: ${name} on the slide`).toBeDefined();
            const holds = found.x <= box.x + 1 && found.y <= box.y + 1 && found.x + found.width >= box.x + box.width - 1 && found.y + found.height >= box.y + box.height - 1;
            expect(holds, `${where}: ${name} where the layout put it`).toBe(true);
          }
          const { map: _map, ...over } = inFile;
          boxes = { ...over, titleBar: drawn.boxes.titleBar };
          // A legend on a page of its own is a slide of its own.
          if (Object.keys(zip.files).includes(`ppt/slides/slide${part + 1}.xml`)) {
            const next = await zip.file(`ppt/slides/slide${part + 1}.xml`)!.async('string');
            if (next.includes('（图例）')) part += 1;
          }
        }
        if (deck[i].figure) {
          // A page with a figure is about the figure: nothing lies over it.
          expect(drawn.boxes.figure, `${where}: the figure's box`).toBeDefined();
          problems.push(...boxesOverlapping(boxes).filter((p) => p.includes('figure')).map((p) => `${where}: ${p}`));
          continue;
        }
        const marks = subjectMarks(n, drawn.marks!);
        expect(marks.length, `${where}: subject marks placed`).toBeGreaterThan(0);
        problems.push(...marksUnderBoxes(boxes, marks).map((p) => `${where}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 900_000);
});
