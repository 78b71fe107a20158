import { lazy, Suspense } from 'react';
import { App } from './App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { useRouteStore } from './state/routeStore';

// Each screen but the planner's loads when its route is first opened.
const TownView = lazy(() => import('./modes/town/TownView').then((m) => ({ default: m.TownView })));
const PresenterMode = lazy(() => import('./modes/present/PresenterMode').then((m) => ({ default: m.PresenterMode })));

const toMap = { label: '返回全市地图', action: () => useRouteStore.getState().navigate({ mode: 'map' }) };

/**
 * Picks the screen for the route: planner map, town leader view, or presenter mode. Each screen
 * mounts fresh (its own store and map) and sits in its own error boundary.
 */
export function Root() {
  const route = useRouteStore((s) => s.route);
  switch (route.mode) {
    case 'town':
      return (
        <ErrorBoundary key={`town:${route.town}`} what="镇街视图" recover={toMap}>
          <Suspense fallback={null}>
            <TownView town={route.town} />
          </Suspense>
        </ErrorBoundary>
      );
    case 'present':
      return (
        <ErrorBoundary key="present" what="汇报模式" recover={toMap}>
          <Suspense fallback={null}>
            <PresenterMode slide={route.slide} />
          </Suspense>
        </ErrorBoundary>
      );
    default:
      return (
        <ErrorBoundary key="map" what="规划图">
          <App />
        </ErrorBoundary>
      );
  }
}
