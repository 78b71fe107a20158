import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { appMessages } from '../../../i18n/catalogue/app';
import { useT } from '../../../i18n/messages';
import { HighTechZoneEditor } from '../../../panels/quotas/HighTechZoneEditor';
import { QuotaControls } from '../../../panels/quotas/QuotaControls';
import { QuotaSummary } from '../../../panels/quotas/QuotaSummary';
import { SharedQuotaIntro } from '../../../panels/shared/SharedQuotaPanels';
import { useSharedStore } from '../../../quotas/shared/sharedStore';
import { useRouteStore } from '../../../state/routeStore';

// Loaded when the 指标 tab is first opened.
const QuotaImportDialog = lazy(() => import('../../../panels/quotas/QuotaImportDialog').then((m) => ({ default: m.QuotaImportDialog })));
const QuotaTable = lazy(() => import('../../../panels/quotas/QuotaTable').then((m) => ({ default: m.QuotaTable })));
// The shared record's import and history load when opened.
const SharedQuotaTools = lazy(() => import('../../../panels/shared/SharedQuotaTools').then((m) => ({ default: m.SharedQuotaTools })));

/** The planner's 指标 tab: the choropleth's controls, the city summary, import and the table. */
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
