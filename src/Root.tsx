import { App } from './App';
import { PresenterMode } from './modes/present/PresenterMode';
import { TownView } from './modes/town/TownView';
import { useRouteStore } from './state/routeStore';

/** Picks the screen for the route: planner map, town leader view, or presenter mode. */
export function Root() {
  const route = useRouteStore((s) => s.route);
  switch (route.mode) {
    case 'town':
      return <TownView town={route.town} />;
    case 'present':
      return <PresenterMode slide={route.slide} />;
    default:
      return <App />;
  }
}
