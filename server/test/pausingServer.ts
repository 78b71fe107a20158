/**
 * The server with a pause of a minute inside every import's transaction, once half its values are
 * written: the crash test kills it there. A test entry only; `npm start` runs server/src/main.ts.
 */
import { setAfterHalfImported } from '../src/quotas/cells';

setAfterHalfImported(async ({ importId, written, total }) => {
  console.log(`import ${importId}: ${written} of ${total} values written`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
});

await import('../src/main');
