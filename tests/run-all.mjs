#!/usr/bin/env node
// Runs every test (type check, unit, component and end-to-end in Chromium) and ends with one
// line "N passed, N failed" covering all of them, which is the line CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultFile = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(resultFile, { force: true });

const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
const typecheckPassed = typecheck.status === 0;
if (!typecheckPassed) console.error('\nType check failed (counted as one failed test).\n');

const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultFile}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A file that fails to load (syntax error, failed setup) has no tests but is still a failure.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} catch {
  console.error(`No test report at ${resultFile}: vitest did not finish.`);
  failed += 1;
}
if (typecheckPassed) passed += 1;
else failed += 1;

const total = passed + failed;
const ok = vitest.status === 0 && typecheckPassed && failed === 0 && total > 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
