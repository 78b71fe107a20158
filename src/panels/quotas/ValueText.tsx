import type { CellValue } from '../../quotas/defaults';
import './quotas.css';

/** A value as shown everywhere: entered (bold), default (italic grey, "默认" for screen readers), or '未设'. */
export function ValueText({ cell, status }: { cell: CellValue; status?: 'reported' | 'confirmed' | null }) {
  if (cell.value === null) return <span className="qt-unset">未设</span>;
  if (status) {
    // an actual in the shared record: reported by the town, or confirmed by the city
    return (
      <span className="qt-entered" title={status === 'reported' ? '镇街已填报，待市里确认' : '已确认'}>
        {cell.value}
        <span className={`sh-status sh-status-${status}`}>{status === 'reported' ? '（待确认）' : '✓'}</span>
        {status === 'confirmed' && <span className="qt-visually-hidden">（已确认）</span>}
      </span>
    );
  }
  if (cell.source === 'default') {
    return (
      <span className="qt-default" title="按计划规则的默认值">
        {cell.value}
        <span className="qt-visually-hidden">（默认）</span>
      </span>
    );
  }
  return (
    <span className="qt-entered" title="已填写">
      {cell.value}
    </span>
  );
}
