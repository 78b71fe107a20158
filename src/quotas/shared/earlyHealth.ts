/**
 * The page's first question to the server ("is there one?", `GET api/v1/health`), asked by the
 * page's entry (src/boot.ts) while the app's script is still downloading, so the answer is there
 * when the app starts (the planner's first render waits for it) instead of a round trip later.
 * The app takes that one answer (api.health); every later question is asked afresh.
 */
export const HEALTH_URL = 'api/v1/health';

let early: Promise<Response> | null = null;

export function askHealthEarly(): void {
  if (typeof fetch === 'undefined') return;
  early = fetch(HEALTH_URL, { credentials: 'same-origin' });
  // Read by the app; a failure here is its answer too ("no server"), not an unhandled rejection.
  early.catch(() => {});
}

/** The answer asked for early, once; null when none was asked (or it was taken already). */
export function takeEarlyHealth(): Promise<Response> | null {
  const answer = early;
  early = null;
  return answer;
}
