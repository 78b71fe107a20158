import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { offlineServiceWorker } from './tools/serviceWorker.ts';

/**
 * The production page may load nothing from outside its own origin: no tiles, glyphs, fonts or
 * CDN. The policy is added to the built page only, because the dev server injects inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
].join('; ');

function offlineOnlyPolicy(): Plugin {
  return {
    name: 'offline-only-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * The geometry (topology and its tables) is fetched by the entry script; a preload in the page lets
 * the browser fetch it beside the script instead of one round trip later (a phone on 3G feels it).
 */
function preloadGeometry(): Plugin {
  return {
    name: 'preload-geometry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => /(^|\/)towns\.(topo|meta)-[^/]+\.json$/.test(f));
        const links = files.map((f) => `  <link rel="preload" as="fetch" crossorigin href="/${f}">`).join('\n');
        return links ? html.replace("  </head>", `${links}\n  </head>`) : html;
      },
    },
  };
}

/**
 * The page's entry is src/boot.ts, which starts the app (src/main.tsx) with a dynamic import, after
 * drawing a remembered first frame if it has one (README, "Performance"). So that a first visit
 * does not request the app's scripts a round trip late, the page preloads them and the app's style
 * sheet (marked data-app-preload). The service worker serves the page without these preloads
 * (tools/serviceWorker.ts): from its cache they hide no round trip, and each costs a throttled
 * phone's main thread tens of milliseconds before the remembered frame can be drawn.
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const bundle = ctx.bundle ?? {};
        const app = Object.values(bundle).find((c) => c.type === 'chunk' && (c.facadeModuleId?.endsWith('/src/main.tsx') || c.moduleIds.some((id) => id.endsWith('/src/main.tsx'))));
        if (!app || app.type !== 'chunk') return html;
        const files: string[] = [];
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (files.includes(file) || chunk?.type !== 'chunk') return;
          files.push(file);
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        const absent = (f: string) => !html.includes(`/${f}"`);
        // The app's own style sheet too: the import of the app waits for it.
        const css = [...(app.viteMetadata?.importedCss ?? [])].filter(absent);
        const links = [
          ...css.map((f) => `  <link rel="stylesheet" crossorigin href="/${f}" data-app-preload>`),
          ...files.filter(absent).map((f) => `  <link rel="modulepreload" crossorigin href="/${f}" data-app-preload>`),
        ];
        return links.length ? html.replace('  </head>', `${links.join('\n')}\n  </head>`) : html;
      },
    },
  };
}

/**
 * Two chunks for the page's scripts instead of the fifty-odd the automatic splitting made of them,
 * each a request (on slow 3G a 2 s round trip, at most six at a time): `base`, the modules the entry
 * (src/boot.ts) and the app (src/main.tsx) share, and `main`, what the app reaches by static imports
 * and the entry does not. Found from the module graph once it is complete; the screens, exports,
 * MapLibre and the workers are split as before.
 */
const APP_ONLY = new Set<string>();
const ENTRY_SHARED = new Set<string>();
function appGraph(): Plugin {
  return {
    name: 'app-graph',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const app = ids.find((id) => id.endsWith('/src/main.tsx'));
      const entry = ids.find((id) => id.endsWith('/src/boot.ts'));
      APP_ONLY.clear();
      ENTRY_SHARED.clear();
      if (!app || !entry) return;
      const reach = (from: string) => {
        const seen = new Set<string>();
        const walk = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(walk);
        };
        walk(from);
        return seen;
      };
      const fromEntry = reach(entry);
      const fromApp = reach(app);
      for (const id of fromApp) if (!fromEntry.has(id)) APP_ONLY.add(id);
      // Shared modules get a chunk of their own: left to the automatic splitting, they went into the
      // app's chunk, and the entry loaded all of it.
      for (const id of fromEntry) if (id !== entry && fromApp.has(id)) ENTRY_SHARED.add(id);
    },
  };
}

/**
 * The built-in plans are files of this repository: they go through the plan checks (zod schema and
 * cross checks) here, when the app is built, and a bad one stops the build with its problems named.
 * The page reads them without the checks, so zod is not in the first view's script (README,
 * "Performance"); plans from outside (import, this browser's own, the server's) are still checked
 * in the page, by the checks loaded when such a plan is read.
 */
function checkBuiltinPlans(): Plugin {
  return {
    name: 'check-builtin-plans',
    apply: 'build',
    async buildStart() {
      // Through tsx (as the scripts run), not the config's bundler: the check is app code.
      const { tsImport } = await import('tsx/esm/api');
      const checks = (await tsImport('./src/plans/checkBuiltinPlans.ts', import.meta.url)) as typeof import('./src/plans/checkBuiltinPlans.ts');
      const problems = checks.builtinPlanProblems();
      if (problems.length) this.error(`The built-in plans do not pass the plan checks:\n${problems.join('\n')}`);
    },
  };
}

/** Packages jsPDF imports only for methods the app does not call (see src/lib/notBundled.ts). */
const NOT_BUNDLED = ['html2canvas', 'dompurify', 'canvg'].map((name) => ({
  find: new RegExp(`^${name}$`),
  replacement: fileURLToPath(new URL('./src/lib/notBundled.ts', import.meta.url)),
}));

/** Unit tests of code that reads the window (storage, location, history): run in jsdom. */
const NEEDS_A_WINDOW = [
  'src/quotas/actions.test.ts',
  'src/quotas/persistence.test.ts',
  'src/state/rememberedFlag.test.ts',
  'src/state/urlSync.test.ts',
  'src/modes/present/deckPersistence.test.ts',
];

export default defineConfig({
  resolve: { alias: NOT_BUNDLED },
  plugins: [react(), checkBuiltinPlans(), offlineOnlyPolicy(), preloadGeometry(), preloadApp(), appGraph(), offlineServiceWorker()],
  build: {
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'base', test: (id: string) => ENTRY_SHARED.has(id), priority: 2 }, { name: 'main', test: (id: string) => APP_ONLY.has(id), priority: 1 }] } } },
  },
  // The boundary import's worker is an ES module (it shares chunks with the page).
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Pure functions and stores: Node, without the cost of a jsdom window per file.
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
          exclude: NEEDS_A_WINDOW,
          isolate: false,
          setupFiles: ['tests/setup/freshModules.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Components, and what reads the window (localStorage, location, history).
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/component/**/*.test.{ts,tsx}', ...NEEDS_A_WINDOW],
          setupFiles: ['tests/setup/freshModules.ts', 'tests/setup/jsdom.ts'],
          isolate: false,
          // Whole-app component tests render the real geometry in jsdom; on a busy 2-core machine (load 20
          // with other jobs) they take 20–30 s, so they get a minute (and so does unmounting them).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One module graph for all files (README "How the suite spends its time"): importing
          // playwright-core, turf and the app's modules took 1-8 s a file. tests/e2e/eachFile.ts resets
          // what the harness keeps between files.
          isolate: false,
          setupFiles: ['tests/e2e/eachFile.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/test/**/*.test.ts'],
          globalSetup: ['server/test/globalSetup.ts'],
          // PGlite databases are opened from a copied template; processes are spawned for crash tests.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
