import { matchTown } from '../quotas/townMatch';
import { quoteUserText, useNoticeStore } from './noticeStore';
import { formatHash, parseHash, splitList, type LocationState } from './route';
import { useRouteStore } from './routeStore';
import { changesLink } from './screens/plannerActions';
import { appPlannerState, type PlannerStateStore } from './screens/plannerState';
import { fillParams, parseFillParams } from './shareableParams';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

export interface UrlSyncOptions {
  isKnownLayer: (id: string) => boolean;
}

/** The full names of the units a link names, accepting short names ('长安'); unknown names get a notice. */
function knownTowns(names: string[], what: string): string[] {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const match = matchTown(name);
    if (match.town) {
      if (!known.includes(match.town)) known.push(match.town);
    } else unknown.push(name);
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((n) => quoteUserText(n)).join(t(stateMessages.listJoin));
    const more = unknown.length > 3 ? t(stateMessages.linkMore, { count: unknown.length }) : '';
    useNoticeStore.getState().notify('warning', t(stateMessages.linkUnknownTowns, { what, shown, more }));
  }
  return known;
}

/**
 * Opens the screen a link names and dispatches the planner state it describes as one
 * 'location/apply' action (origin 'url'); unknown names are dropped with a notice.
 */
export function applyLocation(location: LocationState, options: UrlSyncOptions, planner: PlannerStateStore = appPlannerState): void {
  const { route, params } = location;
  // After navigating (a new screen clears the old screen's notices).
  const sayProblem = () => location.problem && useNoticeStore.getState().notify('warning', location.problem);
  if (route.mode === 'present' || route.mode === 'console') {
    // Presenter mode keeps the planner's state to restore it on leaving; the slide sets the rest.
    useRouteStore.getState().navigate(route);
    sayProblem();
    return;
  }
  if (route.mode === 'town') {
    // Navigate before any notice is raised: a new screen clears the old screen's notices.
    const town = matchTown(route.town).town;
    useRouteStore.getState().navigate(town ? { mode: 'town', town } : { mode: 'map' });
    if (!town) knownTowns([route.town], t(stateMessages.linkWhatTown));
  } else {
    useRouteStore.getState().navigate(route);
    sayProblem();
  }
  const selected = knownTowns(splitList(params.town), t(stateMessages.linkWhatTown));
  const layers = splitList(params.layers);
  const unknownLayers = layers.filter((id) => !options.isKnownLayer(id));
  if (unknownLayers.length > 0) {
    const shown = unknownLayers.slice(0, 3).map((n) => quoteUserText(n)).join(t(stateMessages.listJoin));
    const more = unknownLayers.length > 3 ? t(stateMessages.linkMore, { count: unknownLayers.length }) : '';
    useNoticeStore.getState().notify('warning', t(stateMessages.linkUnknownLayers, { shown, more }));
  }
  const fill = parseFillParams(params, (text) => useNoticeStore.getState().notify('warning', text));
  planner.dispatch({ type: 'location/apply', location: { selected, visible: layers.filter(options.isKnownLayer), ...fill } }, 'url');
}

/** The shareable state as a location: route, selection, visible layers and the fill. */
export function currentLocation(planner: PlannerStateStore = appPlannerState): LocationState {
  const route = useRouteStore.getState().route;
  // A slide defines what presenter mode shows, so its link is just the slide number.
  if (route.mode === 'present' || route.mode === 'console') return { route, params: {} };
  const params: Record<string, string> = {};
  const state = planner.getState();
  if (state.selected.length > 0) params.town = state.selected.join(',');
  if (state.visible.length > 0) params.layers = state.visible.join(',');
  Object.assign(params, fillParams(state));
  return { route, params };
}

/**
 * Keeps window.location.hash and the planner state in step, both ways: a link, back or forward is
 * dispatched as a 'location/apply' action; the URL listens to the planner's actions and is written
 * after each one that changes what a link shares (and after each navigation). Returns a stop function.
 */
export function startUrlSync(options: UrlSyncOptions, win: Window = window, planner: PlannerStateStore = appPlannerState): () => void {
  applyLocation(parseHash(win.location.hash), options, planner);

  // A location being applied is written back as applied — unknown names dropped — with no flag;
  // the history entry is replaced, so nothing is added to it. A failing write is reported and the
  // next change writes again.
  const write = () => {
    try {
      writeNow();
    } catch (error) {
      console.error('URL not updated', error);
    }
  };
  const writeNow = () => {
    const next = formatHash(currentLocation(planner));
    if (next === win.location.hash) return;
    const modeChanged = parseHash(win.location.hash).route.mode !== useRouteStore.getState().route.mode;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    if (modeChanged) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const onHashChange = () => applyLocation(parseHash(win.location.hash), options, planner);
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('popstate', onHashChange);
  const screenOf = (route: LocationState['route']) => JSON.stringify(route.mode === 'present' ? { mode: 'present' } : route);
  const unsubscribers = [
    // Notices belong to the screen that raised them: a new screen starts without the old ones.
    useRouteStore.subscribe((s, prev) => screenOf(s.route) !== screenOf(prev.route) && useNoticeStore.getState().clear()),
    planner.listen('url', ({ action }) => changesLink(action) && write()),
    // Navigation is the route store's (shared by every screen), not a planner action.
    useRouteStore.subscribe(write),
  ];
  write();
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('popstate', onHashChange);
    unsubscribers.forEach((u) => u());
  };
}
