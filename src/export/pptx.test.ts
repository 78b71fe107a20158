import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../modes/present/defaultDeck';
import { speakerNotes } from '../modes/present/slideNotes';
import { bytesToBase64, buildPptx, type PptxSlide } from './pptx';

/** A tiny real PNG (4 × 2, light blue). */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGM4cecDHDEgcwALCRShCHPI+AAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

const deck = buildDefaultDeck();
/** Where the page layout puts the source box on a 1920 × 1080 page. */
const SOURCE_BOX = { x: 1500, y: 990, width: 396, height: 66 };
/** EMU per px of a 1920 px wide 16:9 page (13.333 in × 914,400 EMU). */
const EMU = (13.333 * 914_400) / 1920;
const slides: PptxSlide[] = deck.map((slide) => ({
  title: slide.title,
  caption: slide.caption,
  map: { png: PNG, box: { x: 0, y: 96, width: 1920, height: 984 } },
  legend: slide.layers.length > 0 ? { png: PNG, box: { x: 24, y: 800, width: 400, height: 256 } } : null,
  source: { lines: ['边界数据：DataV.GeoAtlas', '边界为示意，不可用于测绘'], box: SOURCE_BOX, fontPx: 18 },
  dateText: '制图日期 2026-11-24',
  notes: speakerNotes(slide),
}));

const slidePart = (n: number) => `ppt/slides/slide${n}.xml`;

describe('buildPptx', () => {
  it('one slide part per deck slide, each with the map picture, an editable title placeholder and the caption', async () => {
    const zip = await JSZip.loadAsync(await buildPptx({ title: '东莞规划布局图 · 汇报', page: { width: 1920, height: 1080 }, slides }));
    const parts = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(parts).toHaveLength(deck.length);
    for (let i = 0; i < deck.length; i++) {
      const xml = await zip.file(slidePart(i + 1))!.async('string');
      expect(xml).toContain('<p:pic>');
      expect(xml).toMatch(/<p:ph\s[^>]*type="title"/);
      // The title is text in the slide (escaped as XML would), not pixels.
      const title = deck[i].title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      expect(xml).toContain(`<a:t>${title}</a:t>`);
      expect(xml).toContain('边界为示意，不可用于测绘');
      expect(xml.match(/<p:pic>/g)).toHaveLength(deck[i].layers.length > 0 ? 2 : 1);
    }
    expect(Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/')).length).toBeGreaterThan(0);
  });

  it('puts the source box exactly where the page layout put it, at the layout\'s type size (18 px = 9 pt)', async () => {
    const zip = await JSZip.loadAsync(await buildPptx({ title: 't', page: { width: 1920, height: 1080 }, slides }));
    const xml = await zip.file(slidePart(1))!.async('string');
    const shape = xml.split('<p:sp>').find((sp) => sp.includes('边界为示意'))!;
    const [, x, y] = shape.match(/<a:off x="(\d+)" y="(\d+)"/)!.map(Number);
    const [, cx, cy] = shape.match(/<a:ext cx="(\d+)" cy="(\d+)"/)!.map(Number);
    expect(Math.abs(x - SOURCE_BOX.x * EMU)).toBeLessThan(EMU);
    expect(Math.abs(y - SOURCE_BOX.y * EMU)).toBeLessThan(EMU);
    expect(Math.abs(cx - SOURCE_BOX.width * EMU)).toBeLessThan(EMU);
    expect(Math.abs(cy - SOURCE_BOX.height * EMU)).toBeLessThan(EMU);
    expect(shape).toContain('sz="900"');
  });

  it("puts each slide's sources and fact kinds in its speaker notes", async () => {
    const zip = await JSZip.loadAsync(await buildPptx({ title: 't', page: { width: 1920, height: 1080 }, slides }));
    const core = deck.findIndex((s) => s.id === 'plan2018-core');
    const notes = await zip.file(`ppt/notesSlides/notesSlide${core + 1}.xml`)!.async('string');
    expect(notes).toContain('来源与依据');
    expect(notes).toMatch(/《[^》]+》/);
    expect(notes).toMatch(/文件明确|公开来源|推导（示意）/);
  });

  it('refuses an empty deck', async () => {
    await expect(buildPptx({ title: 't', page: { width: 1920, height: 1080 }, slides: [] })).rejects.toThrow('没有可导出的幻灯片');
  });

  it('base64 of bytes, in chunks that do not overflow the call stack', () => {
    const big = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(atob(bytesToBase64(big)).length).toBe(200_000);
    expect(bytesToBase64(new Uint8Array([104, 105]))).toBe('aGk=');
  });
});
