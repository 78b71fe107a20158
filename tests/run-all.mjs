#!/usr/bin/env node
// Runs every test (type check, ESLint, unit, component, dependency rules and end-to-end in Chromium) and
// ends with one line "N passed, N failed" covering all of them, which is the line CI reads. An
// error raised outside any test (an unhandled rejection, say) counts as a failure too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

import { UNHANDLED_FILE } from './support/unhandledErrorReporter.mjs';

const resultFile = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(resultFile, { force: true });
rmSync(UNHANDLED_FILE, { force: true });

// The type check is TypeScript 7 (typescript-native); the `typescript` package (5.9) is there for
// typescript-eslint, which needs its JavaScript API.
const typecheck = spawnSync('node', ['node_modules/typescript-native/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' });
const typecheckPassed = typecheck.status === 0;
if (!typecheckPassed) console.error('\nType check failed (counted as one failed test).\n');
const lint = spawnSync('npx', ['eslint', '.'], { stdio: 'inherit' });
const lintPassed = lint.status === 0;
if (!lintPassed) console.error('\nESLint found problems (counted as one failed test).\n');

const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--reporter=./tests/support/unhandledErrorReporter.mjs', `--outputFile.json=${resultFile}`, ...process.argv.slice(2)],
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
try {
  const unhandled = JSON.parse(readFileSync(UNHANDLED_FILE, 'utf8'));
  if (unhandled.count > 0) {
    console.error(`\n${unhandled.count} error(s) outside any test (counted as failed):\n  - ${unhandled.messages.join('\n  - ')}\n`);
    failed += unhandled.count;
  }
} catch {
  // No file: vitest did not finish, already counted above.
}
for (const stepPassed of [typecheckPassed, lintPassed]) {
  if (stepPassed) passed += 1;
  else failed += 1;
}

const total = passed + failed;
const ok = vitest.status === 0 && typecheckPassed && lintPassed && failed === 0 && total > 2;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
