import { useRef, useState } from 'react';
import { downloadBlob } from '../app/download';
import { DECK_EXPORTERS, type DeckKind, type DeckProgress, type ExportPage } from './deck';
import { deckFileName } from './fileNames';
import { defaultExportTitle } from './exportView';
import { exportMessages as m } from '../i18n/catalogue/export';
import { useT } from '../i18n/messages';
import { useExportTask } from './useExportTask';
import './export.css';

export interface ExportDeckButtonsProps {
  /** The pages (each slide's MapState, title and caption), read when an export starts. */
  pages: () => readonly ExportPage[];
  count: number;
  /** PDF document title; '东莞规划布局图' unless given. */
  title?: string;
}

/**
 * Exports every slide: as one PDF (a page per slide), a zip of PNGs or PowerPoint, with progress
 * and a cancel. The screen is not touched.
 */
export function ExportDeckButtons({ pages, count, title = defaultExportTitle() }: ExportDeckButtonsProps) {
  const t = useT();
  const { busy, error, run } = useExportTask();
  const [progress, setProgress] = useState<DeckProgress | null>(null);
  const cancel = useRef<AbortController | null>(null);

  const exportDeck = (kind: DeckKind) => {
    const taken = pages();
    return run(
      async (render) => {
        setProgress({ done: 0, total: taken.length });
        const date = new Date();
        const controller = new AbortController();
        cancel.current = controller;
        try {
          const blob = await DECK_EXPORTERS[kind](taken, render, { title, date, onProgress: setProgress, signal: controller.signal });
          downloadBlob(blob, deckFileName(kind, date, taken.length));
        } catch (e) {
          if (!controller.signal.aborted) throw e; // cancelled by the user: nothing to report
        }
      },
      () => {
        cancel.current = null;
        setProgress(null);
      },
    );
  };

  return (
    <div className="export-menu" role="group" aria-label={t(m.exportDeck)} aria-busy={busy}>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('pdf')} aria-label={t(m.exportPdf)}>
        {t(m.pdfFace)}
      </button>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('zip')} aria-label={t(m.exportZip)}>
        {t(m.zipFace)}
      </button>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('pptx')} aria-label={t(m.exportPptx)}>
        {t(m.pptxFace)}
      </button>
      {busy && progress && (
        <span role="status" className="export-status">
          <progress aria-label={t(m.progress)} max={progress.total} value={progress.done} />
          {progress.done < progress.total ? t(m.exportingPage, { n: progress.done + 1, total: progress.total }) : t(m.packing)}
          <button type="button" onClick={() => cancel.current?.abort(new Error(t(m.cancelled)))}>
            {t(m.cancelExport)}
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
