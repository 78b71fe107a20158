import type { CellValue } from '../../quotas/defaults';
import './quotas.css';

/** A value as shown everywhere: entered (bold), default (italic grey, "默认" for screen readers), or '未设'. */
export function ValueText({ cell }: { cell: CellValue }) {
  if (cell.value === null) return <span className="qt-unset">未设</span>;
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
