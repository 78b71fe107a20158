import './app/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { GeoProvider } from './app/GeoProvider';
import { loadSavedBoundaries } from './boundaries/savedBoundaries';
import { decodeGeo } from './geo/geoData';
import { loadAppGeo } from './geo/loadAppGeo';
import { elementById } from './layouts/queries';
import { initQuotaPersistence } from './quotas/persistence';
import { startSharedSource } from './quotas/shared/sharedSource';
import { useNoticeStore } from './state/noticeStore';
import { townFillParams } from './state/shareableParams';
import { startUrlSync } from './state/urlSync';
import { exposeExportProbe } from './export/probe';
import './styles/app.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // With a server the quotas are the shared record; without one (the static bundle) this browser's.
  const sharedMode = startSharedSource({ notify: (level, text) => useNoticeStore.getState().notify(level, text) });
  let defaultGeo: Awaited<ReturnType<typeof loadAppGeo>>;
  let geo: Awaited<ReturnType<typeof loadAppGeo>>;
  try {
    const [loaded, imported] = await Promise.all([loadAppGeo(), loadSavedBoundaries()]);
    if (imported.notice) useNoticeStore.getState().notify('warning', imported.notice);
    defaultGeo = loaded;
    geo = imported.saved ? decodeGeo(imported.saved.topology, imported.saved.meta) : defaultGeo;
  } catch (error) {
    root.render(
      <div className="fatal" role="alert">
        地图数据无法加载：{(error as Error).message}
      </div>,
    );
    return;
  }
  try {
    const shared = await sharedMode;
    if (!shared) {
      const quotaNotice = initQuotaPersistence({
        onSaveError: (message) => useNoticeStore.getState().notify('error', message),
      });
      if (quotaNotice) useNoticeStore.getState().notify('warning', quotaNotice);
    }
    startUrlSync({ isKnownLayer: (id) => elementById(id) !== undefined, extraParams: [townFillParams] });
    exposeExportProbe(geo);
    root.render(
      <StrictMode>
        <GeoProvider defaultGeo={defaultGeo} initialGeo={geo}>
          <Root />
        </GeoProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <div className="fatal" role="alert">
        程序无法启动：{(error as Error).message}
      </div>,
    );
  }
}

void start();
