import { useRef, useState } from 'react';
import { downloadBlob } from '../app/download';
import { DECK_EXPORTERS, type DeckKind, type DeckProgress, type ExportPage } from './deck';
import { deckFileName } from './fileNames';
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

/**
 * Exports every slide: as one PDF (a page per slide), a zip of PNGs or PowerPoint, with progress
 * and a cancel. The screen is not touched.
 */
export function ExportDeckButtons({ pages, count, title = DEFAULT_EXPORT_TITLE }: ExportDeckButtonsProps) {
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
    <div className="export-menu" role="group" aria-label="导出汇报" aria-busy={busy}>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('pdf')}>
        导出 PDF
      </button>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('zip')}>
        导出 PNG 压缩包
      </button>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportDeck('pptx')}>
        导出 PowerPoint
      </button>
      {busy && progress && (
        <span role="status" className="export-status">
          <progress aria-label="导出进度" max={progress.total} value={progress.done} />
          {progress.done < progress.total ? `正在导出第 ${progress.done + 1}/${progress.total} 页…` : '正在打包…'}
          <button type="button" onClick={() => cancel.current?.abort(new Error('已取消'))}>
            取消导出
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
