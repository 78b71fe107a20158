import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root, preloadScreen } from './Root';
import { GeoProvider } from './app/GeoProvider';
import { startOffline } from './app/offline';
import { loadSavedBoundaries } from './boundaries/savedBoundaries';
import { loadAppGeo } from './geo/loadAppGeo';
import { elementById } from './layouts/queries';
import { checkHealth } from './quotas/shared/earlyHealth';
import { loadServerAccount } from './panels/shared/ServerBadge';
import { setQuotaListenerReport } from './quotas/store';
import { mayHaveSavedQuotas } from './quotas/storageKey';
import { afterFirstIdle } from './map/probe';
import { useNoticeStore } from './state/noticeStore';
import { parseHash } from './state/route';
import { ensurePlansLoaded, usePlansStore } from './state/plansStore';
import { useSharedStore } from './quotas/shared/sharedStore';
import { startUrlSync } from './state/urlSync';
import './styles/app.css';
import { retireEarlyFrame } from './map/firstFrame/earlyFrame';
import { appMessages } from './i18n/catalogue/app';
import { localeOf, t } from './i18n/messages';

type Persistence = typeof import('./quotas/persistence');

function startPersistence({ initQuotaPersistence }: Persistence) {
  const quotaNotice = initQuotaPersistence({
    onSaveError: (message) => useNoticeStore.getState().notify('error', message),
    onLostEdit: (message, takeBack) => useNoticeStore.getState().notify('warning', message, takeBack),
  });
  if (quotaNotice) useNoticeStore.getState().notify('warning', quotaNotice);
}

async function start() {
  // The page's language: screen readers, hyphenation and the browser's own UI follow it.
  document.documentElement.lang = localeOf();
  document.title = t(appMessages.title);
  // A failing listener of the quota actions (saving, the server) is said; the others carry on.
  setQuotaListenerReport((error, listener) => {
    console.error(error);
    useNoticeStore.getState().notify('error', t(appMessages.internalError, { listener, error: error instanceof Error ? error.message : String(error) }));
  });
  preloadScreen(parseHash(window.location.hash).route.mode);
  const root = createRoot(document.getElementById('root')!);
  const notices = useNoticeStore.getState();
  startOffline({ notify: notices.notify, dismiss: notices.dismissText });
  // With a server the plans are the shared record's too, from the moment the server answers (so the
  // browser's own plans, kept for local mode, are not shown in server mode).
  const stopWatchingMode = useSharedStore.subscribe((s) => {
    if (s.mode === 'detecting') return;
    stopWatchingMode();
    // (Loaded then: the server's plans go through the plan checks, which the first view does without.)
    if (s.mode === 'server') {
      void import('./state/serverPlans').then(({ startServerPlans }) =>
        startServerPlans({ notify: (level, text) => useNoticeStore.getState().notify(level, text) }),
      );
    }
  });
  // With a server the quotas are the shared record; without one (the static bundle) this browser's.
  // The shared record's client (and the header's account controls) load only when a server answers.
  const sharedMode = checkHealth().then(async (health) => {
    if (!health) {
      useSharedStore.getState().setMode('local');
      return false;
    }
    const [{ startSharedSource }] = await Promise.all([import('./quotas/shared/sharedSource'), loadServerAccount()]);
    return startSharedSource({ notify: (level, text) => useNoticeStore.getState().notify(level, text), health });
  });
  let defaultGeo: Awaited<ReturnType<typeof loadAppGeo>>;
  let geo: Awaited<ReturnType<typeof loadAppGeo>>;
  try {
    // The planner's own plans load beside the geometry, so the first map already has them.
    const [loaded, imported] = await Promise.all([loadAppGeo(), loadSavedBoundaries(), ensurePlansLoaded().catch(() => undefined)]);
    if (imported.notice) useNoticeStore.getState().notify('warning', imported.notice);
    for (const text of usePlansStore.getState().notices) useNoticeStore.getState().notify('warning', text);
    defaultGeo = loaded;
    geo = imported.geo ?? defaultGeo;
  } catch (error) {
    retireEarlyFrame();
    root.render(
      <div className="fatal" role="alert">
        {t(appMessages.mapDataFailed)}{(error as Error).message}
      </div>,
    );
    return;
  }
  try {
    const shared = await sharedMode;
    if (!shared) {
      // Saved quotas (and the schemas that check them) are read before the first frame only when
      // there are some; on a first visit they load once the first map is idle (they would only
      // compete with MapLibre's loading), and the defaults are drawn meanwhile. An edit made before
      // that is kept and saved then (initQuotaPersistence).
      const persistence = () => import('./quotas/persistence');
      if (mayHaveSavedQuotas()) startPersistence(await persistence());
      else afterFirstIdle(() => void persistence().then(startPersistence));
    }
    startUrlSync({ isKnownLayer: (id) => elementById(id) !== undefined });
    // The exporter's test handle exists only in the bundle built for tests (see src/map/probe.ts).
    // (After the first idle: the users' bundle loads none of the exporter then.)
    if (import.meta.env.MODE === 'e2e') afterFirstIdle(() => void import('./export/probe').then(({ exposeExportProbe }) => exposeExportProbe(geo)));
    root.render(
      <StrictMode>
        <GeoProvider defaultGeo={defaultGeo} initialGeo={geo}>
          <Root />
        </GeoProvider>
      </StrictMode>,
    );
    // The screen's map replaces the early frame with its own first frame; should it never draw one
    // (a screen that failed), the early frame does not stay over the page.
    setTimeout(retireEarlyFrame, 15_000);
  } catch (error) {
    retireEarlyFrame();
    root.render(
      <div className="fatal" role="alert">
        {t(appMessages.startFailed)}{(error as Error).message}
      </div>,
    );
  }
}

void start();
