import { useEffect, useState } from 'react';
import { FIELD_LABELS, parseCellKey } from '../../quotas/model';
import { api, type AuditEntry } from '../../quotas/shared/api';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { STATUS_LABELS, describeCell, formatWhen } from './format';
import './shared.css';

const VIA_LABELS: Record<AuditEntry['via'], string> = { edit: '填写', import: '导入', confirm: '确认', undo: '撤销导入' };

/** Who changed the table's focused cell last and when, and its whole history on request. */
export function CellHistory() {
  const focus = useSharedStore((s) => s.focus);
  const meta = useSharedStore((s) => (s.focus ? s.meta[s.focus] : undefined));
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    setEntries(null);
    setError('');
  }, [focus, meta?.version]);

  if (!focus) return <p className="qt-key">选中表格中的单元格，可在这里看到谁在何时修改了它及其历史。</p>;
  const { town, year, field } = parseCellKey(focus);

  async function open() {
    try {
      setEntries((await api.audit(town, year, field)).entries);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="qt-panel sh-history" aria-label="单元格记录">
      <h3>{describeCell(focus)}</h3>
      <p>
        {meta?.updatedBy ? (
          <>
            最后由 <b>{meta.updatedBy}</b> 于 {formatWhen(meta.updatedAt)} 修改
            {meta.status && `（${STATUS_LABELS[meta.status]}）`}，版本 {meta.version}
          </>
        ) : (
          '尚无人修改过（显示的是默认值或未设）'
        )}
      </p>
      {entries === null ? (
        <button type="button" onClick={() => void open()} disabled={!meta?.updatedBy}>
          查看修改历史
        </button>
      ) : entries.length === 0 ? (
        <p>没有记录</p>
      ) : (
        <table className="qt-table" aria-label={`${town} ${year} ${FIELD_LABELS[field]} 修改历史`}>
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">用户</th>
              <th scope="col">方式</th>
              <th scope="col">原值</th>
              <th scope="col">新值</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatWhen(e.at)}</td>
                <td>{e.user}</td>
                <td>{VIA_LABELS[e.via]}</td>
                <td>{e.old ?? '未设'}</td>
                <td>{e.new ?? '未设'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p role="alert" className="sh-error">
          {error}
        </p>
      )}
    </section>
  );
}
