import { useState } from 'react';
import { parseCellKey } from '../../quotas/model';
import { api } from '../../quotas/shared/api';
import { applyRows } from '../../quotas/shared/sharedSource';
import { reportedCells, useSharedStore } from '../../quotas/shared/sharedStore';
import { useQuotaStore } from '../../quotas/store';
import { describeCell, formatWhen } from './format';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT } from '../../i18n/messages';

/** The planner's list of towns' reported actuals, updated live; each can be confirmed. */
export function ReportsInbox() {
  const meta = useSharedStore((s) => s.meta);
  const arrived = useSharedStore((s) => s.arrived);
  const values = useQuotaStore((s) => s.data.values);
  const [error, setError] = useState('');
  const reported = reportedCells(meta);
  const t = useT();

  async function confirm(key: string) {
    const { town, year, field } = parseCellKey(key);
    setError('');
    try {
      applyRows([await api.confirm(town, year, field, meta[key].version)]);
    } catch (e) {
      setError(t(m.notConfirmed, { cell: describeCell(key), error: e instanceof Error ? e.message : String(e) }));
    }
  }

  return (
    <section className="qt-panel sh-inbox" aria-label={t(m.reports)}>
      <h3>{t(m.reportsTitle, { count: reported.length })}</h3>
      {reported.length === 0 ? (
        <p className="qt-key">{t(m.noReports)}</p>
      ) : (
        <ul aria-label={t(m.pendingReports)}>
          {reported.map((key) => (
            <li key={key} className={arrived.includes(key) ? 'sh-new' : undefined}>
              {arrived.includes(key) && <span className="sh-new-mark">{t(m.new)}</span>}
              {t(m.cellValue, { cell: describeCell(key) })}
              <b>{values[key] ?? t(m.cleared)}</b>
              <small>
                {t(m.reportBy, { user: meta[key].updatedBy ?? '', when: formatWhen(meta[key].updatedAt) })}
              </small>
              <button type="button" onClick={() => void confirm(key)}>
                {t(m.confirm)}
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
