import { useState } from 'react';
import { downloadBlob } from '../app/download';
import { deckFileName, exportDeckPdf, exportDeckZip, type DeckKind, type DeckProgress, type ExportPage } from './deck';
import { DEFAULT_EXPORT_TITLE } from './exportView';
import { useExportTask } from './useExportTask';
import './export.css';

export interface ExportDeckButtonsProps {
  /** The pages (each slide's MapState, title and caption), read when an export starts. */
  pages: () => readonly ExportPage[];
  count: number;
  /** PDF document title; '东莞规划布局图' unless given. */
  title?: string;
}

/** Exports every slide: as one PDF (a page per slide) or as a zip of PNGs, with progress. The screen is not touched. */
export function ExportDeckButtons({ pages, count, title = DEFAULT_EXPORT_TITLE }: ExportDeckButtonsProps) {
  const { busy, error, run } = useExportTask();
  const [progress, setProgress] = useState<DeckProgress | null>(null);

  const exportDeck = (kind: DeckKind) => {
    const taken = pages();
    return run(
      async (render) => {
        setProgress({ done: 0, total: taken.length });
        const date = new Date();
        const exporter = kind === 'pdf' ? exportDeckPdf : exportDeckZip;
        const blob = await exporter(taken, render, { title, date, onProgress: setProgress });
        downloadBlob(blob, deckFileName(kind, date));
      },
      () => setProgress(null),
    );
  };

  return (
    <div className="export-menu" role="group" aria-label="导出汇报" aria-busy={busy}>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('pdf')}>
        导出 PDF
      </button>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('zip')}>
        导出 PNG 压缩包
      </button>
      {busy && progress && (
        <span role="status" className="export-status">
          <progress aria-label="导出进度" max={progress.total} value={progress.done} />
          {progress.done < progress.total ? `正在导出第 ${progress.done + 1}/${progress.total} 页…` : '正在打包…'}
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
