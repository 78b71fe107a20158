// A vitest reporter that writes the errors raised outside any test (unhandled rejections and
// exceptions) to test-results/unhandled.json (or DGMAP_UNHANDLED_FILE), so tests/run-all.mjs can count them as failures:
// vitest's JSON report leaves them out.
import { mkdirSync, writeFileSync } from 'node:fs';

/** tests/run-all.mjs names one file per vitest process (DGMAP_UNHANDLED_FILE). */
export const UNHANDLED_FILE = process.env.DGMAP_UNHANDLED_FILE ?? 'test-results/unhandled.json';

export default class UnhandledErrorReporter {
  onTestRunEnd(_testModules, unhandledErrors = []) {
    mkdirSync('test-results', { recursive: true });
    const messages = unhandledErrors.map((e) => String(e?.message ?? e));
    writeFileSync(UNHANDLED_FILE, JSON.stringify({ count: messages.length, messages }, null, 2));
  }
}
