import { useMapViewStore } from '../map/mapViewStore';
import { appShellMessages } from '../i18n/catalogue/app-shell';
import { t } from '../i18n/messages';

/**
 * The page's side of working offline: registers the service worker that the build writes
 * (tools/serviceWorker.ts), says once when a new version has taken over, and says when the page runs
 * without a network. Quotas from the server shown from the worker's copy are marked by the shared
 * record's own badge and notice (src/quotas/shared), with the time they were fetched.
 */

type Notify = (level: 'info' | 'warning', text: string) => void;

// Fixed at load (the page's language is fixed for its life): dismiss() finds the notice by this text.
export const OFFLINE_TEXT = t(appShellMessages.offline);
export const UPDATE_TEXT = t(appShellMessages.update);

/** Registering waits for the first map to be idle, so the precache never competes with the first view (or for this long without a map). */
const REGISTER_FALLBACK_MS = 15_000;

function whenFirstMapIdle(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, REGISTER_FALLBACK_MS);
    let unsubscribe = () => {};
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    const follow = (view: ReturnType<typeof useMapViewStore.getState>['view']) => {
      if (view) view.whenIdle().then(done, () => {});
    };
    unsubscribe = useMapViewStore.subscribe((s, prev) => s.view !== prev.view && follow(s.view));
    follow(useMapViewStore.getState().view);
  });
}

export function startOffline({ notify, dismiss }: { notify: Notify; dismiss: (text: string) => void }): void {
  if (!navigator.onLine) notify('warning', OFFLINE_TEXT);
  window.addEventListener('offline', () => notify('warning', OFFLINE_TEXT));
  window.addEventListener('online', () => dismiss(OFFLINE_TEXT));

  // Only the production build has a worker: the dev server serves modules that change on every edit.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // A page already controlled by a worker whose controller changes got a new version (the first
  // install controls nothing, so it is not announced).
  let announced = false;
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (!hadController || announced) return;
    announced = true;
    notify('info', UPDATE_TEXT);
  });
  void whenFirstMapIdle().then(() =>
    container.register(new URL('sw.js', document.baseURI).href).catch(() => {
      // No worker (private mode, blocked storage): the app works online as before.
    }),
  );
}
