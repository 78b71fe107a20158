import { useState, type ChangeEvent } from 'react';
import { dateStamp, downloadCsv } from '../../app/download';
import { exportCsv } from '../../quotas/csvExport';
import { useQuotaStore } from '../../quotas/store';
import { readFileText } from '../../lib/readFile';
import { FIELD_LABELS, parseCellKey, type QuotaField } from '../../quotas/model';
import { loadQuotaData } from '../../quotas/persistence';
import { api, type ServerImportPreview } from '../../quotas/shared/api';
import { applyRows } from '../../quotas/shared/sharedSource';
import { browserStorage } from '../../lib/savedState';
import type { QuotaData } from '../../quotas/model';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

const MAX_LISTED = 200;

/** The quota fields' names in that CSV: Chinese, as its header, whatever the page's language. */
const CSV_FIELD_NAMES: Record<QuotaField, string> = {
  discovery_quota: '发现指标', // i18n-exempt: a CSV value the server reads
  landing_quota: '落地指标', // i18n-exempt: a CSV value the server reads
  discovery_actual: '发现实际', // i18n-exempt: a CSV value the server reads
  landing_actual: '落地实际', // i18n-exempt: a CSV value the server reads
};

/** The values entered in a QuotaData as a long-layout CSV the importer reads (defaults left out). */
export function enteredValuesCsv(data: QuotaData): string {
  const lines = ['镇街,年份,指标,数值']; // i18n-exempt: the server reads this CSV with its Chinese header in either language
  for (const [key, value] of Object.entries(data.values)) {
    const c = parseCellKey(key);
    lines.push(`${c.town},${c.year},${CSV_FIELD_NAMES[c.field]},${value}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The planner's import into the shared record: a CSV (file or pasted), or the quotas this browser
 * kept before the server existed, is previewed by the server, then applied in one transaction
 * (exactly what was previewed), and can be undone.
 */
export function SharedImportPanel() {
  const t = useT();
  const [csv, setCsv] = useState('');
  const [source, setSource] = useState('');
  const [preview, setPreview] = useState<ServerImportPreview | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [lastImport, setLastImport] = useState<number | null>(null);
  const [pasted, setPasted] = useState('');

  async function check(text: string, name: string) {
    setError('');
    setStatus('');
    setPreview(null);
    setCsv(text);
    setSource(name);
    try {
      setPreview(await api.previewImport(text));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await check(await readFileText(file), file.name);
  }

  function fromBrowser() {
    const opened = browserStorage();
    if (!opened.storage) {
      setError(t(m.cannotReadBrowser, { error: opened.error }));
      return;
    }
    const local = loadQuotaData(opened.storage);
    if (local.notice) setError(local.notice);
    if (Object.keys(local.data.values).length === 0) {
      setStatus(t(m.nothingInBrowser));
      return;
    }
    void check(enteredValuesCsv(local.data), t(m.browserQuotas));
  }

  async function apply() {
    if (!preview) return;
    try {
      const result = await api.applyImport(csv, preview.previewToken);
      applyRows(result.rows);
      setLastImport(result.importId);
      setStatus(t(m.importedShared, { count: result.changed, source }));
      setPreview(null);
      setPasted('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function undo() {
    if (lastImport === null) return;
    try {
      const result = await api.undoImport(lastImport);
      applyRows(result.rows);
      setStatus(t(m.undone, { count: result.rows.length }));
      setLastImport(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="qt-panel qt-import" aria-label={t(m.importShared)}>
      <h3>{t(m.importShared)}</h3>
      <label>
        {t(m.importCsv)} <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      </label>
      <label>
        {t(m.pasteCsv)}
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
      </label>
      <div className="qt-buttons">
        <button type="button" onClick={() => void check(pasted, t(m.pastedText))} disabled={pasted.trim() === ''}>
          {t(m.check)}
        </button>
        <button type="button" onClick={fromBrowser}>
          {t(m.moveFromBrowser)}
        </button>
      </div>
      {preview && (
        <div className="qt-preview" role="group" aria-label={t(m.importPreview)}>
          <h4>{t(m.previewOf, { source })}</h4>
          <p>
            {t(m.willChange, { count: preview.changes.length, same: preview.unchanged })}
            {preview.rejected.length > 0 && t(m.rejected, { count: preview.rejected.length })}
            {t(m.fullStop)}
          </p>
          {preview.changes.length > 0 && (
            <ul className="qt-changes" aria-label={t(m.valuesToChange)}>
              {preview.changes.slice(0, MAX_LISTED).map((c) => (
                <li key={`${c.unit}|${c.year}|${c.field}`}>
                  {t(m.changeFrom, { cell: `${displayTownName(c.unit)} ${c.year} ${FIELD_LABELS[c.field]}`, from: c.from ?? t(m.unset), to: c.to })}
                </li>
              ))}
              {preview.changes.length > MAX_LISTED && <li>{t(m.moreValues, { count: preview.changes.length - MAX_LISTED })}</li>}
            </ul>
          )}
          {preview.rejected.length > 0 && (
            <ul className="qt-errors" aria-label={t(m.importErrors)}>
              {preview.rejected.slice(0, MAX_LISTED).map((r) => (
                <li key={r.line}>
                  {t(m.lineReason, { line: r.line, reason: r.reason })}
                </li>
              ))}
            </ul>
          )}
          <div className="qt-buttons">
            <button type="button" onClick={() => void apply()} disabled={preview.changes.length === 0}>
              {t(m.applyShared)}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t(m.cancel)}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="sh-error">
          {error}
        </p>
      )}
      <p role="status">{status}</p>
      {lastImport !== null && (
        <div className="qt-buttons">
          <button type="button" onClick={() => void undo()}>
            {t(m.undoThis)}
          </button>
        </div>
      )}
      <h3>{t(m.export)}</h3>
      <div className="qt-buttons">
        <button type="button" onClick={() => downloadCsv(t(m.csvFile, { date: dateStamp() }), exportCsv(useQuotaStore.getState().data))}>
          {t(m.exportCsv)}
        </button>
      </div>
    </section>
  );
}
