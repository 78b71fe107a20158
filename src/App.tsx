import { useMemo } from 'react';
import { MapPane } from './map/MapPane';
import { EMPTY_OVERLAYS } from './map/overlaySpec';
import { Notices } from './panels/Notices';
import { SearchBox } from './panels/SearchBox';
import { SpatialQueryPanel } from './panels/SpatialQueryPanel';
import { Tabs, type TabDefinition } from './panels/Tabs';
import { TownDetailPanel } from './panels/TownDetailPanel';
import { useGeo } from './app/GeoContext';

export function App() {
  const geo = useGeo();
  const tabs: TabDefinition[] = useMemo(
    () => [
      {
        id: 'town',
        label: '镇街',
        render: () => (
          <>
            <TownDetailPanel />
            <SpatialQueryPanel />
          </>
        ),
      },
    ],
    [],
  );
  return (
    <div className="app">
      <header className="app-header">
        <h1>东莞规划布局图</h1>
        <SearchBox />
        <span className="header-note">{geo.meta.towns.length} 个镇街 · 边界为示意</span>
      </header>
      <Notices />
      <main className="app-main">
        <MapPane overlays={EMPTY_OVERLAYS} />
        <aside className="side-panel">
          <Tabs tabs={tabs} label="面板" />
        </aside>
      </main>
    </div>
  );
}
