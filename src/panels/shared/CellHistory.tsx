import { useEffect, useState } from 'react';
import { FIELD_LABELS, parseCellKey } from '../../quotas/model';
import { api, type AuditEntry } from '../../quotas/shared/api';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { STATUS_LABELS, describeCell, formatWhen } from './format';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT, type Message } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

const VIA_LABELS: Record<AuditEntry['via'], Message> = { edit: m.viaEdit, import: m.viaImport, confirm: m.viaConfirm, undo: m.viaUndo };

/** Who changed the table's focused cell last and when, and its whole history on request. */
export function CellHistory() {
  const focus = useSharedStore((s) => s.focus);
  const meta = useSharedStore((s) => (s.focus ? s.meta[s.focus] : undefined));
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');
  const t = useT();

  useEffect(() => {
    setEntries(null);
    setError('');
  }, [focus, meta?.version]);

  if (!focus) return <p className="qt-key">{t(m.pickCell)}</p>;
  const { town, year, field } = parseCellKey(focus);

  async function open() {
    try {
      setEntries((await api.audit(town, year, field)).entries);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="qt-panel sh-history" aria-label={t(m.cellRecord)}>
      <h3>{describeCell(focus)}</h3>
      <p>
        {meta?.updatedBy ? (
          <>
            {t(m.lastChangedBy)}
            <b>{meta.updatedBy}</b>
            {t(m.changedOn, { when: formatWhen(meta.updatedAt) })}
            {meta.status && t(m.statusMark, { status: STATUS_LABELS[meta.status] })}
            {t(m.version, { version: meta.version })}
          </>
        ) : (
          t(m.neverChanged)
        )}
      </p>
      {entries === null ? (
        <button type="button" onClick={() => void open()} disabled={!meta?.updatedBy}>
          {t(m.showHistory)}
        </button>
      ) : entries.length === 0 ? (
        <p>{t(m.noRecords)}</p>
      ) : (
        <table className="qt-table" aria-label={t(m.historyOf, { cell: `${displayTownName(town)} ${year} ${FIELD_LABELS[field]}` })}>
          <thead>
            <tr>
              <th scope="col">{t(m.time)}</th>
              <th scope="col">{t(m.user)}</th>
              <th scope="col">{t(m.via)}</th>
              <th scope="col">{t(m.oldValue)}</th>
              <th scope="col">{t(m.newValue)}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatWhen(e.at)}</td>
                <td>{e.user}</td>
                <td>{t(VIA_LABELS[e.via])}</td>
                <td>{e.old ?? t(m.unset)}</td>
                <td>{e.new ?? t(m.unset)}</td>
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
