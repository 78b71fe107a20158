/// <reference lib="webworker" />
/**
 * The quota CSV check off the page's main thread: reads the file, parses it, reports progress,
 * and sends back the result with the rejected rows cut to what the dialog lists (a 500,000-row
 * file would otherwise cost the page as long to receive as the worker took to check it).
 */
import { parseQuotaCsv } from './csvImport';
import { listedResult, type CheckRequest, type CheckMessage } from './csvCheck';
import { readFileText } from '../lib/readFile';
import { setLanguageForThisPage } from '../i18n/language';

const post = (message: CheckMessage) => postMessage(message);

addEventListener('message', async (event: MessageEvent<CheckRequest>) => {
  try {
    if (event.data.language) setLanguageForThisPage(event.data.language);
    const text = 'file' in event.data ? await readFileText(event.data.file) : event.data.text;
    post({ kind: 'progress', done: 0 });
    const result = parseQuotaCsv(text, { onProgress: (done) => post({ kind: 'progress', done }) });
    post({ kind: 'result', result: listedResult(result) });
  } catch (error) {
    post({ kind: 'failed', message: String(error) });
  }
});
