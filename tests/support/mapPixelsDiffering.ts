import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The share of a map's pixels that differ noticeably (any channel by more than 40) between two
 * screenshots (PNG files) of the same window, inside `box` (CSS px) less an inset that leaves out the
 * corners where the controls, the scale bar and the attribution sit. Compared in `page` (it decodes
 * the PNGs); a script's measure of a hand-over between two drawings, never a test.
 */
export function mapPixelsDiffering(page: Page, files: [string, string], box: DOMRect): Promise<number> {
  return page.evaluate(
    async ({ shots, box }) => {
      const pixels = await Promise.all(
        shots.map(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const scale = img.width / window.innerWidth;
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const inset = Math.min(60, box.width / 6, box.height / 6);
          return ctx.getImageData((box.x + inset) * scale, (box.y + inset) * scale, (box.width - 2 * inset) * scale, (box.height - 2 * inset) * scale).data;
        }),
      );
      let differ = 0;
      for (let i = 0; i < pixels[0].length; i += 4) {
        const d = Math.max(...[0, 1, 2].map((c) => Math.abs(pixels[0][i + c] - pixels[1][i + c])));
        if (d > 40) differ++;
      }
      return differ / (pixels[0].length / 4);
    },
    { shots: files.map((f) => `data:image/png;base64,${readFileSync(f).toString('base64')}`), box },
  );
}
