/**
 * Checking a quota CSV without freezing the page: a file is refused by its size before anything
 * is read; otherwise it is read and parsed in a Web Worker (csvCheckWorker.ts) with progress and
 * cancel. Where there is no Worker (tests in jsdom), the same check runs in the page.
 */
import { failure, MAX_CSV_BYTES, parseQuotaCsv, type CsvImportResult } from './csvImport';
import { readFileText } from '../lib/readFile';
import { csvMessages as m } from '../i18n/catalogue/quotas-csv';
import { currentLanguage, type Language } from '../i18n/language';
import { t } from '../i18n/messages';

export { MAX_CSV_BYTES };
/** Rejected rows sent back for listing; the total is counted apart. */
export const LISTED_REJECTS = 500;

export interface CheckedCsv extends CsvImportResult {
  /** All rejected rows, of which `rejected` holds the first LISTED_REJECTS. */
  rejectedTotal: number;
}

/** `language`: the page's, for the worker's messages (a worker has neither the page's link nor its storage). */
export type CheckRequest = ({ file: Blob } | { text: string }) & { language?: Language };
export type CheckMessage = { kind: 'progress'; done: number } | { kind: 'result'; result: CheckedCsv } | { kind: 'failed'; message: string };

export function listedResult(result: CsvImportResult): CheckedCsv {
  return { ...result, rejected: result.rejected.slice(0, LISTED_REJECTS), rejectedTotal: result.rejected.length };
}

const failed = (error: string): CheckedCsv => listedResult(failure(error));

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** A reason to refuse a file by its size alone, or null. */
export function fileSizeProblem(name: string, size: number): string | null {
  if (size <= MAX_CSV_BYTES) return null;
  return t(m.fileTooLarge, { name, size: megabytes(size), max: megabytes(MAX_CSV_BYTES) });
}

export interface CsvCheck {
  /** The check's result; null once cancelled. */
  result: Promise<CheckedCsv | null>;
  cancel: () => void;
}

export function checkQuotaCsv(source: CheckRequest, onProgress: (done: number) => void = () => {}): CsvCheck {
  if ('file' in source) {
    const name = source.file instanceof File ? source.file.name : t(m.aFile);
    const tooLarge = fileSizeProblem(name, source.file.size);
    if (tooLarge) return { result: Promise.resolve(failed(tooLarge)), cancel: () => {} };
  }
  return typeof Worker === 'undefined' ? checkInPage(source, onProgress) : checkInWorker(source, onProgress);
}

function checkInPage(source: CheckRequest, onProgress: (done: number) => void): CsvCheck {
  let cancelled = false;
  const result = (async () => {
    try {
      const text = 'file' in source ? await readFileText(source.file) : source.text;
      if (cancelled) return null;
      const parsed = listedResult(parseQuotaCsv(text, { onProgress }));
      return cancelled ? null : parsed;
    } catch (error) {
      return failed(t(m.unreadable, { error: String(error) }));
    }
  })();
  return { result, cancel: () => (cancelled = true) };
}

function checkInWorker(source: CheckRequest, onProgress: (done: number) => void): CsvCheck {
  const worker = new Worker(new URL('./csvCheckWorker.ts', import.meta.url), { type: 'module' });
  let settle: (value: CheckedCsv | null) => void = () => {};
  const result = new Promise<CheckedCsv | null>((resolve) => (settle = resolve));
  const finish = (value: CheckedCsv | null) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<CheckMessage>) => {
    const message = event.data;
    if (message.kind === 'progress') onProgress(message.done);
    else if (message.kind === 'result') finish(message.result);
    else finish(failed(t(m.unreadable, { error: message.message })));
  };
  worker.onerror = (event) => finish(failed(t(m.checkFailed, { error: event.message || t(m.workerFailed) })));
  worker.postMessage({ ...source, language: currentLanguage() });
  return { result, cancel: () => finish(null) };
}
