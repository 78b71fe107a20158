import { create } from 'zustand';

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

/** Messages about bad input (a URL naming an unknown unit, a corrupted saved state, ...). */
export const useNoticeStore = create<NoticeState>((set) => ({
  notices: [],
  notify: (level, text, action) =>
    set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextId++, level, text, ...(action ? { action } : {}) }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissText: (text) => set((s) => (s.notices.some((n) => n.text === text) ? { notices: s.notices.filter((n) => n.text !== text) } : s)),
  clear: () => set((s) => (s.notices.length === 0 ? s : { notices: [] })),
}));

/**
 * Text from a user or a link, quoted in a notice: shortened to `max` characters (code points), so a
 * hostile or pasted link cannot make a notice wider or longer than the screen.
 */
export function quoteUserText(text: string, max = 24): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')}”`;
}

