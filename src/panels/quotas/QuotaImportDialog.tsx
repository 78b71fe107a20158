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

export interface QuotaImportDialogProps {
  /** Called by 取消 and 关闭 when the panel is shown in a dialog. */
  onClose?: () => void;
}

const UNDO_LABELS = { import: '撤销导入', scenario: '撤销载入方案', reset: '撤销恢复默认值' } as const;
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
    setStatus('已取消检查');
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
      setScenarioError(`无法读取文件「${file.name}」（${String(err)}）`);
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
      setStatus(`已载入方案「${pendingScenario.name}」，可撤销`);
    } else {
      setScenarioError(r.error);
    }
  }

  function apply() {
    if (!result) return;
    const n = applyImport(result.rows);
    setStatus(n ? `已导入 ${n} 个数值` : '没有需要改变的数值');
    setResult(null);
    setPasted('');
  }

  function cancel() {
    setResult(null);
    setStatus('');
    onClose?.();
  }

  return (
    <section className="qt-panel qt-import" aria-label="导入与导出指标">
      <h3>导入</h3>
      <label>
        导入 CSV <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={onCsvFile} />
      </label>
      <label htmlFor={pasteId}>或粘贴 CSV 文本（长表：镇街,年份,指标,数值；宽表：镇街,年份,发现指标,落地指标,发现实际,落地实际）</label>
      <textarea id={pasteId} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
      <div className="qt-buttons">
        <button type="button" onClick={() => check({ text: pasted }, '粘贴的文本')} disabled={pasted.trim() === ''}>
          检查
        </button>
      </div>

      {checking && (
        <div className="qt-checking" role="group" aria-label="正在检查">
          <span>
            正在检查「{checking.name}」… {Math.round(checking.done * 100)}%
          </span>
          <progress aria-label="检查进度" max={1} value={checking.done} />
          <button type="button" onClick={cancelCheck}>
            取消检查
          </button>
        </div>
      )}

      {result && (
        <div className="qt-preview" aria-label="导入预览" role="group">
          <h4>检查结果：{sourceName}</h4>
          {preview ? (
            <>
              <p>
                有效数值 {result.rows.length} 个：将改变 {preview.changes.length} 个，{preview.unchanged} 个与现值相同。
                {result.rejectedTotal > 0 && `被拒绝 ${result.rejectedTotal} 行，不会导入。`}
              </p>
              {preview.changes.length > 0 && (
                <ul className="qt-changes" aria-label="将要改变的数值">
                  {preview.changes.slice(0, MAX_LISTED).map((c) => (
                    <li key={`${c.town}|${c.year}|${c.field}`}>
                      {c.town} {c.year} {FIELD_LABELS[c.field]}：{c.from === null ? '未设' : `${c.from}${c.fromDefault ? '（默认）' : ''}`} → {c.to}
                      <small>（第 {c.line} 行）</small>
                    </li>
                  ))}
                  {preview.changes.length > MAX_LISTED && <li>另有 {preview.changes.length - MAX_LISTED} 个……</li>}
                </ul>
              )}
              {result.rejected.length > 0 && (
                <ul className="qt-errors" aria-label="导入错误">
                  {result.rejected.slice(0, MAX_LISTED).map((r, i) => (
                    <li key={i}>
                      第 {r.line} 行：{r.reason}
                    </li>
                  ))}
                  {result.rejectedTotal > MAX_LISTED && <li>另有 {result.rejectedTotal - MAX_LISTED} 行……</li>}
                </ul>
              )}
              {result.warnings.length > 0 && (
                <ul aria-label="导入提示">
                  {result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <div role="alert">
              <ul className="qt-errors" aria-label="导入错误">
                <li>{result.error}</li>
              </ul>
            </div>
          )}
          <div className="qt-buttons">
            <button type="button" onClick={apply} disabled={!preview || preview.changes.length === 0}>
              应用
            </button>
            <button type="button" onClick={cancel}>
              取消
            </button>
          </div>
        </div>
      )}

      <label>
        导入 JSON 方案 <input type="file" accept=".json,application/json" onChange={onScenarioFile} />
      </label>
      {scenarioError && (
        <p role="alert" className="qt-error">
          {scenarioError}
        </p>
      )}
      {pendingScenario && (
        <div role="alertdialog" aria-label="确认载入方案" className="qt-confirm">
          <p>
            载入方案「{pendingScenario.name}」会替换现在的全部指标数值。{describeReplacement(pendingScenario.preview)}
          </p>
          <div className="qt-buttons">
            <button type="button" onClick={confirmScenario}>
              确认载入
            </button>
            <button type="button" onClick={() => setPendingScenario(null)}>
              不载入
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
              const label = UNDO_LABELS[undo.action];
              undoImport();
              setStatus(`已${label}`);
            }}
          >
            {UNDO_LABELS[undo.action]}
          </button>
        </div>
      )}

      <h3>导出</h3>
      <div className="qt-buttons">
        <button type="button" onClick={() => downloadCsv('镇街指标导入模板.csv', csvTemplate())}>
          下载模板
        </button>
        <button type="button" onClick={() => downloadCsv(`镇街指标_${dateStamp()}.csv`, exportCsv(data))}>
          导出 CSV
        </button>
        <button type="button" onClick={() => download(`镇街指标方案_${dateStamp()}.json`, exportScenario(data), 'application/json')}>
          导出 JSON 方案
        </button>
      </div>

      <h3>恢复默认</h3>
      <div className="qt-buttons">
        {confirmReset ? (
          <>
            <button
              type="button"
              onClick={() => {
                resetToDefaults();
                setConfirmReset(false);
                setStatus('已恢复默认值');
              }}
            >
              确认恢复默认值（清除所有填写的数值和创新强镇标记）
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              不恢复
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            恢复默认值…
          </button>
        )}
      </div>
      {onClose && (
        <button type="button" onClick={onClose}>
          关闭
        </button>
      )}
    </section>
  );
}
