import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { appMessages } from '../../i18n/catalogue/app';
import { useT } from '../../i18n/messages';
import { ComparePanel } from '../../panels/layers/ComparePanel';
import { LayerPanel } from '../../panels/layers/LayerPanel';
import { TownMemberships } from '../../panels/layers/TownMemberships';
import { HighTechZoneEditor } from '../../panels/quotas/HighTechZoneEditor';
import { QuotaControls } from '../../panels/quotas/QuotaControls';
import { QuotaSummary } from '../../panels/quotas/QuotaSummary';
import { TownQuotaSummary } from '../../panels/quotas/TownQuotaSummary';
import { SharedQuotaIntro } from '../../panels/shared/SharedQuotaPanels';
import { SpatialQueryPanel } from '../../panels/SpatialQueryPanel';
import { TownDetailPanel } from '../../panels/TownDetailPanel';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { useRouteStore } from '../../state/routeStore';

/**
 * The contents of the planner's side-panel tabs. The planner (src/App.tsx) loads this module once
 * its map's first frame is drawn, so neither its code nor its render stands before that frame
 * (README, "Performance"); the tab list itself is part of the first render.
 */

// Loaded when the 指标 tab is first opened.
const QuotaImportDialog = lazy(() => import('../../panels/quotas/QuotaImportDialog').then((m) => ({ default: m.QuotaImportDialog })));
const QuotaTable = lazy(() => import('../../panels/quotas/QuotaTable').then((m) => ({ default: m.QuotaTable })));
// The shared record's import and history load when opened.
const SharedQuotaTools = lazy(() => import('../../panels/shared/SharedQuotaTools').then((m) => ({ default: m.SharedQuotaTools })));

export function TownTab() {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <>
      <ErrorBoundary what={t(appMessages.townPanel)}>
        <TownDetailPanel onOpenTownView={(town) => navigate({ mode: 'town', town })}>
          {(town) => (
            <>
              <TownMemberships town={town} />
              <TownQuotaSummary town={town} />
            </>
          )}
        </TownDetailPanel>
      </ErrorBoundary>
      <ErrorBoundary what={t(appMessages.spatialQuery)}>
        <SpatialQueryPanel />
      </ErrorBoundary>
    </>
  );
}

export function LayersTab() {
  const t = useT();
  return (
    <ErrorBoundary what={t(appMessages.layerPanel)}>
      <LayerPanel />
      <ComparePanel />
    </ErrorBoundary>
  );
}

export function QuotasTab() {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  const shared = useSharedStore((s) => s.mode) === 'server';
  return (
    <ErrorBoundary what={t(appMessages.quotaPanel)}>
      {shared && <SharedQuotaIntro />}
      <QuotaControls />
      <div className="panel-actions qt-open-full">
        <button type="button" onClick={() => navigate({ mode: 'quotas' })}>
          {t(appMessages.openQuotaTable)}
        </button>
      </div>
      <QuotaSummary />
      {!shared && <HighTechZoneEditor />}
      <Suspense fallback={<p className="hint">{t(appMessages.loading)}</p>}>
        {!shared && <QuotaImportDialog />}
        <QuotaTable />
      </Suspense>
      {shared && (
        <Suspense fallback={<p className="hint">{t(appMessages.loading)}</p>}>
          <SharedQuotaTools />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}

const TABS = { town: TownTab, layers: LayersTab, quotas: QuotasTab } as const;
export type PlannerTabId = keyof typeof TABS;

/** One tab's contents (one component for all, so that switching tabs after the first load suspends nothing). */
export function PlannerTabContent({ tab }: { tab: PlannerTabId }) {
  const Tab = TABS[tab];
  return <Tab />;
}
