import { useState, type DragEvent } from 'react';
import { boundaryLabel, useBoundarySwitch, useGeo } from '../../app/GeoContext';
import { useBoundaryImportStore } from '../../boundaries/importStore';
import { BoundaryReportView } from './BoundaryReportView';
import { boundaryPanelMessages as m } from '../../i18n/catalogue/panels-boundaries';
import { useT } from '../../i18n/messages';

/** The planner's boundaries tab: import a boundary file, read its report, accept it or restore the default. */
export function BoundaryPanel() {
  const geo = useGeo();
  const boundaries = useBoundarySwitch();
  const { status, stage, share, report, result, message, fileName, start, cancel, clear } = useBoundaryImportStore();
  const [dragging, setDragging] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const t = useT();
  if (!boundaries) return <p>{t(m.unavailable)}</p>;
  const reference = boundaries.defaultGeo.meta;
  const choose = (file: File | undefined) => {
    if (file) start(file, reference);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const accept = async () => {
    if (!result) return;
    setSaveError(null);
    try {
      await boundaries.accept(result.topology, result.meta);
      clear();
    } catch (error) {
      setSaveError(t(m.notSaved, { error: (error as Error).message }));
    }
  };
  const restore = async () => {
    try {
      await boundaries.restoreDefault();
    } catch (error) {
      setSaveError(t(m.notCleared, { error: (error as Error).message }));
    }
  };
  return (
    <section className="boundary-panel" aria-label={t(m.boundaries)}>
      <h2>{t(m.boundaries)}</h2>
      <p className="boundary-current">
        {t(m.inUse)}
        <strong data-testid="boundary-current">{boundaryLabel(geo)}</strong>
      </p>
      {boundaries.imported && (
        <button type="button" onClick={restore}>
          {t(m.restoreDefault)}
        </button>
      )}
      <p className="hint">
        {t(m.importHint)}
      </p>
      <label
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{t(m.dropHere)}</span>
        <span className="choose" aria-hidden="true">
          {t(m.chooseFile)}
        </span>
        <input
          type="file"
          accept=".geojson,.json,.zip,.kml"
          aria-label={t(m.chooseBoundaryFile)}
          disabled={status === 'running'}
          onChange={(e) => {
            choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {status === 'running' && (
        <div className="boundary-progress" role="status">
          <progress max={1} value={share} aria-label={t(m.progress)} /> {t(m.progressText, { file: fileName ?? '', stage, percent: Math.round(share * 100) })}
          <button type="button" onClick={cancel}>
            {t(m.cancel)}
          </button>
        </div>
      )}
      {message && (
        <p className={status === 'failed' ? 'boundary-error' : 'hint'} role={status === 'failed' ? 'alert' : undefined}>
          {message}
        </p>
      )}
      {saveError && (
        <p className="boundary-error" role="alert">
          {saveError}
        </p>
      )}
      {report && <BoundaryReportView report={report} reference={reference} />}
      {status === 'done' && (
        <div className="boundary-actions">
          {result && (
            <button type="button" className="primary" onClick={accept}>
              {t(m.accept)}
            </button>
          )}
          <button type="button" onClick={clear}>
            {result ? t(m.discard) : t(m.closeReport)}
          </button>
        </div>
      )}
    </section>
  );
}
