import { create } from 'zustand';

/** Which layout element's info card is open, if any. */
export const useInfoCardStore = create<{ elementId: string | null; open: (id: string) => void; close: () => void }>((set) => ({
  elementId: null,
  open: (elementId) => set({ elementId }),
  close: () => set({ elementId: null }),
}));
