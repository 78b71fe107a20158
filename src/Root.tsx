import { appMessages } from './i18n/catalogue/app';
import { t } from './i18n/messages';
import { lazy, Suspense, type ReactNode } from 'react';
import { App } from './App';
import { ErrorBoundary } from './app/ErrorBoundary';
import type { Route } from './state/route';
import { useRouteStore } from './state/routeStore';

// Each screen but the planner's loads when its route is first opened.
const SCREEN_MODULES = {
  town: () => import('./modes/town/TownView'),
  present: () => import('./modes/present/PresenterMode'),
  console: () => import('./modes/present/PresenterConsole'),
  targets: () => import('./modes/targets/TargetsView'),
  quotas: () => import('./modes/quotas/QuotaView'),
  plans: () => import('./modes/plans/PlansView'),
  planEditor: () => import('./modes/plans/PlanEditor'),
} as const;

/** Starts loading the screen a link opens while the geometry downloads, instead of after it. */
export function preloadScreen(mode: Route['mode']): void {
  if (mode in SCREEN_MODULES) void SCREEN_MODULES[mode as keyof typeof SCREEN_MODULES]();
}

const TownView = lazy(() => SCREEN_MODULES.town().then((m) => ({ default: m.TownView })));
const PresenterMode = lazy(() => SCREEN_MODULES.present().then((m) => ({ default: m.PresenterMode })));
const PresenterConsole = lazy(() => SCREEN_MODULES.console().then((m) => ({ default: m.PresenterConsole })));
const TargetsView = lazy(() => SCREEN_MODULES.targets().then((m) => ({ default: m.TargetsView })));
const QuotaView = lazy(() => SCREEN_MODULES.quotas().then((m) => ({ default: m.QuotaView })));
const PlansView = lazy(() => SCREEN_MODULES.plans().then((m) => ({ default: m.PlansView })));
const PlanEditor = lazy(() => SCREEN_MODULES.planEditor().then((m) => ({ default: m.PlanEditor })));

const toMap = { label: t(appMessages.backToCityMap), action: () => useRouteStore.getState().navigate({ mode: 'map' }) };

/** The screen a route opens (every one but the planner's map): its element, and what its error boundary names. */
function screenOf(route: Route): { key: string; what: string; element: ReactNode } | null {
  switch (route.mode) {
    case 'town':
      return { key: `town:${route.town}`, what: t(appMessages.townView), element: <TownView town={route.town} /> };
    case 'present':
      return { key: 'present', what: t(appMessages.presenterMode), element: <PresenterMode slide={route.slide} /> };
    case 'console':
      return { key: 'console', what: t(appMessages.presenterConsole), element: <PresenterConsole /> };
    case 'targets':
      return { key: 'targets', what: t(appMessages.targets), element: <TargetsView /> };
    case 'quotas':
      return { key: 'quotas', what: t(appMessages.quotaTable), element: <QuotaView /> };
    case 'plans':
      return { key: 'plans', what: t(appMessages.plans), element: <PlansView /> };
    case 'planEditor':
      return { key: 'planEditor', what: t(appMessages.planEditor), element: <PlanEditor planId={route.plan} /> };
    default:
      return null;
  }
}

/**
 * Picks the screen for the route: planner map, town leader view, presenter mode or its console, or the
 * plans' targets. Each screen mounts fresh (its own store and map) and sits in its own error boundary.
 */
export function Root() {
  const route = useRouteStore((s) => s.route);
  const screen = screenOf(route);
  if (!screen) {
    return (
      <ErrorBoundary key="map" what={t(appMessages.plannerMap)}>
        <App />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary key={screen.key} what={screen.what} recover={toMap}>
      <Suspense fallback={null}>{screen.element}</Suspense>
    </ErrorBoundary>
  );
}
