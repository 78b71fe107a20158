/**
 * The esbuild options both builds of the server share: `npm start`'s (server/build.mjs) and the
 * one the server tests start their processes from (server/test/globalSetup.ts), so the tests run
 * the server as it is shipped. One ES module per entry, the app's shared modules (src/quotas/…)
 * bundled in, the npm packages left as imports.
 */
export const SERVER_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};
