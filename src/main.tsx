import './app/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { GeoContext } from './app/GeoContext';
import { loadAppGeo } from './geo/loadAppGeo';
import { elementById } from './layouts/queries';
import { initQuotaPersistence } from './quotas/persistence';
import { useNoticeStore } from './state/noticeStore';
import { townFillParams } from './state/shareableParams';
import { startUrlSync } from './state/urlSync';
import './styles/app.css';
import { exposeExportProbe } from './export/probe'; // TEMP-EXPORT
import { ExportMenu } from './export/ExportMenu'; // TEMP-EXPORT

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const geo = await loadAppGeo();
    const quotaNotice = initQuotaPersistence({
      onSaveError: (message) => useNoticeStore.getState().notify('error', message),
    });
    if (quotaNotice) useNoticeStore.getState().notify('warning', quotaNotice);
    startUrlSync({ isKnownLayer: (id) => elementById(id) !== undefined, extraParams: [townFillParams] });
    exposeExportProbe(); // TEMP-EXPORT
    { const el = document.createElement('div'); el.style.cssText = 'position:fixed;top:2px;right:4px;z-index:50;background:#1f2d3d;padding:4px'; document.body.appendChild(el); createRoot(el).render(<ExportMenu />); } // TEMP-EXPORT
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
