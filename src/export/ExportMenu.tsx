import { downloadBlob } from '../app/download';
import { useMapViewStore } from '../map/mapViewStore';
import type { MapState } from '../state/mapState';
import { DEFAULT_EXPORT_TITLE, EXPORT_SIZES, asSeenNow, exportMapPng, pngFileName, type ExportSize } from './exportView';
import { useExportTask } from './useExportTask';
import './export.css';

const SIZES: ExportSize[] = [EXPORT_SIZES.fullHd, EXPORT_SIZES.uhd];

/**
 * Buttons that save the map as a PNG, with the title, legend and attribution drawn in: `state` as
 * the screen shows it, with the camera on what the live map shows now, drawn off screen.
 */
export function ExportMenu({ state, title = DEFAULT_EXPORT_TITLE, subtitle }: { state: MapState; title?: string; subtitle?: string }) {
  const { busy, error, run } = useExportTask();

  const exportPng = (size: ExportSize) =>
    run(async (render) => {
      const date = new Date();
      const shown = asSeenNow(state, useMapViewStore.getState().view?.getBounds() ?? null);
      const png = await exportMapPng(render, shown, size, { title, subtitle, date });
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
