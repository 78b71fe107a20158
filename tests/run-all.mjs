#!/usr/bin/env node
// Runs every test (type check, ESLint, unit, component, dependency rules, server and end-to-end in
// Chromium) and ends with one line "N passed, N failed" covering all of them, which is the line CI
// reads. An error raised outside any test (an unhandled rejection, say) counts as a failure too.
//
// Two lanes run side by side (README "How the suite spends its time"): the end-to-end files in
// Chromium in one vitest process, and the Node lane in the other: the type check and ESLint, then
// the unit and dom projects, then the server project (one vitest process each). When
// the Node lane ends, a second browser lane (its own vitest process and Chromium, the same built
// bundle) runs the end-to-end files set aside for it, chosen by their measured times
// (tests/e2e/fileSeconds.json, with the Node lane's own) so both browser lanes end together. The
// bundle for the browser tests (dist-e2e/, `npm run build:e2e`: the production code in Vite mode e2e)
// is built once here, beside the type check, and both browser lanes serve it.
// Inside one vitest process the projects run one after another (a project without file parallelism
// waits for the others), hence a process per project group. The second lane's output is printed
// when it ends, so neither lane's log is interleaved with the other's. Arguments (`npm test --
// file.e2e.ts`) run one vitest process with them, as before. DGMAP_NODE_LANE_ONLY=1 runs the Node
// lane alone (no browser) and prints its timings: what fileSeconds.json's nodeLaneSeconds is.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const started = Date.now();
const color = process.env.CI ? '0' : '1';

/** Runs a command; `capture` keeps its output (stdout and stderr in order) instead of printing it. */
function run(command, args, { capture = false, env = {}, nice = 0 } = {}) {
  if (nice > 0 && process.platform !== 'win32') [command, args] = ['nice', ['-n', String(nice), command, ...args]];
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString() }));
  });
}

