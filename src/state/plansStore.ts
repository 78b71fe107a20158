/**
 * The planner's own plans (imported, copied as drafts): a store changed only by action records
 * (src/plans/planActions.ts) through their pure updater. Two listeners follow every record: the
 * plan catalog (so the map, layer panel, legend, cards and search show the plans at once) and the
 * browser's IndexedDB (local mode). Kept apart from the screen stores on purpose: plans are shared
 * by every screen.
 */
import { create } from 'zustand';
import { readFileDecoded } from '../lib/readFile';
import { planCatalog, setUserPlans } from '../plans/catalog';
import { withFreeIds } from '../plans/freshIds';
import { MAX_PLAN_FILE_BYTES, type Plan } from '../plans/planFormat';
import { plansUpdater, type PlansAction } from '../plans/planActions';
import { deleteSavedPlan, loadSavedPlans, savePlan } from '../plans/savedPlans';
import { browserIndexedDb } from '../lib/savedState';
import { planDataMessages, stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';
import { planName } from '../layouts/displayNames';
import { withSuffix } from './planNames';

export type ImportOutcome =
  | { ok: true; fileName: string; planId: string; message: string }
  | { ok: false; fileName: string; problems: string[] };

interface PlansState {
  plans: Plan[];
  loaded: boolean;
  /** What the last 导入规划 did: the plan added, or every problem that refused it. */
  lastImport: ImportOutcome | null;
  /** The plan deleted last, for 撤销. */
  deleted: { plan: Plan; index: number } | null;
  /** Problems with the browser's storage (a record moved aside, a save that failed). */
  notices: string[];
  /** IndexedDB, or undefined where the browser has none (then nothing is kept). */
  storage: IDBFactory | undefined;
}

export const usePlansStore = create<PlansState>(() => ({
  plans: [],
  loaded: false,
  lastImport: null,
  deleted: null,
  notices: [],
  storage: browserIndexedDb(),
}));

function notice(text: string): void {
  usePlansStore.setState((s) => ({ notices: [...s.notices, text] }));
}

/**
 * Where a record came from: 'local' (this page's user) or 'server' (the shared record said so).
 * Only local records are saved; what the server said is never sent back.
 */
export type PlansOrigin = 'local' | 'server';

/** Applies a record: the updater, then the catalog and the browser's copy (or the shared record). */
export function dispatchPlans(action: PlansAction, origin: PlansOrigin = 'local'): void {
  const before = usePlansStore.getState().plans;
  const plans = plansUpdater(before, action);
  usePlansStore.setState({ plans });
  setUserPlans(plans);
  if (origin !== 'local') return;
  if (remote) remote(action, before, plans);
  else void persist(action, plans);
}

// ---- Server mode (#21 §7): the shared record instead of the browser (src/state/serverPlans.ts) ----

/** Sends a local record's changes to the shared record; set in server mode, null in local mode. */
export type PlansRemote = (action: PlansAction, before: readonly Plan[], after: readonly Plan[]) => void;
let remote: PlansRemote | null = null;

/**
 * Server mode: the plans are the shared record's, not this browser's. Local records go to `send`;
 * the browser's saved plans are neither read nor written (they stay there for local mode).
 */
export function keepPlansOnServer(send: PlansRemote | null): void {
  remote = send;
}

export function plansKeptOnServer(): boolean {
  return remote !== null;
}

// ---- Local mode: the browser's IndexedDB ----

async function persist(action: PlansAction, plans: Plan[]): Promise<void> {
  const storage = usePlansStore.getState().storage;
  if (!storage) return;
  try {
    if (action.type === 'plans/add' || action.type === 'plans/restore' || action.type === 'plans/put') {
      await savePlan(action.plan, plans.findIndex((p) => p.group.id === action.plan.group.id), storage);
    } else if (action.type === 'plans/publish') {
      const published = plans.find((p) => p.group.id === action.id);
      if (published) await savePlan(published, plans.indexOf(published), storage);
    } else if (action.type === 'plans/remove') {
      await deleteSavedPlan(action.id, storage);
    }
  } catch (e) {
    notice(t(stateMessages.planNotSaved, { error: (e as Error).message }));
  }
}

let loading: Promise<void> | null = null;

/** Loads the saved plans once (every screen calls it; the first call does the work). */
export function ensurePlansLoaded(): Promise<void> {
  loading ??= (async () => {
    const { plans, notices } = await loadSavedPlans(usePlansStore.getState().storage);
    // In server mode the plans are the shared record's: the browser's own are not shown (nor lost).
    if (remote) {
      usePlansStore.setState({ loaded: true });
      return;
    }
    dispatchPlans({ type: 'plans/loaded', plans });
    usePlansStore.setState((s) => ({ loaded: true, notices: [...s.notices, ...notices] }));
  })();
  return loading;
}

/** For tests: forget what was loaded and use another storage. */
export function resetPlansStore(storage: IDBFactory | undefined): void {
  loading = null;
  usePlansStore.setState({ plans: [], loaded: false, lastImport: null, deleted: null, notices: [], storage });
  setUserPlans([]);
}

function takenIds(): { plans: Set<string>; elements: Set<string> } {
  const catalog = planCatalog();
  return { plans: new Set(catalog.groups.map((g) => g.id)), elements: new Set(catalog.byId.keys()) };
}

/**
 * 导入规划 from text: every problem named and nothing changed, or the plan added under free ids. The
 * plan checks (zod) load with the first import.
 */
export async function importPlanText(text: string, fileName: string): Promise<ImportOutcome> {
  const { parsePlanText } = await import('../plans/planFile');
  const parsed = parsePlanText(text);
  if (!parsed.ok) {
    const outcome: ImportOutcome = { ok: false, fileName, problems: parsed.problems };
    usePlansStore.setState({ lastImport: outcome });
    return outcome;
  }
  const taken = takenIds();
  const renamed = withFreeIds(parsed.plan, taken.plans, taken.elements);
  dispatchPlans({ type: 'plans/add', plan: renamed.plan });
  const notes = [
    renamed.planId ? t(stateMessages.importRenamedPlan, { from: renamed.planId.from, to: renamed.planId.to }) : '',
    renamed.elementIds ? t(stateMessages.importRenamedElements, { count: renamed.elementIds, plan: renamed.plan.group.id }) : '',
  ].filter(Boolean);
  const outcome: ImportOutcome = {
    ok: true,
    fileName,
    planId: renamed.plan.group.id,
    message: `${t(stateMessages.imported, { name: planName(renamed.plan.group), count: renamed.plan.elements.length })}${notes.length ? t(stateMessages.importNotes, { notes: notes.join(t(stateMessages.notesJoin)) }) : ''}`,
  };
  usePlansStore.setState({ lastImport: outcome });
  return outcome;
}

/** 导入规划 from a file: a file over the limit is refused before it is read. */
export async function importPlanFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    const outcome: ImportOutcome = {
      ok: false,
      fileName: file.name,
      problems: [t(stateMessages.importTooLarge, { size: (file.size / 1024 / 1024).toFixed(1), max: MAX_PLAN_FILE_BYTES / 1024 / 1024 })],
    };
    usePlansStore.setState({ lastImport: outcome });
    return outcome;
  }
  const decoded = await readFileDecoded(file);
  if (!decoded.ok) {
    const outcome: ImportOutcome = { ok: false, fileName: file.name, problems: [decoded.error] };
    usePlansStore.setState({ lastImport: outcome });
    return outcome;
  }
  return importPlanText(decoded.text, file.name);
}

