import { MAX_COUNT } from './model';
import { countMessages as m } from '../i18n/catalogue/quotas-csv';
import { t } from '../i18n/messages';

export type ParsedCount =
  | { ok: true; value: number | null } // null: the text was empty (meaning "unset")
  | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a count typed by a user or found in a CSV cell: a whole number ≥ 0. Full-width digits and
 * surrounding whitespace are accepted ("１２" → 12); "12.0" is 12. Reasons are in the page's language, for users.
 */
export function parseCount(text: string): ParsedCount {
  const s = text.normalize('NFKC').trim().replace(/^−/, '-');
  if (s === '') return { ok: true, value: null };
  if (!NUMBER.test(s)) return { ok: false, reason: t(m.notNumber, { text: clip(s) }) };
  const n = Number(s);
  if (!Number.isFinite(n)) return { ok: false, reason: t(m.notNumber, { text: clip(s) }) };
  if (n < 0) return { ok: false, reason: t(m.negative, { text: clip(s) }) };
  if (!Number.isInteger(n)) return { ok: false, reason: t(m.notWhole, { text: clip(s) }) };
  if (n > MAX_COUNT) return { ok: false, reason: t(m.tooLarge, { text: clip(s), max: MAX_COUNT }) };
  return { ok: true, value: n === 0 ? 0 : n }; // no -0
}

/** Shortens text quoted back to the user in a message. */
export function clip(s: string, max = 24): string {
  const chars = Array.from(s.replace(/[\u0000-\u001f\u007f]/g, '�'));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}
