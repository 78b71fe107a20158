import { create } from 'zustand';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
  /** A button beside the text (e.g. taking back an edit another tab replaced); it closes the notice. */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  perform: () => void;
}

interface NoticeState {
  notices: Notice[];
  notify: (level: Notice['level'], text: string, action?: NoticeAction) => void;
  dismiss: (id: number) => void;
  /** Drops the notice with this text (a condition that has passed, e.g. the network is back). */
  dismissText: (text: string) => void;
  /** Drops every notice (on leaving a screen, so old notices do not pile up across routes). */
  clear: () => void;
}

let nextId = 1;

/** The longest text a notice keeps (its fold-out scrolls); longer text is cut with a count. */
export const MAX_NOTICE_CHARS = 600;

/** Keeps a notice's text within MAX_NOTICE_CHARS code points, saying how much was cut. */
export function boundedNoticeText(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_NOTICE_CHARS ? `${chars.slice(0, MAX_NOTICE_CHARS).join('')}${t(stateMessages.noticeCut, { count: chars.length })}` : text;
}

/** Messages about bad input (a URL naming an unknown unit, a corrupted saved state, ...). */
export const useNoticeStore = create<NoticeState>((set) => ({
  notices: [],
  notify: (level, raw, action) =>
    set((s) => {
      const text = boundedNoticeText(raw);
      return s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextId++, level, text, ...(action ? { action } : {}) }] };
    }),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissText: (text) => set((s) => (s.notices.some((n) => n.text === text) ? { notices: s.notices.filter((n) => n.text !== text) } : s)),
  clear: () => set((s) => (s.notices.length === 0 ? s : { notices: [] })),
}));

/**
 * Characters a reader cannot see (controls, zero-width and format characters, unusual spaces, private
 * use): shown as ⟨U+XXXX⟩, so "长安镇\u0007" does not read as the valid name 长安镇.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u3164\uFFA0\u115F\u1160]/gu;

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * Text from a user or a link, quoted in a notice: invisible characters shown as such, then shortened
 * to `max` characters (code points), so a hostile or pasted link cannot make a notice wider or longer
 * than the screen.
 */
export function quoteUserText(text: string, max = 24): string {
  const chars = Array.from(showInvisible(text.replace(/ +/g, ' ').trim()));
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}${t(stateMessages.quotedCut, { count: Array.from(text).length })}` : chars.join('')}”`;
}
