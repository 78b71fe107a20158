import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SERVER_BUILD_OPTIONS } from '../buildOptions.mjs';
import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** The folder of the server's entries compiled for this run (main.js, pausingServer.js). */
    serverBuild: string;
  }
}

/**
 * The server processes the tests start (crash, faults, hot path, several processes) run the server
 * compiled once here, as `npm start` runs its own build (server/build.mjs, the same esbuild
 * options: server/buildOptions.mjs), not the sources through tsx: a process then starts on about half the CPU (0.75 s
 * against 1.45 s, measured at load 8), and the tests start 16 of them. The folder is inside the
 * checkout (node_modules/.cache), so that the server finds the checkout's root and its packages
 * from there; one per run, so that two runs never share one.
 */
async function buildServer(): Promise<{ dir: string; remove: () => void }> {
  const root = join('node_modules', '.cache', 'dgmap-server-test');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'build-'));
  await build({
    entryPoints: { main: 'server/src/main.ts', pausingServer: 'server/test/pausingServer.ts' },
    outdir: dir,
    ...SERVER_BUILD_OPTIONS,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export default async function setup(project: TestProject) {
  const [template, server] = await Promise.all([ensurePgliteTemplate(), buildServer()]);
  project.provide('pgliteTemplate', template);
  project.provide('serverBuild', server.dir);
  return server.remove;
}
