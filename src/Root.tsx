import { App } from './App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { PresenterConsole } from './modes/present/PresenterConsole';
import { PresenterMode } from './modes/present/PresenterMode';
import { TargetsView } from './modes/targets/TargetsView';
import { QuotaView } from './modes/quotas/QuotaView';
import { TownView } from './modes/town/TownView';
import { useRouteStore } from './state/routeStore';

const toMap = { label: '返回全市地图', action: () => useRouteStore.getState().navigate({ mode: 'map' }) };

/**
 * Picks the screen for the route: planner map, town leader view, presenter mode or its console, or the
 * plans' targets. Each screen mounts fresh (its own store and map) and sits in its own error boundary.
 */
export function Root() {
  const route = useRouteStore((s) => s.route);
  switch (route.mode) {
    case 'town':
      return (
        <ErrorBoundary key={`town:${route.town}`} what="镇街视图" recover={toMap}>
          <TownView town={route.town} />
        </ErrorBoundary>
      );
    case 'present':
      return (
        <ErrorBoundary key="present" what="汇报模式" recover={toMap}>
          <PresenterMode slide={route.slide} />
        </ErrorBoundary>
      );
    case 'console':
      return (
        <ErrorBoundary key="console" what="演讲者视图" recover={toMap}>
          <PresenterConsole />
        </ErrorBoundary>
      );
    case 'targets':
      return (
        <ErrorBoundary key="targets" what="规划目标" recover={toMap}>
          <TargetsView />
        </ErrorBoundary>
      );
    case 'quotas':
      return (
        <ErrorBoundary key="quotas" what="指标表" recover={toMap}>
          <QuotaView />
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
