import { create } from 'zustand';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  notify: (level: Notice['level'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages about bad input (a URL naming an unknown unit, a corrupted saved state, ...). */
export const useNoticeStore = create<NoticeState>((set) => ({
  notices: [],
  notify: (level, text) =>
    set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: nextId++, level, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
