import type { QuotaField } from '../model';

/** The shapes the server's API sends (server/src) and the app reads (api.ts): one definition for both. */

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
