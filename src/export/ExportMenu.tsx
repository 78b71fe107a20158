import { downloadBlob } from '../app/download';
import { useMapViewStore } from '../map/mapViewStore';
import type { MapState } from '../state/mapState';
import { EXPORT_SIZES, asSeenNow, exportMapPng, type ExportSize } from './exportView';
import { viewPngName } from './fileNames';
import { describeView } from './viewTitle';
import { useExportTask } from './useExportTask';
import { exportMessages as m } from '../i18n/catalogue/export';
import { useT } from '../i18n/messages';
import './export.css';

const SIZES: ExportSize[] = [EXPORT_SIZES.fullHd, EXPORT_SIZES.uhd];

interface ExportMenuProps {
  state: MapState;
  /** The image's title; what the view shows (describeView) unless given. */
  title?: string;
  subtitle?: string;
  /** Which screen, for the file name: '规划图', '镇街视图'. */
  view?: string;
  /** What the file is about, for its name; what the view shows unless given. */
  fileSubject?: string;
}

/**
 * Buttons that save the map as a PNG, with the title, legend, scale bar, north arrow and
 * attribution drawn in: `state` as the screen shows it, with the camera on what the live map shows
 * now, drawn off screen. The file is named after what it shows (长安镇-镇街视图-2026-11-24-1920x1080.png).
 */
export function ExportMenu({ state, title, subtitle, view, fileSubject }: ExportMenuProps) {
  const t = useT();
  const { busy, error, run } = useExportTask();

  const exportPng = (size: ExportSize) =>
    run(async (render) => {
      const date = new Date();
      const shown = asSeenNow(state, useMapViewStore.getState().view?.getBounds() ?? null);
      const words = describeView(shown);
      const png = await exportMapPng(render, shown, size, { title: title ?? words.title, subtitle, date });
      downloadBlob(png, viewPngName({ subject: fileSubject ?? words.subject, view: view ?? t(m.plannerView), date, size }));
    });

  return (
    <div className="export-menu" role="group" aria-label={t(m.exportImage)} aria-busy={busy}>
      {SIZES.map((size) => (
        <button key={size.width} type="button" disabled={busy} onClick={() => void exportPng(size)}>
          {t(m.exportPng, { width: size.width, height: size.height })}
        </button>
      ))}
      {busy && (
        <span role="status" className="export-status">
          {t(m.exporting)}
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
