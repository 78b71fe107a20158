/**
 * The planner's state and every change to it as a record (kepler.gl's model): the selection, the
 * layers shown and their opacities, the fill, the comparison's sides and the quota view. Each
 * action is applied by a pure updater (plannerUpdate); the store (plannerState.ts) runs it and
 * tells its listeners (the URL, the planner map's camera) which action changed what.
 */
import { updaterTable } from '../../lib/actionStream';
import type { Measure } from '../../quotas/choropleth';
import type { Metric, Year } from '../../quotas/model';
import type { PlanId } from '../../layouts/types';
import type { UnitName } from '../mapState';

/**
 * What colours the towns: nothing (plain map), the quota choropleth, or a comparison of two
 * layout elements. One owner, so the two never fight over the fill.
 */
export type TownFillMode = 'none' | 'quota' | 'compare';

/** What the quota choropleth shows: which metric, which measure, which year. */
export interface QuotaView {
  field: Metric;
  measure: Measure;
  year: Year;
}

/** A side of a comparison: one element id, or 'plan:<planId>' for a whole layout. */
export interface CompareSides {
  a: string;
  b: string;
}

export interface PlannerState {
  /** Selected units; the first is the one the detail panel shows. */
  selected: UnitName[];
  /**
   * The last "show me these units" request (search, links, panel clicks; not map clicks), numbered so
   * that asking for the same units again is a change its listeners hear. The planner map's camera
   * follows the zoom actions heard while it is mounted (plannerStore.ts), so an old request never
   * replays on a new map.
   */
  zoomRequest: { names: UnitName[]; seq: number } | null;
  /** Touch multi-select (the 多选 toggle): a tap on the map adds or removes a unit, as Shift-click does. */
  multiSelect: boolean;
  /** Ids of the layout elements drawn on the map. */
  visible: string[];
  opacity: Record<PlanId, number>;
  fillMode: TownFillMode;
  compare: CompareSides;
  quotaView: QuotaView;
  /** The layout element whose info card is open, if any. */
  card: string | null;
  /** The spatial query: "units within N km" of the first selected unit, and the last point clicked on the map. */
  query: { radiusKm: number; lastClick: { lonLat: [number, number]; units: UnitName[] } | null };
}

export const DEFAULT_OPACITY: Record<PlanId, number> = { plan2018: 0.8, fyp14: 0.8, pianqu: 0.7, platforms: 0.8 };
/** The opacity of a plan group not listed above (a planner's own plan). */
export const DEFAULT_GROUP_OPACITY = 0.8;

export const initialPlannerState = (): PlannerState => ({
  selected: [],
  zoomRequest: null,
  multiSelect: false,
  visible: [],
  opacity: { ...DEFAULT_OPACITY },
  fillMode: 'none',
  compare: { a: 'plan:plan2018', b: 'plan:fyp14' },
  quotaView: { field: 'discovery', measure: 'quota', year: 2025 },
  card: null,
  query: { radiusKm: 5, lastClick: null },
});

/** A link, back or forward, checked (unknown names dropped) before it is dispatched. */
export interface LocationValues {
  selected: UnitName[];
  visible: string[];
  fillMode: TownFillMode;
  /** Only when the link names a valid one; otherwise the current one stays. */
  quotaView?: QuotaView;
  compare?: CompareSides;
}

export type PlannerAction =
  /** Selects one unit; with `zoom`, the map frames it (search, panels; not map clicks). */
  | { type: 'selection/select'; unit: UnitName; zoom?: boolean }
  /** Adds the unit to the selection, or takes it out (Shift-click, 多选). */
  | { type: 'selection/toggle'; unit: UnitName }
  | { type: 'selection/set'; units: UnitName[] }
  | { type: 'selection/clear' }
  /** Asks the map for these units (a new request, so it moves even to the same units again). */
  | { type: 'selection/zoomTo'; units: UnitName[] }
  | { type: 'selection/setMultiSelect'; on: boolean }
  | { type: 'layers/toggle'; id: string }
  | { type: 'layers/set'; ids: string[] }
  | { type: 'layers/setMany'; ids: string[]; on: boolean }
  | { type: 'layers/showOnly'; id: string }
  | { type: 'layers/allOff' }
  | { type: 'layers/setOpacity'; plan: PlanId; value: number }
  | { type: 'fill/setMode'; mode: TownFillMode }
  | { type: 'compare/setSide'; side: 'a' | 'b'; value: string }
  | { type: 'quotaView/set'; view: Partial<QuotaView> }
  /** Opens a layout element's info card (a marker, the layer list, search, the town's memberships). */
  | { type: 'card/open'; id: string }
  | { type: 'card/close' }
  /** Kept between 0 and 100 km (not a number: 0). */
  | { type: 'query/setRadius'; km: number }
  /** A point clicked on the map and the units under it. */
  | { type: 'query/click'; lonLat: [number, number]; units: UnitName[] }
  /** What a link (or back, forward) describes, as the URL listener checked it. */
  | { type: 'location/apply'; location: LocationValues };

