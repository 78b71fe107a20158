import { create } from 'zustand';

/** Where the planner's framing put the card (map CSS px, top left), for the element it was placed for. */
export interface CardPlacement {
  elementId: string;
  left: number;
  top: number;
}

/**
 * Which layout element's info card is open, if any, and where the card goes when the screen's
 * framing chose its place (the planner's city camera, see modes/planner/plannerFrame.ts); without a
 * placement the card finds a corner clear of its own towns.
 */
export const useInfoCardStore = create<{
  elementId: string | null;
  placement: CardPlacement | null;
  open: (id: string) => void;
  close: () => void;
  setPlacement: (placement: CardPlacement | null) => void;
}>((set) => ({
  elementId: null,
  placement: null,
  open: (elementId) => set({ elementId }),
  close: () => set({ elementId: null }),
  setPlacement: (placement) =>
    set((s) => {
      const a = s.placement;
      if (a === placement) return s;
      if (a && placement && a.elementId === placement.elementId && Math.abs(a.left - placement.left) < 1 && Math.abs(a.top - placement.top) < 1) return s;
      return { placement };
    }),
}));
