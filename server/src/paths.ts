import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root: the nearest folder above this module that holds `server/migrations`. Found
 * by looking rather than by a fixed number of `..`, so that it is the same from the sources
 * (server/src/…, run by the tests) and from the compiled server (server/build/…, run by npm start).
 */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'server', 'migrations'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`找不到程序目录（自 ${fileURLToPath(import.meta.url)} 向上没有 server/migrations）`);
    dir = up;
  }
}

export const REPO_ROOT = findRepoRoot();
export const MIGRATIONS_DIR = join(REPO_ROOT, 'server', 'migrations');
