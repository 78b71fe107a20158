/// <reference lib="webworker" />
/**
 * The boundary import's worker: reads the file (GeoJSON, zipped Shapefile or KML) and runs the same pipeline as the geo build, posting progress. Cancelling terminates it.
 */
import { runPipeline } from '../geo/pipeline/pipeline';
import type { ImportRequest, ImportMessage } from './importProtocol';
import { BoundaryFileError, readBoundaryBytes } from './readBoundaryFile';
import { boundaryMessages as m } from '../i18n/catalogue/boundaries';
import { setLanguageForThisPage } from '../i18n/language';
import { t } from '../i18n/messages';

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const post = (message: ImportMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { fileName, bytes, collection, reference, language } = event.data;
  setLanguageForThisPage(language);
  try {
    post({ kind: 'progress', stage: t(m.readingFile), share: 0 });
    const read = collection !== undefined ? { collection, prj: undefined, notes: [] } : await readBoundaryBytes(fileName, bytes!);
    const result = runPipeline(read.collection, {
      fileName,
      prj: read.prj,
      reference,
      source: { file: fileName, sha256: bytes ? await sha256(bytes) : '', attribution: t(m.importedAttribution, { file: fileName }), imported: true },
      onProgress: (stage, share) => post({ kind: 'progress', stage, share }),
    });
    result.report.findings.unshift(...read.notes);
    post({ kind: 'done', report: result.report, topology: result.topology, meta: result.meta });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof BoundaryFileError ? error.message : t(m.failed, { file: fileName, error: (error as Error).message }) });
  }
};
