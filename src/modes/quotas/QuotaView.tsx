import { Notices } from '../../panels/Notices';
import { QuotaControls } from '../../panels/quotas/QuotaControls';
import { QuotaImportDialog } from '../../panels/quotas/QuotaImportDialog';
import { QuotaSummary } from '../../panels/quotas/QuotaSummary';
import { QuotaTable } from '../../panels/quotas/QuotaTable';
import { useRouteStore } from '../../state/routeStore';
import { modeScreenMessages as m } from '../../i18n/catalogue/modeScreens';
import { useT } from '../../i18n/messages';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import './quotaView.css';

/** The quota table at full width (#/quotas): the same editing, summary and import as the 指标 tab. */
export function QuotaView() {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="quota-view">
      <header className="app-header quota-view-header">
        <button type="button" className="header-button back-button" onClick={() => navigate({ mode: 'map' })}>
          <span aria-hidden>‹ </span>
          <span className="label-wide">{t(m.backToCity)}</span>
        </button>
        <h1>{t(m.townQuotas)}</h1>
        <LanguageSwitch />
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
