/** The browser's side of the server's plan API (/api/v1/plans; server/src/plans/routes.ts). */
import { request } from '../quotas/shared/api';
import type { ServerPlan } from './planApiTypes';
import type { PlanFile } from './schema';

export type { ServerPlan };

export const planApi = {
  list: () => request<{ plans: ServerPlan[] }>('GET', '/plans'),
  get: (id: string) => request<ServerPlan>('GET', `/plans/${encodeURIComponent(id)}`),
  create: (file: PlanFile) => request<ServerPlan>('POST', '/plans', { file }),
  save: (id: string, file: PlanFile, version: number) => request<ServerPlan>('PUT', `/plans/${encodeURIComponent(id)}`, { file, version }),
  publish: (id: string, version: number) => request<ServerPlan>('POST', `/plans/${encodeURIComponent(id)}/publish`, { version }),
  remove: (id: string, version: number) => request<{ id: string; version: number }>('DELETE', `/plans/${encodeURIComponent(id)}?version=${version}`),
};
