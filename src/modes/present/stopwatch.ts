/** The presenter console's timer, as plain data and functions of the time (so tests need no clock). */

export interface Stopwatch {
  /** When it was last started; null while paused. */
  startedAt: number | null;
  /** Time counted before the last start. */
  accumulated: number;
}

export const NEW_STOPWATCH: Stopwatch = { startedAt: null, accumulated: 0 };

export const startStopwatch = (s: Stopwatch, now: number): Stopwatch => (s.startedAt !== null ? s : { startedAt: now, accumulated: s.accumulated });

export const pauseStopwatch = (s: Stopwatch, now: number): Stopwatch => (s.startedAt === null ? s : { startedAt: null, accumulated: s.accumulated + Math.max(0, now - s.startedAt) });

export const elapsed = (s: Stopwatch, now: number): number => s.accumulated + (s.startedAt === null ? 0 : Math.max(0, now - s.startedAt));

/** 05:07, or 1:02:03 from an hour on. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
