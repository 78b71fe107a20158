import { PlanTimeline } from '../../panels/targets/PlanTimeline';
import { TargetTable } from '../../panels/targets/TargetTable';
import { PLAN_PERIODS, TARGET_TABLES } from '../../targets/targets';
import { useRouteStore } from '../../state/routeStore';
import './targets.css';

/** 规划目标 (#/targets): the plans' own targets as tables with small bars, and the plan periods. */
export function TargetsView() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="targets-view">
      <header className="app-header">
        <h1>规划目标</h1>
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'map' })}>
          返回地图
        </button>
      </header>
      <main className="targets-main">
        <p className="tg-intro">各规划文件自己设定的目标：指标名称和数字照原文，单位、年份和出处逐项标明。</p>
        <PlanTimeline periods={PLAN_PERIODS} />
        {TARGET_TABLES.map((t) => (
          <TargetTable key={t.id} table={t} />
        ))}
      </main>
    </div>
  );
}
