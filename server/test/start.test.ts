import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { freshDatabase } from './support';

/**
 * `npm start` as an operator runs it: it compiles the server and runs the JavaScript with node (no
 * tsx at run time), serves, and exits cleanly on SIGTERM.
 */
let space: Awaited<ReturnType<typeof freshDatabase>> | undefined;
afterAll(async () => space?.drop());

it('npm start compiles the server, runs it with plain node, and stops on SIGTERM', async () => {
  space = await freshDatabase('pglite');
  const npm = spawn('npm', ['start'], {
    env: { ...process.env, SKIP_BUILD: '1', PORT: '0', HOST: '127.0.0.1', DATA_DIR: space.config.dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<string>((resolve) => npm.once('exit', (code, signal) => resolve(String(code ?? signal))));
  for (let i = 0; i < 1200 && !/serving http/.test(output) && npm.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  const url = /serving (http:\/\/[\d.:]+)/.exec(output)?.[1];
  expect(url, output).toBeDefined();
  expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);

  // the process serving is node running the compiled file (npm's child), not tsx
  const [{ pid }] = JSON.parse(readFileSync(`${space.config.dataDir}/dgmap.lock`, 'utf8').split('\n')[0].replace(/^(\d+)$/, '[{"pid":$1}]'));
  const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  expect(command).toMatch(/node .*server\/build\/main\.js/);
  expect(command).not.toMatch(/tsx/);

  // npm passes the signal to its shell, which is the server itself (`exec node …`: a shell in
  // between would die of it and leave the server running, holding the database); the server
  // drains, closes the database and exits
  npm.kill('SIGTERM');
  expect(['0', 'SIGTERM']).toContain(await exited);
  for (let i = 0; i < 300 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
  expect(existsSync(`/proc/${pid}`)).toBe(false);
  expect(output).toMatch(/dgmap: stopped/);
}, 180_000);
