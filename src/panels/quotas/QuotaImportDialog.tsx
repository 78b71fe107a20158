import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { csvTemplate, exportCsv } from '../../quotas/csvExport';
import { parseQuotaCsv, type CsvImportResult } from '../../quotas/csvImport';
import { readFileText } from '../../lib/readFile';
import { FIELD_LABELS } from '../../quotas/model';
import { previewImport } from '../../quotas/operations';
import { exportScenario } from '../../quotas/scenario';
import { useQuotaStore } from '../../quotas/store';
import { dateStamp, download, downloadCsv } from '../../app/download';
import './quotas.css';

export interface QuotaImportDialogProps {
  /** Called by 取消 and 关闭 when the panel is shown in a dialog. */
  onClose?: () => void;
}

const UNDO_LABELS = { import: '撤销导入', scenario: '撤销载入方案', reset: '撤销恢复默认值' } as const;
const MAX_LISTED = 200;

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
  const loadScenario = useQuotaStore((s) => s.loadScenario);
  const resetToDefaults = useQuotaStore((s) => s.resetToDefaults);

  const [pasted, setPasted] = useState('');
  const [sourceName, setSourceName] = useState('');
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const [status, setStatus] = useState('');
  const [scenarioError, setScenarioError] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const pasteId = useId();

  // Null while there is no result, or the file as a whole could not be read (result.error).
  const preview = useMemo(() => (result && !result.error ? previewImport(data, result.rows) : null), [data, result]);

  function check(text: string, name: string) {
    setResult(parseQuotaCsv(text));
    setSourceName(name);
    setStatus('');
  }

  async function onCsvFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      check(await readFileText(file), file.name);
    } catch (err) {
      setResult({ format: null, rows: [], rejected: [], error: `无法读取文件「${file.name}」（${String(err)}）`, warnings: [] });
    }
  }

  async function onScenarioFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setStatus('');
    let text: string;
    try {
      text = await readFileText(file);
    } catch (err) {
      setScenarioError(`无法读取文件「${file.name}」（${String(err)}）`);
      return;
    }
    const r = loadScenario(text);
    if (r.ok) {
      setScenarioError('');
      setResult(null);
      setStatus(`已载入方案「${file.name}」`);
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
        <button type="button" onClick={() => check(pasted, '粘贴的文本')} disabled={pasted.trim() === ''}>
          检查
        </button>
      </div>

      {result && (
        <div className="qt-preview" aria-label="导入预览" role="group">
          <h4>检查结果：{sourceName}</h4>
          {preview ? (
            <>
              <p>
                有效数值 {result.rows.length} 个：将改变 {preview.changes.length} 个，{preview.unchanged} 个与现值相同。
                {result.rejected.length > 0 && `被拒绝 ${result.rejected.length} 行，不会导入。`}
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
                  {result.rejected.length > MAX_LISTED && <li>另有 {result.rejected.length - MAX_LISTED} 行……</li>}
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
