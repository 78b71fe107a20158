import type { CellValue } from '../../quotas/defaults';
import './quotas.css';
import { quotaPanelMessages as m } from '../../i18n/catalogue/panels-quotas';
import { useT } from '../../i18n/messages';

/** A value as shown everywhere: entered (bold), default (italic grey, "default" for screen readers), or not set. */
export function ValueText({ cell, status }: { cell: CellValue; status?: 'reported' | 'confirmed' | null }) {
  const t = useT();
  if (cell.value === null) return <span className="qt-unset">{t(m.unset)}</span>;
  if (status) {
    // an actual in the shared record: reported by the town, or confirmed by the city
    return (
      <span className="qt-entered" title={status === 'reported' ? t(m.reportedTitle) : t(m.confirmedTitle)}>
        {cell.value}
        <span className={`sh-status sh-status-${status}`}>{status === 'reported' ? t(m.pendingMark) : '✓'}</span>
        {status === 'confirmed' && <span className="qt-visually-hidden">{t(m.confirmedMark)}</span>}
      </span>
    );
  }
  if (cell.source === 'default') {
    return (
      <span className="qt-default" title={t(m.defaultTitle)}>
        {cell.value}
        <span className="qt-visually-hidden">{t(m.defaultMark)}</span>
      </span>
    );
  }
  return (
    <span className="qt-entered" title={t(m.enteredTitle)}>
      {cell.value}
    </span>
  );
}
