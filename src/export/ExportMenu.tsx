import { downloadBlob } from '../app/download';
import { useMapViewStore } from '../map/mapViewStore';
import type { MapState } from '../state/mapState';
import { useState } from 'react';
import type { PageSubjectMarks } from '../map/page/pageLayout';
import { EXPORT_SIZES, type ExportSize } from './exportSizes';
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
  /**
   * The page when it is not the live map's box: a screen whose camera is still the one it asked for
   * (the planner's city or towns, not moved by hand) gives that camera and its subject, so the page
   * frames them round its own legend instead of copying the screen's framing round the screen's
   * legend. Null (or absent): the live map's view, the user's own pan and zoom included.
   */
  framedPage?: () => Promise<{ state: MapState; subject: PageSubjectMarks } | null> | { state: MapState; subject: PageSubjectMarks } | null;
}

/**
 * Buttons that save the map as a PNG, with the title, legend, scale bar, north arrow and
 * attribution drawn in: `state` as the screen shows it, with the camera on what the live map shows
 * now, drawn off screen. The file is named after what it shows (长安镇-镇街视图-2026-11-24-1920x1080.png).
 */
export function ExportMenu({ state, title, subtitle, view, fileSubject, framedPage }: ExportMenuProps) {
  const t = useT();
  const { busy, error, run } = useExportTask();
  const [legendApart, setLegendApart] = useState<string | null>(null);

  const exportPng = (size: ExportSize) =>
    run(async (render) => {
      setLegendApart(null);
      const date = new Date();
      const framed = (await framedPage?.()) ?? null;
      // The page's composition (legend, figures, layout) loads with the first export, not with the screen.
      const { asSeenNow, exportMapPage } = await import('./exportView');
      const shown = framed?.state ?? asSeenNow(state, useMapViewStore.getState().view?.getBounds() ?? null);
      const words = describeView(shown);
      const page = await exportMapPage(render, shown, size, { title: title ?? words.title, subtitle, date, subject: framed?.subject });
      const subject = fileSubject ?? words.subject;
      downloadBlob(page.png, viewPngName({ subject, view: view ?? t(m.plannerView), date, size }));
      // A legend too long for the image (every layer of every plan on) is its own image, never dropped.
      if (page.legendPage) {
        const name = viewPngName({ subject: t(m.legendFile, { title: subject || t(m.city) }), view: view ?? t(m.plannerView), date, size });
        downloadBlob(page.legendPage, name);
        setLegendApart(name);
      }
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
      {legendApart && !busy && (
        <span role="status" className="export-status">
          {t(m.legendSavedApart, { name: legendApart })}
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
