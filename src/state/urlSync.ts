import { matchTown } from '../quotas/townMatch';
import { useLayerStore } from './layerStore';
import { quoteUserText, useNoticeStore } from './noticeStore';
import { formatHash, parseHash, splitList, type LocationState } from './route';
import { useRouteStore } from './routeStore';
import { useSelectionStore } from './selectionStore';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

export interface UrlSyncOptions {
  isKnownLayer: (id: string) => boolean;
  /** Extra shareable parameters owned by other stores (e.g. the quota view). */
  extraParams?: {
    read: () => Record<string, string>;
    apply: (params: Record<string, string>) => void;
    subscribe: (listener: () => void) => () => void;
  }[];
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

/** Puts the state a link describes into the stores; unknown names are dropped with a notice. */
export function applyLocation(location: LocationState, options: UrlSyncOptions): void {
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
  useSelectionStore.getState().setSelection(knownTowns(splitList(params.town), t(stateMessages.linkWhatTown)));
  const layers = splitList(params.layers);
  const unknownLayers = layers.filter((id) => !options.isKnownLayer(id));
  if (unknownLayers.length > 0) {
    const shown = unknownLayers.slice(0, 3).map((n) => quoteUserText(n)).join(t(stateMessages.listJoin));
    const more = unknownLayers.length > 3 ? t(stateMessages.linkMore, { count: unknownLayers.length }) : '';
    useNoticeStore.getState().notify('warning', t(stateMessages.linkUnknownLayers, { shown, more }));
  }
  useLayerStore.getState().setVisible(layers.filter(options.isKnownLayer));
  for (const extra of options.extraParams ?? []) extra.apply(params);
}

/** The shareable state as a location: route, selection, visible layers and extra parameters. */
export function currentLocation(options: UrlSyncOptions): LocationState {
  const route = useRouteStore.getState().route;
  // A slide defines what presenter mode shows, so its link is just the slide number.
  if (route.mode === 'present' || route.mode === 'console') return { route, params: {} };
  const params: Record<string, string> = {};
  const { selected } = useSelectionStore.getState();
  if (selected.length > 0) params.town = selected.join(',');
  const { visible } = useLayerStore.getState();
  if (visible.length > 0) params.layers = visible.join(',');
  for (const extra of options.extraParams ?? []) Object.assign(params, extra.read());
  return { route, params };
}

/** Keeps window.location.hash and the stores in step, both ways. Returns a stop function. */
export function startUrlSync(options: UrlSyncOptions, win: Window = window): () => void {
  applyLocation(parseHash(win.location.hash), options);

  // The URL is a listener of the stores: it writes whatever they hold. A location being applied
  // (a link, back or forward) is written back as applied — unknown names dropped — with no flag;
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
    const next = formatHash(currentLocation(options));
    if (next === win.location.hash) return;
    const modeChanged = parseHash(win.location.hash).route.mode !== useRouteStore.getState().route.mode;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    if (modeChanged) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const onHashChange = () => applyLocation(parseHash(win.location.hash), options);
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('popstate', onHashChange);
  const screenOf = (route: LocationState['route']) => JSON.stringify(route.mode === 'present' ? { mode: 'present' } : route);
  const unsubscribers = [
    // Notices belong to the screen that raised them: a new screen starts without the old ones.
    useRouteStore.subscribe((s, prev) => screenOf(s.route) !== screenOf(prev.route) && useNoticeStore.getState().clear()),
    useSelectionStore.subscribe((s, prev) => s.selected !== prev.selected && write()),
    useLayerStore.subscribe((s, prev) => s.visible !== prev.visible && write()),
    useRouteStore.subscribe(write),
    ...(options.extraParams ?? []).map((extra) => extra.subscribe(write)),
  ];
  write();
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('popstate', onHashChange);
    unsubscribers.forEach((u) => u());
  };
}
