import { PlanTimeline } from '../../panels/targets/PlanTimeline';
import { TargetTable } from '../../panels/targets/TargetTable';
import { PLAN_PERIODS, TARGET_TABLES } from '../../targets/targets';
import { useRouteStore } from '../../state/routeStore';
import { modeScreenMessages as m } from '../../i18n/catalogue/modeScreens';
import { useT } from '../../i18n/messages';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import './targets.css';

/** 规划目标 (#/targets): the plans' own targets as tables with small bars, and the plan periods. */
export function TargetsView() {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="targets-view">
      <header className="app-header">
        <h1>{t(m.targets)}</h1>
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'map' })}>
          {t(m.backToMap)}
        </button>
        <LanguageSwitch />
      </header>
      <main className="targets-main">
        <p className="tg-intro">{t(m.targetsIntro)}</p>
        <PlanTimeline periods={PLAN_PERIODS} />
        {TARGET_TABLES.map((table) => (
          <TargetTable key={table.id} table={table} />
        ))}
      </main>
    </div>
  );
}
