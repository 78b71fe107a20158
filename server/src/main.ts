/**
 * `npm start`: checks the configuration, builds the app if it is missing or older than its sources
 * (when the sources and ../shared are there), then serves it and the API. SIGTERM / SIGINT stop
 * taking requests, let those in flight finish, close the database and exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, configFromEnv, type ServerConfig } from './config';
import { startServer } from './server';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the app when needed; without ../shared (or on a failed build) the API is served alone, with a notice. */
function buildIfNeeded(distDir: string): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(join(REPO_ROOT, 'src')) || !existsSync(join(REPO_ROOT, 'index.html'))) return;
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'src')), statSync(join(REPO_ROOT, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  if (!existsSync(join(REPO_ROOT, '..', 'shared'))) {
    console.log(`dgmap: 注意：找不到 ../shared（地图数据），不能构建网页；${existsSync(index) ? '使用已有的（较旧的）构建' : '只提供 API（/api/v1），不提供网页'}。把 shared 放在 ${join(REPO_ROOT, '..', 'shared')} 后重启即可。`);
    return;
  }
  console.log('dgmap: building the app (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) console.log(`dgmap: 注意：网页构建失败（npm run build，见上方输出）；${existsSync(index) ? '使用已有的构建' : '只提供 API（/api/v1）'}。`);
}

let config: ServerConfig;
try {
  config = configFromEnv();
} catch (e) {
  console.error(`dgmap: ${(e as Error).message}`);
  process.exit(1);
}
if (process.env.SKIP_BUILD !== '1') buildIfNeeded(config.distDir);
if (!existsSync(join(config.distDir, 'index.html'))) console.log(`dgmap: 注意：${config.distDir} 中没有构建好的网页，只提供 API（/api/v1）`);
try {
  const server = await startServer(config);
  console.log(`dgmap: serving ${server.url} (database: ${server.database}${config.databaseUrl ? '' : `, ${config.dataDir}`})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`dgmap: ${signal}: finishing requests in flight, then exiting`);
    // Never hang on the way out: exit anyway after the request timeout and a little more.
    setTimeout(() => {
      console.log('dgmap: could not finish in time; exiting');
      process.exit(1);
    }, config.requestTimeoutMs + 5000).unref();
    server.close().then(
      () => {
        console.log('dgmap: stopped');
        process.exit(0);
      },
      (e) => {
        console.error(`dgmap: stopping: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (e) {
  console.error(`dgmap: ${(e as Error).message}`);
  process.exit(1);
}
