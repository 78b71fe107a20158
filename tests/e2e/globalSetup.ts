import { build, preview, type PreviewServer } from 'vite';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The run's one Chromium (tests/e2e/harness.ts openBrowser connects to it). */
    browserWsEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let browserServer: BrowserServer | undefined;

const E2E_OUT_DIR = 'dist-e2e';

/**
 * Builds the bundle for tests once (production code plus the test handles, Vite mode `e2e`, into
 * dist-e2e/: the same as `npm run build:e2e`) and serves it on a free loopback port; starts the run's
 * one Chromium, to which every file connects.
 */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, and Vite would bake that into the bundle (React's development
  // build): the tests must run the bundle users get.
  // `npm test` (tests/run-all.mjs) builds the same bundle once for its two browser lanes, with
  // `vite build --mode e2e --outDir dist-e2e` and NODE_ENV=production, and says so.
  if (process.env.DGMAP_E2E_BUILT !== '1') {
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'e2e', logLevel: 'warn', build: { outDir: E2E_OUT_DIR } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  server = await preview({ mode: 'e2e', build: { outDir: E2E_OUT_DIR }, preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', address.replace(/\/$/, ''));
  browserServer = await launchChromiumServer();
  project.provide('browserWsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer?.close();
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
