import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundle users get (`npm run build`, production mode) carries no test handle: the end-to-end
 * tests and the bench run dist-e2e/ (`npm run build:e2e`), which has them.
 */
describe('the users’ bundle', () => {
  let outDir: string;
  let texts: { file: string; text: string }[];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'dgmap-dist-'));
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const assets = join(outDir, 'assets');
    texts = readdirSync(assets)
      .filter((f) => /\.(m?js|html)$/.test(f))
      .map((file) => ({ file, text: readFileSync(join(assets, file), 'utf8') }));
    texts.push({ file: 'index.html', text: readFileSync(join(outDir, 'index.html'), 'utf8') });
  });

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('has no window.__dgmap, __dgexport or __dgFirstFrame in any script', () => {
    expect(texts.length).toBeGreaterThan(5);
    const withHooks = texts.filter((t) => /__dg(map|export|FirstFrame)/.test(t.text)).map((t) => t.file);
    expect(withHooks).toEqual([]);
  });

  it('still has the exporter the users use (the handle is gone, not the feature)', () => {
    expect(texts.some((t) => t.text.includes('pptxgen') || /pptx/i.test(t.file))).toBe(true);
  });
});
