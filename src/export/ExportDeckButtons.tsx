import { useState } from 'react';
import { downloadBlob } from '../app/download';
import { deckFileName, exportDeckPdf, exportDeckZip, type ApplySlide, type DeckKind, type DeckProgress, type DescribeSlide } from './deck';
import { DEFAULT_EXPORT_TITLE } from './exportView';
import { useExportTask } from './useExportTask';
import './export.css';

export interface ExportDeckButtonsProps<T> {
  slides: readonly T[];
  /** Shows a slide: sets the state and resolves once the map is idle. */
  applySlide: ApplySlide<T>;
  describe: DescribeSlide<T>;
  /** PDF document title; '东莞规划布局图' unless given. */
  title?: string;
  /** Called after an export (finished or failed), e.g. to go back to the slide on screen. */
  onFinished?: () => void | Promise<void>;
}

/** Exports every slide: as one PDF (a page per slide) or as a zip of PNGs, with progress. */
export function ExportDeckButtons<T>({ slides, applySlide, describe, title = DEFAULT_EXPORT_TITLE, onFinished }: ExportDeckButtonsProps<T>) {
  const { busy, error, run } = useExportTask();
  const [progress, setProgress] = useState<DeckProgress | null>(null);

  const exportDeck = (kind: DeckKind) =>
    run(
      async (view) => {
        setProgress({ done: 0, total: slides.length });
        const date = new Date();
        const exporter = kind === 'pdf' ? exportDeckPdf : exportDeckZip;
        const blob = await exporter(slides, applySlide, describe, view, { title, date, onProgress: setProgress });
        downloadBlob(blob, deckFileName(kind, date));
      },
      async () => {
        setProgress(null);
        await onFinished?.();
      },
    );

  return (
    <div className="export-menu" role="group" aria-label="导出汇报" aria-busy={busy}>
      <button type="button" disabled={busy || slides.length === 0} onClick={() => void exportDeck('pdf')}>
        导出 PDF
      </button>
      <button type="button" disabled={busy || slides.length === 0} onClick={() => void exportDeck('zip')}>
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
