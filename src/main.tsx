import './app/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { GeoContext } from './app/GeoContext';
import { loadAppGeo } from './geo/loadAppGeo';
import { elementById } from './layouts/queries';
import { mayHaveSavedQuotas } from './quotas/storageKey';
import { useNoticeStore } from './state/noticeStore';
import { townFillParams } from './state/shareableParams';
import { startUrlSync } from './state/urlSync';
import './styles/app.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    // Saved quotas (and the schemas that check them) are read before the first frame only when
    // there are some; on a first visit they load after it, and the defaults are drawn meanwhile.
    const persistence = () => import('./quotas/persistence');
    const savedFirst = mayHaveSavedQuotas();
    const [geo, early] = await Promise.all([loadAppGeo(), savedFirst ? persistence() : null]);
    const startPersistence = ({ initQuotaPersistence }: Awaited<ReturnType<typeof persistence>>) => {
      const quotaNotice = initQuotaPersistence({
        onSaveError: (message) => useNoticeStore.getState().notify('error', message),
      });
      if (quotaNotice) useNoticeStore.getState().notify('warning', quotaNotice);
    };
    if (early) startPersistence(early);
    else setTimeout(() => void persistence().then(startPersistence), 0);
    startUrlSync({ isKnownLayer: (id) => elementById(id) !== undefined, extraParams: [townFillParams] });
    void import('./export/probe').then(({ exposeExportProbe }) => exposeExportProbe(geo));
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
