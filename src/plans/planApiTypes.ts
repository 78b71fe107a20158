/** The shapes the server's plan API sends (server/src/plans) and the app reads: one definition for both. */

/** One stored plan of the shared record. `file` is a plan file (src/plans/schema.ts). */
export interface ServerPlan {
  id: string;
  version: number;
  draft: boolean;
  file: unknown;
  createdBy: string;
  updatedBy: string;
  updatedAt: string;
}

export type PlanVia = 'create' | 'update' | 'publish' | 'delete';

/**
 * The event for every committed change of a plan. It names the plan and its version only: a page
 * reads the plan itself (GET /plans/:id), so a draft's content goes only to those who may see it.
 */
export interface PlanChangeMessage {
  kind: 'plans';
  via: PlanVia;
  user: string;
  id: string;
  version: number;
  draft: boolean;
}

export interface PlanAuditEntry {
  id: number;
  at: string;
  user: string;
  planId: string;
  action: PlanVia;
  version: number;
}
