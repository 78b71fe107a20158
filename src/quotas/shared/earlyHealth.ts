/**
 * The page's first question to the server ("is there one?", `GET api/v1/health`), asked by the
 * page's entry (src/boot.ts) while the app's script is still downloading, so the answer is there
 * when the app starts (the planner's first render waits for it) instead of a round trip later.
 * The app takes that one answer (api.health); every later question is asked afresh.
 */
import { API_BASE } from './apiTypes';

export const HEALTH_URL = `${API_BASE}/health`;

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

/** What a server says about itself. */
export interface ServerHealth {
  ok: true;
  database: 'pglite' | 'postgresql';
  schemaVersion: number;
}

/**
 * Whether a server serves this page: its health, or null when none answers (the static bundle on its
 * own: local mode). Takes the answer asked for early, if any. Apart from the API client
 * (src/quotas/shared/api.ts), so that a page in local mode loads none of the shared record's code.
 */
export async function checkHealth(): Promise<ServerHealth | null> {
  try {
    const res = await (takeEarlyHealth() ?? fetch(HEALTH_URL, { credentials: 'same-origin' }));
    const json = res.ok && (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
    return json?.ok === true ? (json as ServerHealth) : null;
  } catch {
    return null;
  }
}
