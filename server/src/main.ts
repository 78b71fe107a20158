/** `npm start`: builds the app if it is missing or older than its sources, then serves it and the API. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, configFromEnv } from './config';
import { startServer } from './server';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(distDir: string): void {
  const index = join(distDir, 'index.html');
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'src')), statSync(join(REPO_ROOT, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('dgmap: building the app (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('构建失败（npm run build），见上方输出');
}

const config = configFromEnv();
if (process.env.SKIP_BUILD !== '1') buildIfNeeded(config.distDir);
try {
  const server = await startServer(config);
  console.log(`dgmap: serving ${server.url} (database: ${server.database}${config.databaseUrl ? '' : `, ${config.dataDir}`})`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  console.error(`dgmap: ${(e as Error).message}`);
  process.exit(1);
}
