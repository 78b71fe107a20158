import './app/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { GeoContext } from './app/GeoContext';
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
  let geo: Awaited<ReturnType<typeof loadAppGeo>>;
  try {
    geo = await loadAppGeo();
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
        <GeoContext.Provider value={geo}>
          <Root />
        </GeoContext.Provider>
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
