import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ErrorBoundary } from './app/ErrorBoundary';
import { preloadableAfterFirstCommit, useFirstCommitDone } from './app/afterFirstCommit';
import { boundaryLabel, useGeo } from './app/GeoContext';
import { NARROW_QUERY, useMediaQuery } from './app/useMediaQuery';
import { usePlanner, usePlannerStateStore } from './state/screens/plannerState';
import { NO_PADDING } from './state/mapState';
import { coveredByHalfSheet } from './state/screens/plannerStore';
import { useLayoutOverlays } from './map/layers/useLayoutOverlays';
import { usePlannerScreen } from './modes/planner/usePlannerScreen';
import { afterFirstIdle } from './map/probe';
import { PlannerExportMenu, PlannerMapArea } from './modes/planner/PlannerMapArea';
import { SearchBox } from './panels/SearchBox';
import { ServerBadge } from './panels/shared/ServerBadge';
import { Tabs, type TabDefinition } from './panels/Tabs';
import { useRouteStore } from './state/routeStore';
import { ensurePlansLoaded } from './state/plansStore';
import { appMessages } from './i18n/catalogue/app';
import { useT, type Message } from './i18n/messages';
import { LanguageSwitch } from './panels/LanguageSwitch';

/** On a phone the side panel is a bottom sheet over the map: peek (its tabs), half, full. */
type SheetState = 'peek' | 'half' | 'full';
const SHEET_LABELS: Record<SheetState, Message> = { peek: appMessages.sheetPeek, half: appMessages.sheetHalf, full: appMessages.sheetFull };
const NEXT_SHEET: Record<SheetState, SheetState> = { peek: 'half', half: 'full', full: 'peek' };

// The side panel's tab contents: the open tab's loads once the planner's first render is committed
// (its map's first frame drawn): until then the tab list is there and the tab's panel is empty, in
// its place. The other tabs (and the town tab's parts for a chosen unit) load once the map is first
// idle, as they are not in the first view, or when opened before that; once loaded, a tab opens
// without an empty frame.
type PlannerTabId = 'town' | 'layers' | 'quotas';
const TAB_CONTENTS: Record<PlannerTabId, ReturnType<typeof preloadableAfterFirstCommit<object>>> = {
  town: preloadableAfterFirstCommit(() => import('./modes/planner/tabs/TownTab').then((m) => m.TownTab)),
  layers: preloadableAfterFirstCommit(() => import('./modes/planner/tabs/LayersTab').then((m) => m.LayersTab)),
  quotas: preloadableAfterFirstCommit(() => import('./modes/planner/tabs/QuotasTab').then((m) => m.QuotasTab)),
};
const TAB_NAMES: Record<PlannerTabId, Message> = { town: appMessages.townPanel, layers: appMessages.layerPanel, quotas: appMessages.quotaPanel };
function LazyTab({ tab }: { tab: PlannerTabId }) {
  const t = useT();
  const { Component } = TAB_CONTENTS[tab];
  // A tab whose module cannot be loaded (the network dropped, a release removed it) says so in its
  // panel; the map and the other tabs stay.
  return (
    <ErrorBoundary key={tab} what={t(TAB_NAMES[tab])}>
      <Suspense fallback={null}>
        <Component />
      </Suspense>
    </ErrorBoundary>
  );
}
// The 边界 tab (Shapefile and zip readers) loads when opened.
const BoundaryPanel = lazy(() => import('./panels/boundaries/BoundaryPanel').then((m) => ({ default: m.BoundaryPanel })));

