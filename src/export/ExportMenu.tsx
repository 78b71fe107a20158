import { downloadBlob } from '../app/download';
import { DEFAULT_EXPORT_TITLE, EXPORT_SIZES, exportViewPng, pngFileName, type ExportSize } from './exportView';
import { useExportTask } from './useExportTask';
import './export.css';

const SIZES: ExportSize[] = [EXPORT_SIZES.fullHd, EXPORT_SIZES.uhd];

/** Buttons that save the current map view as a PNG, with the title, legend and attribution drawn in. */
export function ExportMenu({ title = DEFAULT_EXPORT_TITLE, subtitle }: { title?: string; subtitle?: string }) {
  const { busy, error, run } = useExportTask();

  const exportPng = (size: ExportSize) =>
    run(async (view) => {
      const date = new Date();
      const png = await exportViewPng(view, size, { title, subtitle, date });
      downloadBlob(png, pngFileName(size, date));
    });

  return (
    <div className="export-menu" role="group" aria-label="导出图片" aria-busy={busy}>
      {SIZES.map((size) => (
        <button key={size.width} type="button" disabled={busy} onClick={() => void exportPng(size)}>
          导出 PNG {size.width}×{size.height}
        </button>
      ))}
      {busy && (
        <span role="status" className="export-status">
          正在导出…
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
