import { TOWN_NAMES } from '../towns/townFacts';
import { useLayerStore } from './layerStore';
import { useNoticeStore } from './noticeStore';
import { formatHash, parseHash, splitList, type LocationState } from './route';
import { useRouteStore } from './routeStore';
import { useSelectionStore } from './selectionStore';

export interface UrlSyncOptions {
  isKnownLayer: (id: string) => boolean;
  /** Extra shareable parameters owned by other stores (e.g. the quota view). */
  extraParams?: {
    read: () => Record<string, string>;
    apply: (params: Record<string, string>) => void;
    subscribe: (listener: () => void) => () => void;
  }[];
}

function knownTowns(names: string[], what: string): string[] {
  const unknown = names.filter((n) => !TOWN_NAMES.includes(n));
  if (unknown.length > 0) {
    useNoticeStore.getState().notify('warning', `链接中的${what}“${unknown.join('、')}”不是东莞的镇街名称，已忽略。`);
  }
  return names.filter((n) => TOWN_NAMES.includes(n));
}

/** Puts the state a link describes into the stores; unknown names are dropped with a notice. */
export function applyLocation(location: LocationState, options: UrlSyncOptions): void {
  const { route, params } = location;
  if (route.mode === 'present' || route.mode === 'console') {
    // Presenter mode keeps the planner's state to restore it on leaving; the slide sets the rest.
    useRouteStore.getState().navigate(route);
    return;
  }
  if (route.mode === 'town' && knownTowns([route.town], '镇街').length === 0) {
    useRouteStore.getState().navigate({ mode: 'map' });
  } else {
    useRouteStore.getState().navigate(route);
  }
  useSelectionStore.getState().setSelection(knownTowns(splitList(params.town), '镇街'));
  const layers = splitList(params.layers);
  const unknownLayers = layers.filter((id) => !options.isKnownLayer(id));
  if (unknownLayers.length > 0) {
    useNoticeStore.getState().notify('warning', `链接中的图层“${unknownLayers.join('、')}”不存在，已忽略。`);
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
  let writing = false;
  applyLocation(parseHash(win.location.hash), options);

  const write = () => {
    if (writing) return;
    const next = formatHash(currentLocation(options));
    if (next === win.location.hash) return;
    const modeChanged = parseHash(win.location.hash).route.mode !== useRouteStore.getState().route.mode;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    if (modeChanged) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const onHashChange = () => {
    writing = true;
    try {
      applyLocation(parseHash(win.location.hash), options);
    } finally {
      writing = false;
    }
  };
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('popstate', onHashChange);
  const unsubscribers = [
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
