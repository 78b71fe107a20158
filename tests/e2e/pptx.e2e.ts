import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDefaultDeck } from '../../src/modes/present/defaultDeck';
import { closeBrowser, openApp, openPagesWith } from './harness';

// Not a test of the MapLibre map: the pages open with the renderer this machine's users get.
openPagesWith('auto');

/*
 * The PowerPoint export, as a presenter gets it: the 导出 PowerPoint button in presenter mode, the
 * whole default deck. Checked as PowerPoint and WPS read it (the parts of the file) and by
 * converting it with LibreOffice (Debian's libreoffice-impress-nogui; .ci/run installs it).
 */

const deck = buildDefaultDeck();
const N = deck.length;
const OUT = resolve('test-results/pptx');
mkdirSync(OUT, { recursive: true });
afterAll(closeBrowser);

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pngWidth = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);

describe('PowerPoint export in Chromium', () => {
  it('the deck as .pptx: a slide part per slide with the map picture and an editable title; LibreOffice opens it as N pages', async () => {
    const { page, consoleErrors } = await openApp('#/present/1', { width: 1920, height: 1080 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('button', { name: '导出 PowerPoint' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^汇报-\\d{4}-\\d{2}-\\d{2}-${N}张\\.pptx$`));
    const file = join(OUT, 'deck.pptx');
    await download.saveAs(file);
    expect(consoleErrors).toEqual([]);

    const zip = await JSZip.loadAsync(readFileSync(file));
    const slideParts = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slideParts).toHaveLength(N);
    for (let i = 1; i <= N; i++) {
      const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
      expect(xml, `slide ${i} has a picture`).toContain('<p:pic>');
      expect(xml, `slide ${i} has a title placeholder`).toMatch(/<p:ph\s[^>]*type="title"/);
      expect(xml, `slide ${i} title is text`).toContain(`<a:t>${xmlText(deck[i - 1].title)}</a:t>`);
      const notes = await zip.file(`ppt/notesSlides/notesSlide${i}.xml`)!.async('string');
      expect(notes, `slide ${i} notes`).toContain('来源与依据');
    }
    // The map pictures are full resolution: 1920 px wide.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'));
    const widths = await Promise.all(media.map(async (f) => pngWidth(await zip.file(f)!.async('uint8array'))));
    expect(widths.filter((w) => w === 1920).length).toBeGreaterThanOrEqual(N);

    // LibreOffice (its own throwaway profile, so a running office does not get in the way).
    const profile = mkdtempSync(join(tmpdir(), 'dgmap-lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file], { stdio: 'pipe', timeout: 300_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = readFileSync(join(OUT, 'deck.pdf')).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(N);
    await page.context().close();
  }, 900_000);
});
