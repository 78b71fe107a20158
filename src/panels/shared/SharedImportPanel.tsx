import { useState, type ChangeEvent } from 'react';
import { dateStamp, downloadCsv } from '../../app/download';
import { exportCsv } from '../../quotas/csvExport';
import { useQuotaStore } from '../../quotas/store';
import { readFileText } from '../../lib/readFile';
import { FIELD_LABELS, parseCellKey } from '../../quotas/model';
import { loadQuotaData } from '../../quotas/persistence';
import { api, type ServerImportPreview } from '../../quotas/shared/api';
import { applyRows } from '../../quotas/shared/sharedSource';
import { browserStorage } from '../../lib/savedState';
import type { QuotaData } from '../../quotas/model';
import './shared.css';

const MAX_LISTED = 200;

/** The values entered in a QuotaData as a long-layout CSV the importer reads (defaults left out). */
export function enteredValuesCsv(data: QuotaData): string {
  const lines = ['镇街,年份,指标,数值'];
  for (const [key, value] of Object.entries(data.values)) {
    const c = parseCellKey(key);
    lines.push(`${c.town},${c.year},${FIELD_LABELS[c.field]},${value}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The planner's import into the shared record: a CSV (file or pasted), or the quotas this browser
 * kept before the server existed, is previewed by the server, then applied in one transaction
 * (exactly what was previewed), and can be undone.
 */
export function SharedImportPanel() {
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
      setError(`无法读取本浏览器保存的数据（${opened.error}）`);
      return;
    }
    const local = loadQuotaData(opened.storage);
    if (local.notice) setError(local.notice);
    if (Object.keys(local.data.values).length === 0) {
      setStatus('本浏览器中没有填写过的指标数据可以转入');
      return;
    }
    void check(enteredValuesCsv(local.data), '本浏览器保存的指标');
  }

  async function apply() {
    if (!preview) return;
    try {
      const result = await api.applyImport(csv, preview.previewToken);
      applyRows(result.rows);
      setLastImport(result.importId);
      setStatus(`已导入共享记录：${result.changed} 个数值（来自${source}）`);
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
      setStatus(`已撤销导入（${result.rows.length} 个数值恢复原值）`);
      setLastImport(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="qt-panel qt-import" aria-label="导入到共享记录">
      <h3>导入到共享记录</h3>
      <label>
        导入 CSV <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void onFile(e)} />
      </label>
      <label>
        或粘贴 CSV 文本
        <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
      </label>
      <div className="qt-buttons">
        <button type="button" onClick={() => void check(pasted, '粘贴的文本')} disabled={pasted.trim() === ''}>
          检查
        </button>
        <button type="button" onClick={fromBrowser}>
          转入本浏览器保存的指标…
        </button>
      </div>
      {preview && (
        <div className="qt-preview" role="group" aria-label="导入预览">
          <h4>预览：{source}</h4>
          <p>
            将改变 {preview.changes.length} 个数值，{preview.unchanged} 个与共享记录相同
            {preview.rejected.length > 0 && `，被拒绝 ${preview.rejected.length} 行（不会导入）`}。
          </p>
          {preview.changes.length > 0 && (
            <ul className="qt-changes" aria-label="将要改变的数值">
              {preview.changes.slice(0, MAX_LISTED).map((c) => (
                <li key={`${c.unit}|${c.year}|${c.metric}`}>
                  {c.unit} {c.year} {FIELD_LABELS[c.metric]}：{c.from ?? '未设'} → {c.to}
                </li>
              ))}
              {preview.changes.length > MAX_LISTED && <li>另有 {preview.changes.length - MAX_LISTED} 个……</li>}
            </ul>
          )}
          {preview.rejected.length > 0 && (
            <ul className="qt-errors" aria-label="导入错误">
              {preview.rejected.slice(0, MAX_LISTED).map((r) => (
                <li key={r.line}>
                  第 {r.line} 行：{r.reason}
                </li>
              ))}
            </ul>
          )}
          <div className="qt-buttons">
            <button type="button" onClick={() => void apply()} disabled={preview.changes.length === 0}>
              应用到共享记录
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              取消
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
            撤销这次导入
          </button>
        </div>
      )}
      <h3>导出</h3>
      <div className="qt-buttons">
        <button type="button" onClick={() => downloadCsv(`镇街指标_共享记录_${dateStamp()}.csv`, exportCsv(useQuotaStore.getState().data))}>
          导出 CSV
        </button>
      </div>
    </section>
  );
}
