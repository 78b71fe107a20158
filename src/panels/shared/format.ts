import { FIELD_LABELS, parseCellKey } from '../../quotas/model';
import type { CellMeta } from '../../quotas/shared/sharedStore';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { currentLanguage } from '../../i18n/language';
import { localeOf, t } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

/** '2026-11-24T15:40:00.000Z' → '2026年11月24日 23:40' (English: '24 Nov 2026, 23:40') in the user's time zone. */
export function formatWhen(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (currentLanguage() === 'en') {
    return new Intl.DateTimeFormat(localeOf('en'), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`; // i18n-exempt: the Chinese date as written (year, month, day)
}

export function describeCell(key: string): string {
  const c = parseCellKey(key);
  return `${displayTownName(c.town)} ${c.year} ${FIELD_LABELS[c.field]}`;
}

/** A status as shown, read in the page's language. */
export const STATUS_LABELS = {
  get reported() {
    return t(m.reported);
  },
  get confirmed() {
    return t(m.confirmed);
  },
} as const;

/** The tooltip of a cell of the shared record: who changed it last, when, and its status. */
export function cellTitle(meta: CellMeta): string {
  if (!meta.updatedBy) return t(m.nobodyChanged);
  return t(m.lastChanged, { user: meta.updatedBy, when: formatWhen(meta.updatedAt), status: meta.status ? t(m.statusMark, { status: STATUS_LABELS[meta.status] }) : '' });
}
