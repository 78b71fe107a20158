import { FIELD_LABELS, parseCellKey } from '../../quotas/model';
import type { CellMeta } from '../../quotas/shared/sharedStore';

/** '2026-11-24T15:40:00.000Z' → '11月24日 23:40' in the user's time zone. */
export function formatWhen(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function describeCell(key: string): string {
  const c = parseCellKey(key);
  return `${c.town} ${c.year} ${FIELD_LABELS[c.field]}`;
}

export const STATUS_LABELS = { reported: '已填报，待确认', confirmed: '已确认' } as const;

/** The tooltip of a cell of the shared record: who changed it last, when, and its status. */
export function cellTitle(meta: CellMeta): string {
  if (!meta.updatedBy) return '尚无人修改';
  return `最后由 ${meta.updatedBy} 于 ${formatWhen(meta.updatedAt)} 修改${meta.status ? `（${STATUS_LABELS[meta.status]}）` : ''}`;
}
