import type { GeoMeta } from '../geo/types';
import type { ImportMessage, ImportRequest } from './importProtocol';
import { checkBeforeReading, unpackedSizeProblem } from './readBoundaryFile';
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { currentLanguage } from '../i18n/language';
import { t } from '../i18n/messages';

export type ImportOutcome = Extract<ImportMessage, { kind: 'done' }> | { kind: 'failed'; message: string } | { kind: 'cancelled' };

export interface RunningImport {
  result: Promise<ImportOutcome>;
  cancel: () => void;
}

/**
 * Runs the boundary pipeline on a chosen file in a Web Worker (the page stays responsive), with
 * progress and cancel. Nothing leaves the browser.
 */
export function runImport(file: File, reference: Pick<GeoMeta, 'towns'>, onProgress: (stage: string, share: number) => void): RunningImport {
  let worker: Worker | null = null;
  let settle: (outcome: ImportOutcome) => void = () => {};
  const result = new Promise<ImportOutcome>((resolve) => (settle = resolve));
  const refused = checkBeforeReading(file.name, file.size);
  if (refused) {
    settle({ kind: 'failed', message: refused });
    return { result, cancel: () => {} };
  }
  let cancelled = false;
  void (async () => {
    const bytes = await file.arrayBuffer();
    if (cancelled) return;
    // A zip bomb is refused at once from its central directory (the worker counts again while inflating).
    const bomb = unpackedSizeProblem(file.name, bytes);
    if (bomb) {
      settle({ kind: 'failed', message: bomb });
      return;
    }
    // Every kind (KML too) is read in the worker: the page never parses a file.
    // The worker has neither the page's link nor its storage: it is told the language.
    const request: ImportRequest = { fileName: file.name, reference: { towns: reference.towns }, bytes, language: currentLanguage() };
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.stage, message.share);
      else {
        worker?.terminate();
        settle(message);
      }
    };
    worker.onerror = (event) => {
      worker?.terminate();
      settle({ kind: 'failed', message: t(m.failed, { file: file.name, error: event.message }) });
    };
    worker.postMessage(request, request.bytes ? [request.bytes] : []);
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      settle({ kind: 'cancelled' });
    },
  };
}