/** The planner's screen: map, search, and the side panel with the town, layer and quota tabs. */
export function App() {
  const t = useT();
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const navigate = useRouteStore((s) => s.navigate);
  const [panelOpen, setPanelOpen] = useState(true);
  const plannerState = usePlannerStateStore();
  const planner = usePlannerScreen((id) => plannerState.dispatch({ type: 'card/open', id }));
  const narrow = useMediaQuery(NARROW_QUERY);
  const [sheet, setSheet] = useState<SheetState>('peek');
  const firstSelected = usePlanner((s) => s.selected[0] ?? null);
  // The planner's own plans (kept in the browser) join the built-in ones on the map.
  useEffect(() => {
    void ensurePlansLoaded();
  }, []);
  // The first render is committed (the map's first frame drawn): the open tab's contents may load.
  useFirstCommitDone();
  useEffect(
    () =>
      afterFirstIdle(() => {
        // A module that fails to load here says so when its tab is opened (its error boundary).
        const quietly = (loading: Promise<unknown>) => void loading.catch(() => {});
        for (const tab of Object.values(TAB_CONTENTS)) quietly(tab.preload());
        quietly(import('./modes/planner/tabs/TownTab').then((m) => m.preloadChosenTownParts()));
      }),
    [],
  );
  // On a phone, choosing a unit raises the sheet from its peek so its details show.
  useEffect(() => {
    if (firstSelected) setSheet((current) => (current === 'peek' ? 'half' : current));
  }, [firstSelected]);
  // On a phone a town is framed above the half-raised sheet (where choosing it puts the sheet).
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const main = mainRef.current;
    const mapArea = main?.querySelector('.map-area');
    if (!main || !mapArea) return;
    const update = () => {
      if (!narrow) return planner.store.getState().setCovered(NO_PADDING, null);
      const map = mapArea.getBoundingClientRect();
      planner.store.getState().setCovered(coveredByHalfSheet(map, main.getBoundingClientRect()), { width: map.width, height: map.height });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(main);
    return () => observer.disconnect();
  }, [narrow, planner.store]);
  const tabs: TabDefinition[] = [
    { id: 'town', label: t(appMessages.tabTown), render: () => <LazyTab tab="town" /> },
    { id: 'layers', label: t(appMessages.tabLayers), render: () => <LazyTab tab="layers" /> },
    {
      id: 'quotas',
      label: t(appMessages.tabQuotas),
      // Opening the quota tab shows the choropleth, so edits in the table show on the map at once.
      onActivate: () => {
        if (plannerState.getState().fillMode === 'none') plannerState.dispatch({ type: 'fill/setMode', mode: 'quota' });
      },
      render: () => <LazyTab tab="quotas" />,
    },
    {
      id: 'boundaries',
      label: t(appMessages.tabBoundaries),
      render: () => (
        <ErrorBoundary what={t(appMessages.boundaryPanel)}>
          <Suspense fallback={<p className="hint">{t(appMessages.loading)}</p>}>
            <BoundaryPanel />
          </Suspense>
        </ErrorBoundary>
      ),
    },
  ];
  const otherScreens = (
    <>
      <a className="header-button" href="#/targets">
        {t(appMessages.targets)}
      </a>
      <a className="header-button" href="#/plans">
        {t(appMessages.plans)}
      </a>
      {narrow ? <LanguageSwitch /> : null}
    </>
  );
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t(appMessages.title)}</h1>
        <SearchBox />
        <PlannerExportMenu store={planner.store} overlays={overlays} />
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'present', slide: 1 })}>
          {t(appMessages.presenterMode)}
        </button>
        {narrow ? (
          // A phone's header keeps its width for the search: the screens a planner opens go under 更多.
          <>
            <ServerBadge />
            <details className="header-more">
              <summary className="header-button">{t(appMessages.more)}</summary>
              <div className="header-more-menu">{otherScreens}</div>
            </details>
          </>
        ) : (
          <>
            {otherScreens}
            <ServerBadge />
            <LanguageSwitch />
          </>
        )}
        <span className="header-note" data-testid="header-boundaries">
          {t(appMessages.headerBoundaries, { count: geo.meta.towns.length, source: boundaryLabel(geo) })}
        </span>
      </header>
      <main className="app-main" ref={mainRef}>
        <PlannerMapArea store={planner.store} overlays={overlays} onClick={planner.onClick} framing={!narrow} />
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((open) => !open)}
          title={t(panelOpen ? appMessages.collapsePanel : appMessages.expandPanel)}
        >
          {panelOpen ? '›' : '‹'}
        </button>
        <aside
          className="side-panel"
          id="side-panel"
          hidden={!narrow && !panelOpen}
          data-sheet={narrow ? sheet : undefined}
          onClick={(event) => {
            // Opening a tab from the peeking sheet raises it, so the tab's content shows.
            if (narrow && sheet === 'peek' && (event.target as HTMLElement).closest('[role="tab"]')) setSheet('half');
          }}
        >
          {narrow && (
            <button
              type="button"
              className="sheet-handle"
              aria-controls="side-panel"
              aria-label={t(appMessages.sheetHandle, { state: t(SHEET_LABELS[sheet]), next: t(SHEET_LABELS[NEXT_SHEET[sheet]]) })}
              onClick={() => setSheet(NEXT_SHEET[sheet])}
            >
              <span className="sheet-grip" aria-hidden />
              {t(SHEET_LABELS[NEXT_SHEET[sheet]])}
            </button>
          )}
          <Tabs tabs={tabs} label={t(appMessages.panel)} />
        </aside>
      </main>
    </div>
  );
}
