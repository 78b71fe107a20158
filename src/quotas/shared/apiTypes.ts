import type { QuotaField } from '../model';

/** The shapes the server's API sends (server/src) and the app reads (api.ts): one definition for both. */

/** Where the server's API answers, relative to the page. */
export const API_BASE = 'api/v1';

/**
 * The API names a page reads, by the schema that set them: 4 named the quota column `field` (it was
 * `metric`). The page sends it on every request (header) and on its event stream (query); the server
 * refuses a browser page that does not (one loaded before the upgrade) with 409 `page_outdated`
 * rather than let it show an empty record (server/src/http/outdatedPages.ts).
 */
export const PAGE_API = { version: 4, header: 'x-dgmap-page', query: 'page' } as const;

export type CellStatus = 'reported' | 'confirmed' | null;
export type Via = 'edit' | 'import' | 'confirm' | 'undo';

/** One cell of the shared record. */
export interface ServerRow {
  unit: string;
  year: number;
  field: QuotaField;
  value: number | null;
  status: CellStatus;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  unit: string;
  year: number;
  field: QuotaField;
  old: number | null;
  new: number | null;
  oldStatus: CellStatus;
  newStatus: CellStatus;
  via: Via;
  importId: number | null;
}

/** The message of the event stream for every committed change. */
export interface ChangeMessage {
  kind: 'cells';
  via: Via;
  user: string;
  importId?: number;
  rows: ServerRow[];
}
