import { Notices } from '../../panels/Notices';
import { QuotaControls } from '../../panels/quotas/QuotaControls';
import { QuotaImportDialog } from '../../panels/quotas/QuotaImportDialog';
import { QuotaSummary } from '../../panels/quotas/QuotaSummary';
import { QuotaTable } from '../../panels/quotas/QuotaTable';
import { useRouteStore } from '../../state/routeStore';
import './quotaView.css';

/** The quota table at full width (#/quotas): the same editing, summary and import as the 指标 tab. */
export function QuotaView() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="quota-view">
      <header className="app-header quota-view-header">
        <button type="button" className="header-button back-button" onClick={() => navigate({ mode: 'map' })}>
          <span aria-hidden>‹ </span>
          <span className="label-wide">返回全市地图</span>
        </button>
        <h1>镇街指标</h1>
      </header>
      <Notices />
      <main className="quota-view-main">
        <div className="quota-view-side">
          <QuotaControls />
          <QuotaSummary />
          <QuotaImportDialog />
        </div>
        <div className="quota-view-table">
          <QuotaTable initialFields={['discovery_quota', 'discovery_actual', 'landing_quota', 'landing_actual']} />
        </div>
      </main>
    </div>
  );
}
