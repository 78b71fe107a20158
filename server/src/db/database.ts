/**
 * One interface over the two databases the server runs on: embedded PGlite (the default, a folder
 * under DATA_DIR) and a PostgreSQL server through `pg` (DATABASE_URL). Both run the same SQL.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface ListenStatus {
  live: boolean;
  /** Why it is down (the last connection error), while it is. */
  error?: string;
  /** Reconnection attempts since it went down. */
  attempts?: number;
}

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { isolation?: 'repeatable read' | 'serializable' }): Promise<T>;
  /**
   * Calls back on each NOTIFY on the channel, and with '' after each (re)connection (notifications
   * may have been missed: catch up). onStatus reports when listening stops and starts again.
   * Returns a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void, onStatus?: (status: ListenStatus) => void): Promise<() => Promise<void>>;
  /** Whether the database answers (for /ready): ahead of queued work where there is a queue (PGlite). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… : a PostgreSQL server. Otherwise PGlite in dataDir. */
  databaseUrl?: string;
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(config.dataDir);
}

/**
 * How long the server waits on the database. Every request is answered within
 * REQUEST_TIMEOUT_MS (10 s by default): statements are cancelled before that.
 */
export const DB_TIMEOUTS = {
  /** Also the longest wait for a free pooled connection. */
  connectMs: 5000,
  statementMs: 8000,
};

/** The database could not answer (down, frozen, busy past the timeout): the client may retry. */
export class DatabaseUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailable';
  }
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '57014', '55P03', '53300', '25P03']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection is closed|cannot connect now|the database system is (starting up|shutting down|in recovery)|PGlite is closed|canceling statement due to statement timeout/i;

/**
 * Whether an error means "the database is not answering now" (as opposed to a bug or bad data):
 * those are answered with 503 and Retry-After.
 */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof DatabaseUnavailable) return true;
  if (!e || typeof e !== 'object') return false;
  const { code, message } = e as { code?: string; message?: string };
  // 08xxx: connection exceptions; 57P0x: shutdown; 57014: statement timeout; 55P03: lock timeout;
  // 53xxx: insufficient resources (too many connections, disk full: 53100).
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('53'))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}
