/**
 * Server mode for the plans (#21 §7): the planners' plans are the shared record's. A listener of
 * the plans store's local records sends each plan a record changed (create, save, publish,
 * delete) with the version it last read; what the server says comes back as records of origin
 * 'server', which are never sent again. Another planner's change arrives as a plan event on the
 * page's one event stream and is read at once (GET /plans/:id, with this account's rights: a town
 * account never sees a draft). A stale save (409) keeps both versions: the stored one is shown,
 * this page's is kept in a conflict until the planner chooses (保留我的 / 采用对方的 / 另存为副本).
 */
import { create } from 'zustand';
import { withFreeIds } from '../plans/freshIds';
import { planApi, type ServerPlan } from '../plans/planApi';
import type { PlanChangeMessage } from '../plans/planApiTypes';
import type { PlansAction } from '../plans/planActions';
import { parsePlanValue } from '../plans/planFile';
import { planToFile, type Plan } from '../plans/planFormat';
import { planCatalog } from '../plans/catalog';
import { ApiFailure, onPlanEvent } from '../quotas/shared/api';
import { useSharedStore } from '../quotas/shared/sharedStore';
import { dispatchPlans, keepPlansOnServer, usePlansStore } from './plansStore';
import { planDataMessages, stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';
import { planName } from '../layouts/displayNames';
import { withSuffix } from './planNames';

export interface PlanMeta {
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/** A save the server refused because the plan changed (or went) since this page read it. */
export interface PlanConflict {
  id: string;
  /** This page's version, not saved. */
  mine: Plan;
  /** The stored version (shown meanwhile), or null when another planner deleted the plan. */
  theirs: Plan | null;
  theirsBy: string | null;
  message: string;
}

interface ServerPlansState {
  meta: Record<string, PlanMeta>;
  conflicts: PlanConflict[];
  /** The last refusal or failure, for the plans page. */
  problem: string | null;
}

export const useServerPlansStore = create<ServerPlansState>(() => ({ meta: {}, conflicts: [], problem: null }));

type Notify = (level: 'info' | 'warning' | 'error', text: string) => void;
let notify: Notify = () => {};

function planOf(row: ServerPlan): Plan | null {
  const parsed = parsePlanValue(row.file);
  if (parsed.ok) return parsed.plan;
  notify('warning', t(stateMessages.sharedUnreadable, { id: row.id, problem: parsed.problems[0] }));
  return null;
}

function setMeta(row: Pick<ServerPlan, 'id' | 'version' | 'updatedBy' | 'updatedAt'>): void {
  useServerPlansStore.setState((s) => ({ meta: { ...s.meta, [row.id]: { version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt } } }));
}

function forgetMeta(id: string): void {
  useServerPlansStore.setState((s) => {
    const { [id]: _gone, ...meta } = s.meta;
    void _gone;
    return { meta };
  });
}

function fail(text: string): void {
  useServerPlansStore.setState({ problem: text });
  notify('error', text);
}

/** Reads the whole list again (start, sign-in, reconnection, after a refusal): the server's truth. */
export async function reloadPlans(): Promise<void> {
  if (!useSharedStore.getState().user) {
    useServerPlansStore.setState({ meta: {} });
    dispatchPlans({ type: 'plans/replaceAll', plans: [] }, 'server');
    return;
  }
  try {
    const { plans: rows } = await planApi.list();
    const plans = rows.map(planOf).filter((p): p is Plan => p !== null);
    useServerPlansStore.setState({ meta: Object.fromEntries(rows.map((r) => [r.id, { version: r.version, updatedBy: r.updatedBy, updatedAt: r.updatedAt }])) });
    dispatchPlans({ type: 'plans/replaceAll', plans }, 'server');
  } catch (e) {
    fail(t(stateMessages.sharedLoadFailed, { error: e instanceof Error ? e.message : String(e) }));
  }
}

/** Another page's change: read the plan (or drop it) unless this page already has that version. */
async function onEvent(message: PlanChangeMessage): Promise<void> {
  const known = useServerPlansStore.getState().meta[message.id]?.version ?? 0;
  if (message.version <= known) return; // this page's own write, already applied
  if (message.via === 'delete') {
    forgetMeta(message.id);
    if (usePlansStore.getState().plans.some((p) => p.group.id === message.id)) {
      dispatchPlans({ type: 'plans/remove', id: message.id }, 'server');
      notify('info', t(stateMessages.sharedDeleted, { user: message.user, id: message.id }));
    }
    return;
  }
  try {
    const row = await planApi.get(message.id);
    if (row.version <= (useServerPlansStore.getState().meta[row.id]?.version ?? 0)) return;
    const plan = planOf(row);
    if (!plan) return;
    setMeta(row);
    dispatchPlans({ type: 'plans/put', plan }, 'server');
    if (message.via === 'publish') notify('info', t(stateMessages.sharedPublished, { user: message.user, name: planName(plan.group) }));
  } catch (e) {
    if (e instanceof ApiFailure && e.status === 404) return; // gone again, or not for this account
    void reloadPlans();
  }
}

/** The plans a local record changed, and those it removed. */
function changesOf(before: readonly Plan[], after: readonly Plan[]): { saved: Plan[]; removed: string[] } {
  const old = new Map(before.map((p) => [p.group.id, p]));
  const now = new Set(after.map((p) => p.group.id));
  return { saved: after.filter((p) => old.get(p.group.id) !== p), removed: before.filter((p) => !now.has(p.group.id)).map((p) => p.group.id) };
}

async function save(plan: Plan): Promise<void> {
  const id = plan.group.id;
  const known = useServerPlansStore.getState().meta[id];
  try {
    const row = known ? await planApi.save(id, planToFile(plan), known.version) : await planApi.create(planToFile(plan));
    setMeta(row);
  } catch (e) {
    refused(e, id, plan);
  }
}

async function remove(id: string, plan: Plan | undefined): Promise<void> {
  const known = useServerPlansStore.getState().meta[id];
  if (!known) return;
  try {
    await planApi.remove(id, known.version);
    forgetMeta(id);
  } catch (e) {
    refused(e, id, plan);
  }
}

/** A write the server did not take: a conflict keeps both versions; any other refusal is said and the list read again. */
function refused(e: unknown, id: string, mine: Plan | undefined): void {
  const failure = e instanceof ApiFailure ? e : new ApiFailure(0, 'unknown', String(e));
  if (failure.status === 409 && mine && 'current' in failure.body) {
    const current = failure.body.current as ServerPlan | null;
    const theirs = current ? planOf(current) : null;
    if (current && theirs) {
      setMeta(current);
      dispatchPlans({ type: 'plans/put', plan: theirs }, 'server');
    } else {
      forgetMeta(id);
    }
    useServerPlansStore.setState((s) => ({
      conflicts: [...s.conflicts.filter((c) => c.id !== id), { id, mine, theirs, theirsBy: current?.updatedBy ?? null, message: failure.message }],
    }));
    notify('warning', t(stateMessages.sharedConflict, { message: failure.message }));
    return;
  }
  if (failure.status === 0 || failure.status >= 500) {
    // Not reached: the planner's version stays on screen; they may try again or export it.
    fail(t(stateMessages.sharedNotSaved, { name: mine ? planName(mine.group) : id, message: failure.message }));
    return;
  }
  fail(t(stateMessages.planNotSavedShort, { name: mine ? planName(mine.group) : id, message: failure.message }));
  void reloadPlans();
}

/** The plans store's listener in server mode. */
function send(_action: PlansAction, before: readonly Plan[], after: readonly Plan[]): void {
  const { saved, removed } = changesOf(before, after);
  const old = new Map(before.map((p) => [p.group.id, p]));
  for (const plan of saved) void save(plan);
  for (const id of removed) void remove(id, old.get(id));
}

/** The planner's choice on a conflict. */
export function resolvePlanConflict(id: string, keep: 'mine' | 'theirs' | 'copy'): void {
  const conflict = useServerPlansStore.getState().conflicts.find((c) => c.id === id);
  if (!conflict) return;
  useServerPlansStore.setState((s) => ({ conflicts: s.conflicts.filter((c) => c.id !== id) }));
  if (keep === 'theirs') {
    if (!conflict.theirs) dispatchPlans({ type: 'plans/remove', id }, 'server');
    return;
  }
  if (keep === 'mine') {
    // Saved over the version now read (or created again when it was deleted).
    dispatchPlans({ type: 'plans/put', plan: conflict.mine });
    return;
  }
  const catalog = planCatalog();
  const { plan } = withFreeIds(
    { ...conflict.mine, group: withSuffix(conflict.mine.group, planDataMessages.copySuffix) },
    new Set(catalog.groups.map((g) => g.id)),
    new Set(catalog.byId.keys()),
  );
  dispatchPlans({ type: 'plans/add', plan });
}

let stop: (() => void) | null = null;

/** Server mode starts: the plans follow the signed-in account and the event stream. */
export function startServerPlans(options: { notify?: Notify } = {}): void {
  if (options.notify) notify = options.notify;
  if (stop) return;
  keepPlansOnServer(send);
  const offEvents = onPlanEvent((m) => void onEvent(m));
  // Sign-in, sign-out and every reconnection of the event stream read the list again.
  const offShared = useSharedStore.subscribe((s, prev) => {
    if (s.user?.username !== prev.user?.username || (s.live && !prev.live)) void reloadPlans();
  });
  void reloadPlans();
  stop = () => {
    offEvents();
    offShared();
    keepPlansOnServer(null);
  };
}

/** For tests: back to local mode. */
export function stopServerPlans(): void {
  stop?.();
  stop = null;
  useServerPlansStore.setState({ meta: {}, conflicts: [], problem: null });
}

/** Whether this account may write plans here: anyone in local mode, planners in server mode. */
export function mayWritePlans(): boolean {
  if (!stop) return true;
  return useSharedStore.getState().user?.role === 'planner';
}
