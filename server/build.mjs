/**
 * Compiles the server for `npm start` (and the users / db commands): one ES module per entry in
 * server/build/ (ignored by git), with the app's shared modules (src/quotas/…) bundled in and the
 * npm packages left as imports. esbuild rather than tsc: the sources import each other without
 * file extensions (as the app's bundler-resolved code does), which tsc would emit unchanged and
 * Node's ES module loader refuses; esbuild resolves them. Type checking stays with `npm run
 * typecheck`. Takes well under a second; run by prestart, so the build always matches the sources.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { SERVER_BUILD_OPTIONS } from './buildOptions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { main: 'server/src/main.ts', users: 'server/src/cli/users.ts', db: 'server/src/cli/db.ts' },
  outdir: 'server/build',
  ...SERVER_BUILD_OPTIONS,
});
