import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { GeoContext } from './app/GeoContext';
import { loadAppGeo } from './geo/loadAppGeo';
import { startUrlSync } from './state/urlSync';
import './styles/app.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const geo = await loadAppGeo();
    startUrlSync({ isKnownLayer: () => false });
    root.render(
      <StrictMode>
        <GeoContext.Provider value={geo}>
          <App />
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