/** 复制为草稿: a copy of any plan (built-in or own) as the planner's draft, under free ids. */
export function copyAsDraft(planId: string): Plan | undefined {
  const source = planCatalog().plans.find((p) => p.group.id === planId);
  if (!source) return undefined;
  const { builtin: _b, ...group } = source.group;
  void _b;
  const draft: Plan = { group: { ...withSuffix(group, planDataMessages.draftSuffix), draft: true }, elements: source.elements };
  const taken = takenIds();
  const { plan } = withFreeIds(draft, taken.plans, taken.elements);
  dispatchPlans({ type: 'plans/add', plan });
  return plan;
}

/** 删除 a planner's own plan (a built-in one cannot be deleted); 撤销 brings it back. */
export function removePlan(planId: string): void {
  const plans = usePlansStore.getState().plans;
  const index = plans.findIndex((p) => p.group.id === planId);
  if (index < 0) return;
  usePlansStore.setState({ deleted: { plan: plans[index], index } });
  dispatchPlans({ type: 'plans/remove', id: planId });
}

export function undoRemove(): void {
  const deleted = usePlansStore.getState().deleted;
  if (!deleted) return;
  usePlansStore.setState({ deleted: null });
  dispatchPlans({ type: 'plans/restore', plan: deleted.plan, index: deleted.index });
}

/** 发布 a draft: it becomes a plan in force (in server mode, everyone's at once). */
export function publishPlan(planId: string): void {
  if (!usePlansStore.getState().plans.some((p) => p.group.id === planId && p.group.draft)) return;
  dispatchPlans({ type: 'plans/publish', id: planId });
}
