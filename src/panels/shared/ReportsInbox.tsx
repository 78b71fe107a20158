import { useState } from 'react';
import { parseCellKey } from '../../quotas/model';
import { api } from '../../quotas/shared/api';
import { applyRows } from '../../quotas/shared/sharedSource';
import { reportedCells, useSharedStore } from '../../quotas/shared/sharedStore';
import { useQuotaStore } from '../../quotas/store';
import { describeCell, formatWhen } from './format';
import './shared.css';

/** The planner's list of towns' reported actuals, updated live; each can be confirmed. */
export function ReportsInbox() {
  const meta = useSharedStore((s) => s.meta);
  const arrived = useSharedStore((s) => s.arrived);
  const values = useQuotaStore((s) => s.data.values);
  const [error, setError] = useState('');
  const reported = reportedCells(meta);

  async function confirm(key: string) {
    const { town, year, field } = parseCellKey(key);
    setError('');
    try {
      applyRows([await api.confirm(town, year, field, meta[key].version)]);
    } catch (e) {
      setError(`${describeCell(key)} 未能确认：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <section className="qt-panel sh-inbox" aria-label="镇街填报">
      <h3>镇街填报（待确认 {reported.length} 项）</h3>
      {reported.length === 0 ? (
        <p className="qt-key">没有待确认的填报。镇街填报后会实时出现在这里。</p>
      ) : (
        <ul aria-label="待确认的填报">
          {reported.map((key) => (
            <li key={key} className={arrived.includes(key) ? 'sh-new' : undefined}>
              {arrived.includes(key) && <span className="sh-new-mark">新</span>}
              {describeCell(key)}：<b>{values[key] ?? '（清除）'}</b>
              <small>
                （{meta[key].updatedBy}，{formatWhen(meta[key].updatedAt)}）
              </small>
              <button type="button" onClick={() => void confirm(key)}>
                确认
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="sh-error">
          {error}
        </p>
      )}
    </section>
  );
}
