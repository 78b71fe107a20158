import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { csvTemplate, exportCsv } from '../../quotas/csvExport';
import { checkQuotaCsv, fileSizeProblem, listedResult, type CheckRequest, type CheckedCsv } from '../../quotas/csvCheck';
import { parseQuotaCsv } from '../../quotas/csvImport';
import { readFileText } from '../../lib/readFile';
import { FIELD_LABELS } from '../../quotas/model';
import { previewImport } from '../../quotas/operations';
import { exportScenario } from '../../quotas/scenario';
import { describeReplacement, loadScenario, previewScenario, type ScenarioReplacement } from '../../quotas/loadScenario';
import { useQuotaStore } from '../../quotas/store';
import { dateStamp, download, downloadCsv } from '../../app/download';
import './quotas.css';
import { quotaPanelMessages as m } from '../../i18n/catalogue/panels-quotas';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

export interface QuotaImportDialogProps {
  /** Called by Cancel and Close when the panel is shown in a dialog. */
  onClose?: () => void;
}

const UNDO_LABELS = {
  import: { label: m.undoImport, done: m.undoneImport },
  scenario: { label: m.undoScenario, done: m.undoneScenario },
  reset: { label: m.undoReset, done: m.undoneReset },
} as const;
const MAX_LISTED = 200;
/** Pasted text up to this size is checked at once in the page; more goes to the worker. */
const IN_PAGE_CHARS = 200_000;

interface RunningCheck {
  name: string;
  done: number;
  cancel: () => void;
}

/**
 * Import and export of quotas: a CSV (file or pasted) is checked and previewed, then applied with
 * 应用 and undone with 撤销导入; scenarios go in and out as JSON; the template and the current
 * values download as CSV.
 */
