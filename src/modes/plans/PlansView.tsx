import { useEffect, useRef, useState } from 'react';
import { dateStamp, download } from '../../app/download';
import type { PlanGroup } from '../../layouts/types';
import { planToJson, type Plan } from '../../plans/planFile';
import { PLAN_STATUS_LABEL, periodText, planStatus } from '../../plans/status';
import { copyAsDraft, ensurePlansLoaded, importPlanFile, publishPlan, removePlan, undoRemove, usePlansStore } from '../../state/plansStore';
import { PlanConflicts } from '../../panels/plans/PlanConflicts';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { useRouteStore } from '../../state/routeStore';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import './plans.css';

/** Problems shown in full up to this many; the rest are counted. */
const SHOWN_PROBLEMS = 30;

function docLine(group: PlanGroup): string {
  return [group.document, group.docNumber, group.issuer, group.issued ? `${group.issued} 印发` : ''].filter(Boolean).join(' · ');
}

function exportPlan(plan: Plan): void {
  download(`规划-${plan.group.nameZh}-${dateStamp()}.json`, planToJson(plan), 'application/json;charset=utf-8');
}

function PlanRow({ plan, year, mayWrite }: { plan: Plan; year: number; mayWrite: boolean }) {
  const { group, elements } = plan;
  const status = planStatus(group, year);
  return (
    <tr data-plan={group.id}>
      <th scope="row">
        <span className="pl-name">{group.nameZh}</span>
        <small className="pl-doc">{docLine(group)}</small>
      </th>
      <td className="pl-period">{periodText(group)}</td>
      <td>
        <span className={`pl-status pl-status-${status}`}>{PLAN_STATUS_LABEL[status]}</span>
        {group.builtin ? <span className="pl-origin">内置</span> : null}
      </td>
      <td className="pl-count">{elements.length}</td>
      <td className="pl-actions">
        <button type="button" onClick={() => exportPlan(plan)} aria-label={`导出规划 ${group.nameZh}`}>
          导出规划
        </button>
        {mayWrite ? (
          <button type="button" onClick={() => copyAsDraft(group.id)} aria-label={`复制为草稿 ${group.nameZh}`}>
            复制为草稿
          </button>
        ) : null}
        {mayWrite && group.draft ? (
          <button type="button" onClick={() => publishPlan(group.id)} aria-label={`发布 ${group.nameZh}`}>
            发布
          </button>
        ) : null}
        {group.builtin || !mayWrite ? null : (
          <button type="button" onClick={() => useRouteStore.getState().navigate({ mode: 'planEditor', plan: group.id })} aria-label={`编辑 ${group.nameZh}`}>
            编辑
          </button>
        )}
        {group.builtin || !mayWrite ? null : (
          <button type="button" className="danger" onClick={() => removePlan(group.id)} aria-label={`删除 ${group.nameZh}`}>
            删除
          </button>
        )}
      </td>
    </tr>
  );
}

/** 规划管理 (#/plans): the plans with period and status; 导入规划, 导出规划, 复制为草稿, 删除 with 撤销. */
export function PlansView() {
  const navigate = useRouteStore((s) => s.navigate);
  const catalog = usePlanCatalog();
  const lastImport = usePlansStore((s) => s.lastImport);
  const deleted = usePlansStore((s) => s.deleted);
  const notices = usePlansStore((s) => s.notices);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const year = new Date().getFullYear();
  // In server mode the plans are the shared record's: planners write them, other accounts read.
  const serverMode = useSharedStore((s) => s.mode === 'server');
  const mayWrite = useSharedStore((s) => s.mode !== 'server' || s.user?.role === 'planner');
  useEffect(() => {
    void ensurePlansLoaded();
  }, []);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      await importPlanFile(file);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className="plans-view">
      <header className="app-header">
        <h1>规划管理</h1>
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'map' })}>
          返回地图
        </button>
      </header>
      <main className="plans-main">
        <p className="pl-intro">
          每份规划是一个 JSON 文件（格式见 <a href="schema/plan.schema.json">plan.schema.json</a>）。{serverMode ? '规划保存在共享记录中：草稿只有规划人员看得到，发布后所有账号都能看到。' : '导入的规划和草稿保存在本浏览器中。'}导入的规划在地图的图层、图例、信息卡、镇街的所属布局和搜索中与内置规划并列显示。
        </p>
        {mayWrite ? (
          <div className="pl-toolbar">
            <label className={`pl-import${busy ? ' busy' : ''}`}>
              导入规划
              <input ref={input} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} disabled={busy} />
            </label>
            <button type="button" className="pl-new" onClick={() => navigate({ mode: 'planEditor', plan: 'new' })}>
              新建规划
            </button>
          </div>
        ) : null}
        <PlanConflicts />
        {lastImport ? (
          lastImport.ok ? (
            <p className="pl-result ok" role="status">
              {lastImport.message}
            </p>
          ) : (
            <div className="pl-result error" role="alert">
              <p>
                未导入 “{lastImport.fileName}”：{lastImport.problems.length} 处问题，已保存的规划没有任何改变。
              </p>
              <ul>
                {lastImport.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
              {lastImport.problems.length > SHOWN_PROBLEMS ? <p>另有 {lastImport.problems.length - SHOWN_PROBLEMS} 处问题未列出。</p> : null}
            </div>
          )
        ) : null}
        {deleted ? (
          <p className="pl-result undo" role="status">
            已删除 “{deleted.plan.group.nameZh}”。
            <button type="button" onClick={undoRemove}>
              撤销
            </button>
          </p>
        ) : null}
        {notices.map((n, i) => (
          <p key={i} className="pl-result warning" role="alert">
            {n}
          </p>
        ))}
        <div className="pl-scroll">
          <table className="pl-table">
            <caption>规划（{year} 年）</caption>
            <thead>
              <tr>
                <th scope="col">规划</th>
                <th scope="col">规划期</th>
                <th scope="col">状态</th>
                <th scope="col">元素</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {catalog.plans.map((plan) => (
                <PlanRow key={plan.group.id} plan={plan} year={year} mayWrite={mayWrite} />
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </div>
  );
}
