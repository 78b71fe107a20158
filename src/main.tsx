import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { GeoContext } from './app/GeoContext';
import { loadAppGeo } from './geo/loadAppGeo';
import { elementById } from './layouts/queries';
import { startUrlSync } from './state/urlSync';
import './styles/app.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const geo = await loadAppGeo();
    startUrlSync({ isKnownLayer: (id) => elementById(id) !== undefined });
    root.render(
      <StrictMode>
        <GeoContext.Provider value={geo}>
          <Root />
        </GeoContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <div className="fatal" role="alert">
        地图数据无法加载：{(error as Error).message}
      </div>,
    );
  }
}

void start();