export type PlannerActionType = PlannerAction['type'];

const nextZoom = (s: PlannerState, names: UnitName[]) => ({ names: [...names], seq: (s.zoomRequest?.seq ?? 0) + 1 });
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** The list, or the state's own when nothing changed (so an action that changes nothing reaches no listener). */
const list = (current: string[], next: string[]) => (sameList(current, next) ? current : next);

function withList<K extends 'selected' | 'visible'>(s: PlannerState, key: K, next: string[]): PlannerState {
  const value = list(s[key], next);
  return value === s[key] ? s : { ...s, [key]: value };
}

export const plannerUpdate = updaterTable<PlannerState, PlannerAction>({
  'selection/select': (s, { unit, zoom }) => {
    const selected = list(s.selected, [unit]);
    if (!zoom && selected === s.selected) return s;
    return { ...s, selected, zoomRequest: zoom ? nextZoom(s, [unit]) : s.zoomRequest };
  },
  'selection/toggle': (s, { unit }) => withList(s, 'selected', s.selected.includes(unit) ? s.selected.filter((n) => n !== unit) : [...s.selected, unit]),
  'selection/set': (s, { units }) => withList(s, 'selected', [...new Set(units)]),
  'selection/clear': (s) => withList(s, 'selected', []),
  'selection/zoomTo': (s, { units }) => ({ ...s, zoomRequest: nextZoom(s, units) }),
  'selection/setMultiSelect': (s, { on }) => (s.multiSelect === on ? s : { ...s, multiSelect: on }),
  'layers/toggle': (s, { id }) => withList(s, 'visible', s.visible.includes(id) ? s.visible.filter((v) => v !== id) : [...s.visible, id]),
  'layers/set': (s, { ids }) => withList(s, 'visible', [...new Set(ids)]),
  'layers/setMany': (s, { ids, on }) => withList(s, 'visible', on ? [...new Set([...s.visible, ...ids])] : s.visible.filter((v) => !ids.includes(v))),
  'layers/showOnly': (s, { id }) => withList(s, 'visible', [id]),
  'layers/allOff': (s) => withList(s, 'visible', []),
  'layers/setOpacity': (s, { plan, value }) => {
    const v = Math.min(1, Math.max(0, value));
    return s.opacity[plan] === v ? s : { ...s, opacity: { ...s.opacity, [plan]: v } };
  },
  'fill/setMode': (s, { mode }) => (s.fillMode === mode ? s : { ...s, fillMode: mode }),
  'compare/setSide': (s, { side, value }) => (s.compare[side] === value ? s : { ...s, compare: { ...s.compare, [side]: value } }),
  'quotaView/set': (s, { view }) => {
    const next = { ...s.quotaView, ...view };
    const same = next.field === s.quotaView.field && next.measure === s.quotaView.measure && next.year === s.quotaView.year;
    return same ? s : { ...s, quotaView: next };
  },
  'card/open': (s, { id }) => (s.card === id ? s : { ...s, card: id }),
  'card/close': (s) => (s.card === null ? s : { ...s, card: null }),
  'query/setRadius': (s, { km }) => {
    const radiusKm = Number.isFinite(km) && km >= 0 ? Math.min(km, 100) : 0;
    return s.query.radiusKm === radiusKm ? s : { ...s, query: { ...s.query, radiusKm } };
  },
  'query/click': (s, { lonLat, units }) => ({ ...s, query: { ...s.query, lastClick: { lonLat, units: [...units] } } }),
  'location/apply': (s, { location }) => {
    let next = withList(withList(s, 'selected', [...new Set(location.selected)]), 'visible', [...new Set(location.visible)]);
    next = plannerUpdate(next, { type: 'fill/setMode', mode: location.fillMode });
    if (location.quotaView) next = plannerUpdate(next, { type: 'quotaView/set', view: location.quotaView });
    if (location.compare) {
      next = plannerUpdate(next, { type: 'compare/setSide', side: 'a', value: location.compare.a });
      next = plannerUpdate(next, { type: 'compare/setSide', side: 'b', value: location.compare.b });
    }
    return next;
  },
});

/**
 * The actions that change what a link shares (selection, layers, fill, the quota view, the
 * comparison): the URL is written after these and no others.
 */
const SHAREABLE: ReadonlySet<PlannerActionType> = new Set<PlannerActionType>([
  'selection/select',
  'selection/toggle',
  'selection/set',
  'selection/clear',
  'layers/toggle',
  'layers/set',
  'layers/setMany',
  'layers/showOnly',
  'layers/allOff',
  'fill/setMode',
  'compare/setSide',
  'quotaView/set',
  'location/apply',
]);

export function changesLink(action: PlannerAction): boolean {
  return SHAREABLE.has(action.type);
}

/** Replays a log of actions from a state: the same log gives the same state. */
export function replayPlanner(initial: PlannerState, log: readonly PlannerAction[]): PlannerState {
  return log.reduce(plannerUpdate, initial);
}
