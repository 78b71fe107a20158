import { lazy, Suspense, useState } from 'react';
import { useStore } from 'zustand';
import { ErrorBoundary } from './app/ErrorBoundary';
import { useGeo } from './app/GeoContext';
import { ExportMenu } from './export/ExportMenu';
import { useLayoutOverlays } from './map/layers/useLayoutOverlays';
import { MapPane } from './map/MapPane';
import { usePlannerScreen } from './modes/planner/usePlannerScreen';
import { ComparePanel } from './panels/layers/ComparePanel';
import { InfoCard } from './panels/layers/InfoCard';
import { LayerPanel } from './panels/layers/LayerPanel';
import { TownMemberships } from './panels/layers/TownMemberships';
import { MapLegends } from './panels/MapLegends';
import { Notices } from './panels/Notices';
import { QuotaControls } from './panels/quotas/QuotaControls';
import { QuotaSummary } from './panels/quotas/QuotaSummary';
import { TownQuotaSummary } from './panels/quotas/TownQuotaSummary';
import { SearchBox } from './panels/SearchBox';
import { SpatialQueryPanel } from './panels/SpatialQueryPanel';
import { Tabs, type TabDefinition } from './panels/Tabs';
import { TownDetailPanel } from './panels/TownDetailPanel';
import { useInfoCardStore } from './state/infoCardStore';
import { useRouteStore } from './state/routeStore';
import { useTownFillStore } from './state/townFillStore';

// Loaded when the 指标 tab is first opened, not before the first frame.
const QuotaImportDialog = lazy(() => import('./panels/quotas/QuotaImportDialog').then((m) => ({ default: m.QuotaImportDialog })));
const QuotaTable = lazy(() => import('./panels/quotas/QuotaTable').then((m) => ({ default: m.QuotaTable })));

/** The planner's screen: map, search, and the side panel with the town, layer and quota tabs. */
export function App() {
  const geo = useGeo();
  const overlays = useLayoutOverlays();
  const openCard = useInfoCardStore((s) => s.open);
  const navigate = useRouteStore((s) => s.navigate);
  const [panelOpen, setPanelOpen] = useState(true);
  const planner = usePlannerScreen(openCard);
  const hover = useStore(planner.store, (s) => s.hover);
  const fitCity = useStore(planner.store, (s) => s.fitCity);
  const tabs: TabDefinition[] = [
    {
      id: 'town',
      label: '镇街',
      render: () => (
        <>
          <ErrorBoundary what="镇街面板">
          <TownDetailPanel onOpenTownView={(town) => navigate({ mode: 'town', town })}>
            {(town) => (
              <>
                <TownMemberships town={town} />
                <TownQuotaSummary town={town} />
              </>
            )}
          </TownDetailPanel>
          </ErrorBoundary>
          <ErrorBoundary what="空间查询">
            <SpatialQueryPanel />
          </ErrorBoundary>
        </>
      ),
    },
    {
      id: 'layers',
      label: '图层',
      render: () => (
        <>
          <ErrorBoundary what="图层面板">
            <LayerPanel />
            <ComparePanel />
          </ErrorBoundary>
        </>
      ),
    },
    {
      id: 'quotas',
      label: '指标',
      // Opening the quota tab shows the choropleth, so edits in the table show on the map at once.
      onActivate: () => {
        if (useTownFillStore.getState().mode === 'none') useTownFillStore.getState().setMode('quota');
      },
      render: () => (
        <>
          <ErrorBoundary what="指标面板">
            <QuotaControls />
            <QuotaSummary />
            <Suspense fallback={<p className="hint">正在载入……</p>}>
              <QuotaImportDialog />
              <QuotaTable />
            </Suspense>
          </ErrorBoundary>
        </>
      ),
    },
  ];
  return (
    <div className="app">
      <header className="app-header">
        <h1>东莞规划布局图</h1>
        <SearchBox />
        <ExportMenu state={planner.state} />
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'present', slide: 1 })}>
          汇报模式
        </button>
        <span className="header-note">{geo.meta.towns.length} 个镇街 · 边界为示意</span>
      </header>
      <Notices />
      <main className="app-main">
        <div className="map-area">
          <ErrorBoundary what="地图">
            <MapPane overlays={overlays} state={planner.state} onClick={planner.onClick} onHover={hover} onCityButton={fitCity} />
            <MapLegends state={planner.state} />
          </ErrorBoundary>
          <ErrorBoundary what="图层说明卡片">
            <InfoCard />
          </ErrorBoundary>
        </div>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((open) => !open)}
          title={panelOpen ? '收起面板，地图铺满窗口' : '展开面板'}
        >
          {panelOpen ? '›' : '‹'}
        </button>
        <aside className="side-panel" id="side-panel" hidden={!panelOpen}>
          <Tabs tabs={tabs} label="面板" />
        </aside>
      </main>
    </div>
  );
}
