import { create } from 'zustand';

/**
 * The year control of the layer panel: null shows every plan; a year shows the plans in force
 * that year. Statuses (已到期) are judged against this year, or today's when none is chosen.
 * Global, not the planner's: the legends and fact badges of the town view and presenter mode
 * judge statuses by the same year.
 */
interface PlanYearState {
  year: number | null;
  setYear: (year: number | null) => void;
}

export const usePlanYearStore = create<PlanYearState>((set) => ({
  year: null,
  setYear: (year) => set({ year }),
}));

export const statusYear = (year: number | null): number => year ?? new Date().getFullYear();