/** One vitest process over `projects` (all when empty), its JSON report and unhandled errors in files named by `lane`. */
function vitest(lane, projects, extraArgs, capture, nice = 0, env = {}) {
  const resultFile = `test-results/vitest-${lane}.json`;
  const unhandledFile = `test-results/unhandled-${lane}.json`;
  rmSync(resultFile, { force: true });
  rmSync(unhandledFile, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', '--reporter=./tests/support/unhandledErrorReporter.mjs', `--outputFile.json=${resultFile}`, ...extraArgs];
  return run('npx', args, { capture, nice, env: { ...env, FORCE_COLOR: color, DGMAP_UNHANDLED_FILE: unhandledFile } }).then((r) => ({ ...r, lane, resultFile, unhandledFile }));
}

async function checks(capture, nice = 0) {
  // The type check is TypeScript 7 (typescript-native); the `typescript` package (5.9) is there for
  // typescript-eslint, which needs its JavaScript API.
  const typecheck = await run('node', ['node_modules/typescript-native/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { capture, nice });
  if (typecheck.status !== 0) typecheck.output += '\nType check failed (counted as one failed test).\n';
  const lint = await run('npx', ['eslint', '.'], { capture, nice });
  if (lint.status !== 0) lint.output += '\nESLint found problems (counted as one failed test).\n';
  return { typecheck, lint };
}

/** Seconds since the run started, for the lane timings printed at the end. */
const since = () => Math.round((Date.now() - started) / 1000);

/**
 * The end-to-end files split in two by their measured times (tests/e2e/fileSeconds.json): the first
 * browser lane starts at once and ends after its files and its own overhead (the bundle build, vitest,
 * the preview server, Chromium); the second starts when the Node lane ends (after about
 * `nodeLaneSeconds`) and ends after its files and its smaller overhead. So that both end together, the
 * second gets (all files + first overhead - Node lane - second overhead) / 2 seconds of files. A file
 * without a measured time counts as 20 s and stays in the first. The times are read on every run, so
 * a file made faster, or a faster Node lane, moves the split once its time is updated there.
 */
function splitE2eFiles({ seconds, nodeLaneSeconds, firstLaneOverheadSeconds = 0, secondLaneOverheadSeconds = 0 }, files) {
  const timeOf = (f) => seconds[f] ?? 20;
  const total = files.reduce((sum, f) => sum + timeOf(f), 0);
  const target = Math.max(0, (total + firstLaneOverheadSeconds - nodeLaneSeconds - secondLaneOverheadSeconds) / 2);
  const second = [];
  let secondSeconds = 0;
  for (const f of [...files].filter((f) => f in seconds).sort((a, b) => timeOf(b) - timeOf(a))) {
    if (secondSeconds + timeOf(f) <= target) {
      second.push(f);
      secondSeconds += timeOf(f);
    }
  }
  const first = files.filter((f) => !second.includes(f));
  return { first, second, firstSeconds: total - secondSeconds, secondSeconds };
}

/**
 * The Node lane: the type check and ESLint, then the unit and dom tests, then the server tests (one
 * vitest process each). The server tests beside the unit and dom tests were tried and measured
 * (README "The Node lane"): on two cores both need the CPU (PGlite starting in each server process,
 * scrypt, jsdom), so the lane ended no sooner (398 s against 351 s for its parts one after the other,
 * load 4-8) and the server tests, some of which assert answers within a second under load, ran at
 * half speed. What runs beside the browser lane and only needs the CPU yields a little to it (nice
 * 2); the server tests are not niced.
 */
async function nodeLaneRun(timings, capture) {
  const c = await checks(capture, 2);
  timings.push(`type check and ESLint ended at ${since()} s`);
  const unitDom = await vitest('node', ['unit', 'dom'], [], capture, 2);
  timings.push(`unit and dom ended at ${since()} s`);
  const server = await vitest('server', ['server'], [], capture);
  timings.push(`Node lane (type check, ESLint, unit, dom, server) ended at ${since()} s`);
  return { checks: c, runs: [unitDom, server] };
}

const extra = process.argv.slice(2);
let runs;
let checked;
if (extra.length > 0) {
  checked = await checks(false);
  runs = [await vitest('all', [], extra, false)];
} else if (process.env.DGMAP_NODE_LANE_ONLY === '1') {
  const timings = [];
  const node = await nodeLaneRun(timings, true);
  process.stdout.write(node.checks.typecheck.output + node.checks.lint.output + node.runs.map((r) => r.output).join(''));
  console.log(`\n${timings.join('\n')}`);
  checked = node.checks;
  runs = node.runs;
} else {
  const split = splitE2eFiles(JSON.parse(readFileSync('tests/e2e/fileSeconds.json', 'utf8')), readdirSync('tests/e2e').filter((f) => f.endsWith('.e2e.ts')).sort());
  const paths = (files) => files.map((f) => `tests/e2e/${f}`);
  const timings = [];
  // The bundle for both browser lanes, built once (globalSetup.ts serves it as it is when
  // DGMAP_E2E_BUILT is set; a failed build leaves it unset, so the lane builds and reports the error).
  const built = run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e', '--emptyOutDir', '--logLevel', 'warn'], { env: { NODE_ENV: 'production' } }).then((r) => {
    timings.push(`bundle for the browser tests built in ${since()} s`);
    return r.status === 0 ? { DGMAP_E2E_BUILT: '1' } : {};
  });
  const browserLane = built.then((env) =>
    vitest('e2e', ['e2e'], paths(split.first), false, 0, env).then((r) => {
      timings.push(`browser lane 1 (${split.first.length} files, about ${split.firstSeconds} s measured quiet) ended at ${since()} s`);
      return r;
    }),
  );
  const nodeLane = nodeLaneRun(timings, true);
  // The second browser lane starts when the Node lane ends (or the first browser lane, if that is earlier).
  const secondBrowserLane =
    split.second.length === 0
      ? Promise.resolve([])
      : Promise.race([nodeLane, browserLane]).then(async () => {
          const env = await built;
          timings.push(`browser lane 2 (${split.second.length} files, about ${split.secondSeconds} s measured quiet) started at ${since()} s`);
          const r = await vitest('e2e-2', ['e2e'], paths(split.second), true, 0, env);
          timings.push(`browser lane 2 ended at ${since()} s`);
          return [r];
        });
  const [e2e, node, e2e2] = await Promise.all([browserLane, nodeLane, secondBrowserLane]);
  checked = node.checks;
  if (e2e2.length > 0) {
    console.log(`\n──── end-to-end files of the second browser lane: ${split.second.join(', ')} ────\n`);
    process.stdout.write(e2e2[0].output);
  }
  console.log('\n──── type check, ESLint, unit, dom and server (run beside the end-to-end files) ────\n');
  process.stdout.write(node.checks.typecheck.output + node.checks.lint.output + node.runs.map((r) => r.output).join(''));
  console.log(`\n${timings.join('\n')}`);
  runs = [e2e, ...e2e2, ...node.runs];
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of runs) {
  try {
    const report = JSON.parse(readFileSync(r.resultFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    // A file that fails to load (syntax error, failed setup) has no tests but is still a failure.
    failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  } catch {
    console.error(`No test report at ${r.resultFile}: vitest (${r.lane}) did not finish.`);
    failed += 1;
  }
  try {
    const unhandled = JSON.parse(readFileSync(r.unhandledFile, 'utf8'));
    if (unhandled.count > 0) {
      console.error(`\n${unhandled.count} error(s) outside any test (counted as failed):\n  - ${unhandled.messages.join('\n  - ')}\n`);
      failed += unhandled.count;
    }
  } catch {
    // No file: vitest did not finish, already counted above.
  }
}
const typecheckPassed = checked.typecheck.status === 0;
const lintPassed = checked.lint.status === 0;
for (const stepPassed of [typecheckPassed, lintPassed]) {
  if (stepPassed) passed += 1;
  else failed += 1;
}

const total = passed + failed;
const ok = runs.every((r) => r.status === 0) && typecheckPassed && lintPassed && failed === 0 && total > 2;
console.log(`\nAll tests took ${Math.round((Date.now() - started) / 1000)} s (both lanes, wall clock).`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