export function QuotaImportDialog({ onClose }: QuotaImportDialogProps) {
  const data = useQuotaStore((s) => s.data);
  const undo = useQuotaStore((s) => s.undo);
  const applyImport = useQuotaStore((s) => s.applyImport);
  const undoImport = useQuotaStore((s) => s.undoImport);
  const resetToDefaults = useQuotaStore((s) => s.resetToDefaults);

  const [pasted, setPasted] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [result, setResult] = useState<CheckedCsv | null>(null);
  const [checking, setChecking] = useState<RunningCheck | null>(null);
  const running = useRef<RunningCheck | null>(null);
  useEffect(() => () => running.current?.cancel(), []);
  const [status, setStatus] = useState('');
  const [scenarioError, setScenarioError] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  /** A checked scenario waiting for the user's yes: loading it replaces every value. */
  const [pendingScenario, setPendingScenario] = useState<{ name: string; text: string; preview: ScenarioReplacement } | null>(null);
  const pasteId = useId();
  const t = useT();

  // Null while there is no result, or the file as a whole could not be read (result.error).
  const preview = useMemo(() => (result && !result.error ? previewImport(data, result.rows) : null), [data, result]);

  function showResult(checked: CheckedCsv, name: string) {
    setResult(checked);
    setSourceName(name);
  }

  /** Large input is read and checked in a worker, with progress and 取消检查; small pasted text at once. */
  function check(source: CheckRequest, name: string) {
    running.current?.cancel();
    running.current = null;
    setChecking(null);
    setResult(null);
    setStatus('');
    if ('text' in source && source.text.length <= IN_PAGE_CHARS) {
      showResult(listedResult(parseQuotaCsv(source.text)), name);
      return;
    }
    const task = checkQuotaCsv(source, (done) => setChecking((c) => (c && c.cancel === task.cancel ? { ...c, done } : c)));
    const run: RunningCheck = { name, done: 0, cancel: task.cancel };
    running.current = run;
    setChecking(run);
    void task.result.then((checked) => {
      if (!checked || running.current !== run) return;
      running.current = null;
      setChecking(null);
      showResult(checked, name);
    });
  }

  function cancelCheck() {
    running.current?.cancel();
    running.current = null;
    setChecking(null);
    setStatus(t(m.checkCancelled));
  }

  function onCsvFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) check({ file }, file.name);
  }

  async function onScenarioFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setStatus('');
    const tooLarge = fileSizeProblem(file.name, file.size);
    if (tooLarge) {
      setScenarioError(tooLarge);
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch (err) {
      setScenarioError(t(m.cannotReadFile, { file: file.name, error: String(err) }));
      return;
    }
    const r = previewScenario(text, useQuotaStore.getState().data);
    if (r.ok) {
      setScenarioError('');
      setPendingScenario({ name: file.name, text, preview: r.preview });
    } else {
      setScenarioError(r.error);
    }
  }

  function confirmScenario() {
    if (!pendingScenario) return;
    const r = loadScenario(pendingScenario.text);
    setPendingScenario(null);
    if (r.ok) {
      setResult(null);
      setStatus(t(m.scenarioLoaded, { name: pendingScenario.name }));
    } else {
      setScenarioError(r.error);
    }
  }

  function apply() {
    if (!result) return;
    const n = applyImport(result.rows);
    setStatus(n ? t(m.imported, { count: n }) : t(m.nothingToChange));
    setResult(null);
    setPasted('');
  }

  function cancel() {
    setResult(null);
    setStatus('');
    onClose?.();
  }

  return (
    <section className="qt-panel qt-import" aria-label={t(m.importExport)}>
      <h3>{t(m.import)}</h3>
      <label>
        {t(m.importCsv)} <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={onCsvFile} />
      </label>
      <label htmlFor={pasteId}>{t(m.pasteCsv)}</label>
      <textarea id={pasteId} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
      <div className="qt-buttons">
        <button type="button" onClick={() => check({ text: pasted }, t(m.pastedText))} disabled={pasted.trim() === ''}>
          {t(m.check)}
        </button>
      </div>

      {checking && (
        <div className="qt-checking" role="group" aria-label={t(m.checkingGroup)}>
          <span>
            {t(m.checking, { name: checking.name, percent: Math.round(checking.done * 100) })}
          </span>
          <progress aria-label={t(m.checkProgress)} max={1} value={checking.done} />
          <button type="button" onClick={cancelCheck}>
            {t(m.cancelCheck)}
          </button>
        </div>
      )}

      {result && (
        <div className="qt-preview" aria-label={t(m.importPreview)} role="group">
          <h4>{t(m.checkResult, { name: sourceName })}</h4>
          {preview ? (
            <>
              <p>
                {t(m.validValues, { count: result.rows.length, changes: preview.changes.length, same: preview.unchanged })}
                {result.rejectedTotal > 0 && t(m.rejectedRows, { count: result.rejectedTotal })}
              </p>
              {preview.changes.length > 0 && (
                <ul className="qt-changes" aria-label={t(m.valuesToChange)}>
                  {preview.changes.slice(0, MAX_LISTED).map((c) => (
                    <li key={`${c.town}|${c.year}|${c.field}`}>
                      {t(m.changeFrom, {
                        cell: t(m.cell, { town: displayTownName(c.town), year: c.year, field: FIELD_LABELS[c.field] }),
                        from: c.from === null ? t(m.unset) : `${c.from}${c.fromDefault ? t(m.defaultMark) : ''}`,
                        to: c.to,
                      })}
                      <small>{t(m.atLine, { line: c.line })}</small>
                    </li>
                  ))}
                  {preview.changes.length > MAX_LISTED && <li>{t(m.moreValues, { count: preview.changes.length - MAX_LISTED })}</li>}
                </ul>
              )}
              {result.rejected.length > 0 && (
                <ul className="qt-errors" aria-label={t(m.importErrors)}>
                  {result.rejected.slice(0, MAX_LISTED).map((r, i) => (
                    <li key={i}>
                      {t(m.lineReason, { line: r.line, reason: r.reason })}
                    </li>
                  ))}
                  {result.rejectedTotal > MAX_LISTED && <li>{t(m.moreRows, { count: result.rejectedTotal - MAX_LISTED })}</li>}
                </ul>
              )}
              {result.warnings.length > 0 && (
                <ul aria-label={t(m.importNotes)}>
                  {result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <div role="alert">
              <ul className="qt-errors" aria-label={t(m.importErrors)}>
                <li>{result.error}</li>
              </ul>
            </div>
          )}
          <div className="qt-buttons">
            <button type="button" onClick={apply} disabled={!preview || preview.changes.length === 0}>
              {t(m.apply)}
            </button>
            <button type="button" onClick={cancel}>
              {t(m.cancel)}
            </button>
          </div>
        </div>
      )}

      <label>
        {t(m.importScenario)} <input type="file" accept=".json,application/json" onChange={onScenarioFile} />
      </label>
      {scenarioError && (
        <p role="alert" className="qt-error">
          {scenarioError}
        </p>
      )}
      {pendingScenario && (
        <div role="alertdialog" aria-label={t(m.confirmScenario)} className="qt-confirm">
          <p>
            {t(m.scenarioReplaces, { name: pendingScenario.name })}
            {describeReplacement(pendingScenario.preview)}
          </p>
          <div className="qt-buttons">
            <button type="button" onClick={confirmScenario}>
              {t(m.confirmLoad)}
            </button>
            <button type="button" onClick={() => setPendingScenario(null)}>
              {t(m.dontLoad)}
            </button>
          </div>
        </div>
      )}

      <p role="status">{status}</p>
      {undo && (
        <div className="qt-buttons">
          <button
            type="button"
            onClick={() => {
              const done = UNDO_LABELS[undo.action].done;
              undoImport();
              setStatus(t(done));
            }}
          >
            {t(UNDO_LABELS[undo.action].label)}
          </button>
        </div>
      )}

      <h3>{t(m.export)}</h3>
      <div className="qt-buttons">
        <button type="button" onClick={() => downloadCsv(t(m.templateFile), csvTemplate())}>
          {t(m.downloadTemplate)}
        </button>
        <button type="button" onClick={() => downloadCsv(t(m.csvFile, { date: dateStamp() }), exportCsv(data))}>
          {t(m.exportCsv)}
        </button>
        <button type="button" onClick={() => download(t(m.scenarioFile, { date: dateStamp() }), exportScenario(data), 'application/json')}>
          {t(m.exportScenario)}
        </button>
      </div>

      <h3>{t(m.restoreDefaults)}</h3>
      <div className="qt-buttons">
        {confirmReset ? (
          <>
            <button
              type="button"
              onClick={() => {
                resetToDefaults();
                setConfirmReset(false);
                setStatus(t(m.restored));
              }}
            >
              {t(m.confirmRestore)}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t(m.dontRestore)}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t(m.restoreEllipsis)}
          </button>
        )}
      </div>
      {onClose && (
        <button type="button" onClick={onClose}>
          {t(m.close)}
        </button>
      )}
    </section>
  );
}
