import { Suspense } from 'react';
import { preloadableAfterFirstCommit } from '../../../app/afterFirstCommit';
import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { appMessages } from '../../../i18n/catalogue/app';
import { useT } from '../../../i18n/messages';
import { SpatialQueryPanel } from '../../../panels/SpatialQueryPanel';
import { TownDetailPanel } from '../../../panels/TownDetailPanel';
import { useRouteStore } from '../../../state/routeStore';

// A chosen unit's memberships and quotas (with the quota messages and value formats they bring):
// not in the first view, which has no unit chosen unless the address names one. Loaded once the map
// is first idle (preloadChosenTownParts), or when a unit is chosen before that.
const ChosenTown = preloadableAfterFirstCommit(() => import('./ChosenTownParts').then((m) => m.ChosenTownParts));
export const preloadChosenTownParts = ChosenTown.preload;

/** The planner's 镇街 tab: the chosen unit's details, memberships and quotas, and the spatial questions. */
export function TownTab() {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <>
      <ErrorBoundary what={t(appMessages.townPanel)}>
        <TownDetailPanel onOpenTownView={(town) => navigate({ mode: 'town', town })}>
          {(town) => (
            <Suspense fallback={null}>
              <ChosenTown.Component town={town} />
            </Suspense>
          )}
        </TownDetailPanel>
      </ErrorBoundary>
      <ErrorBoundary what={t(appMessages.spatialQuery)}>
        <SpatialQueryPanel />
      </ErrorBoundary>
    </>
  );
}
