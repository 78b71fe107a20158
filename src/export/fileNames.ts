/**
 * File names that say what the file is, so that a folder of exports reads like a list:
 *   长安镇-镇街视图-2026-11-24-1920x1080.png   a view: its subject, which view, the date, the size
 *   汇报-03-三带.png                          a slide: its number and the subject of its title
 *   汇报-2026-11-24-16张.pptx                 a whole deck
 * Pure functions; the date is local (as the date stamp on the image).
 */
import { exportMessages as m } from '../i18n/catalogue/export';
import { currentLanguage, type Language } from '../i18n/language';
import { t } from '../i18n/messages';
import { formatDate } from '../lib/dates';

/** Characters Windows, macOS or WeChat refuse or mangle in a file name. */
const UNSAFE = /[\\/:*?"<>|#%\u0000-\u001f\u007f]/g;

/**
 * One part of a file name: unsafe characters dropped, at most `max` characters; spaces removed in
 * Chinese, made hyphens in English (three-belts).
 */
export function fileNamePart(text: string, max = 40, language: Language = currentLanguage()): string {
  const cleaned = text.replace(UNSAFE, '').replace(/\s+/g, language === 'en' ? '-' : '').replace(/^[.-]+|[.-]+$/g, '');
  return [...cleaned].slice(0, max).join('');
}

/** What a slide is about: the part of its title after the last colon ('一核三带十区：三带' → '三带'). */
export function slideSubject(title: string): string {
  const parts = title.split(/[：:]/).map((part) => fileNamePart(part)).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

export interface ViewFileName {
  /** What the view shows: a town ('长安镇'), the visible layers ('一核三带十区'), or the city ('东莞市'). */
  subject: string;
  /** Which screen: '镇街视图', '规划图'. */
  view: string;
  date: Date;
  size: { width: number; height: number };
}

/** 长安镇-镇街视图-2026-11-24-1920x1080.png */
export function viewPngName({ subject, view, date, size }: ViewFileName): string {
  const parts = [fileNamePart(subject) || t(m.city), fileNamePart(view), formatDate(date), `${size.width}x${size.height}`];
  return `${parts.filter(Boolean).join('-')}.png`;
}

/** 汇报-03-三带.png (three digits from 100 slides on, so the files sort in slide order). */
export function slidePngName(index: number, total: number, title: string): string {
  const n = String(index + 1).padStart(Math.max(2, String(total).length), '0');
  const subject = slideSubject(title);
  return t(m.slideFile, { n, subject: subject ? `-${subject}` : '' });
}

export type DeckFileKind = 'pdf' | 'zip' | 'pptx';

/** 汇报-2026-11-24-16张.pdf / .pptx, 汇报-2026-11-24-16张-图片.zip */
export function deckFileName(kind: DeckFileKind, date: Date, slideCount: number): string {
  const base = t(m.deckFile, { date: formatDate(date), count: slideCount });
  return kind === 'zip' ? t(m.zipFile, { base }) : `${base}.${kind}`;
}
