import { useEffect, useRef, useState } from 'react';
import { dateStamp, download } from '../../app/download';
import type { PlanGroup } from '../../layouts/types';
import { planToJson, type Plan } from '../../plans/planFormat';
import { PLAN_STATUS_LABEL, periodText, planStatus } from '../../plans/status';
import { copyAsDraft, ensurePlansLoaded, importPlanFile, publishPlan, removePlan, undoRemove, usePlansStore } from '../../state/plansStore';
import { PlanConflicts } from '../../panels/plans/PlanConflicts';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { useRouteStore } from '../../state/routeStore';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import { plansViewMessages as m } from '../../i18n/catalogue/plansMode';
import { t as translate, useT } from '../../i18n/messages';
import { planName } from '../../layouts/displayNames';
import { quoteBeside, quoteIfChinese } from '../../i18n/names';
import { currentLanguage } from '../../i18n/language';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import { QuotedText } from '../../i18n/QuotedText';
import './plans.css';

/** Problems shown in full up to this many; the rest are counted. */
const SHOWN_PROBLEMS = 30;

function docLine(group: PlanGroup): string {
  // The document's title with its English beside it where the plan file has one; the 文号 and issuer stay Chinese.
  const document = currentLanguage() === 'en' && group.document ? quoteBeside(group.document, group.documentEn) : group.document;
  const quoted = [document, ...[group.docNumber, group.issuer].map((text) => (text ? quoteIfChinese(text) : ''))];
  return [...quoted, group.issued ? translate(m.issued, { date: group.issued }) : ''].filter(Boolean).join(' · ');
}

function exportPlan(plan: Plan): void {
  download(translate(m.planFile, { name: plan.group.nameZh, date: dateStamp() }), planToJson(plan), 'application/json;charset=utf-8');
}

function PlanRow({ plan, year, mayWrite }: { plan: Plan; year: number; mayWrite: boolean }) {
  const t = useT();
  const { group, elements } = plan;
  const name = planName(group);
  const status = planStatus(group, year);
  return (
    <tr data-plan={group.id}>
      <th scope="row">
        <span className="pl-name">
          <QuotedText text={quoteIfChinese(name)} />
        </span>
        <small className="pl-doc">
          <QuotedText text={docLine(group)} />
        </small>
      </th>
      <td className="pl-period">{periodText(group)}</td>
      <td>
        <span className={`pl-status pl-status-${status}`}>{PLAN_STATUS_LABEL[status]}</span>
        {group.builtin ? <span className="pl-origin">{t(m.builtin)}</span> : null}
      </td>
      <td className="pl-count">{elements.length}</td>
      <td className="pl-actions">
        <button type="button" onClick={() => exportPlan(plan)} aria-label={t(m.exportPlanLabel, { name })}>
          {t(m.exportPlan)}
        </button>
        {mayWrite ? (
          <button type="button" onClick={() => copyAsDraft(group.id)} aria-label={t(m.copyAsDraftLabel, { name })}>
            {t(m.copyAsDraft)}
          </button>
        ) : null}
        {mayWrite && group.draft ? (
          <button type="button" onClick={() => publishPlan(group.id)} aria-label={t(m.publishLabel, { name })}>
            {t(m.publish)}
          </button>
        ) : null}
        {group.builtin || !mayWrite ? null : (
          <button type="button" onClick={() => useRouteStore.getState().navigate({ mode: 'planEditor', plan: group.id })} aria-label={t(m.editLabel, { name })}>
            {t(m.edit)}
          </button>
        )}
        {group.builtin || !mayWrite ? null : (
          <button type="button" className="danger" onClick={() => removePlan(group.id)} aria-label={t(m.deleteLabel, { name })}>
            {t(m.delete)}
          </button>
        )}
      </td>
    </tr>
  );
}

/** 规划管理 (#/plans): the plans with period and status; 导入规划, 导出规划, 复制为草稿, 删除 with 撤销. */
export function PlansView() {
  const t = useT();
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
        <h1>{t(m.title)}</h1>
        <button type="button" className="header-button" onClick={() => navigate({ mode: 'map' })}>
          {t(m.backToMap)}
        </button>
        <LanguageSwitch />
      </header>
      <main className="plans-main">
        <p className="pl-intro">
          {t(m.introStart)}
          <a href="schema/plan.schema.json">plan.schema.json</a>
          {t(m.introFormatEnd)}
          {serverMode ? t(m.introServer) : t(m.introLocal)}
          {t(m.introEnd)}
        </p>
        {mayWrite ? (
          <div className="pl-toolbar">
            <label className={`pl-import${busy ? ' busy' : ''}`}>
              {t(m.importPlan)}
              <input ref={input} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} disabled={busy} />
            </label>
            <button type="button" className="pl-new" onClick={() => navigate({ mode: 'planEditor', plan: 'new' })}>
              {t(m.newPlan)}
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
                {t(m.notImported, { file: lastImport.fileName, count: lastImport.problems.length })}
              </p>
              <ul>
                {lastImport.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
              {lastImport.problems.length > SHOWN_PROBLEMS ? <p>{t(m.moreProblems, { count: lastImport.problems.length - SHOWN_PROBLEMS })}</p> : null}
            </div>
          )
        ) : null}
        {deleted ? (
          <p className="pl-result undo" role="status">
            {t(m.deleted, { name: planName(deleted.plan.group) })}
            <button type="button" onClick={undoRemove}>
              {t(m.undo)}
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
            <caption>{t(m.caption, { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(m.colPlan)}</th>
                <th scope="col">{t(m.colPeriod)}</th>
                <th scope="col">{t(m.colStatus)}</th>
                <th scope="col">{t(m.colElements)}</th>
                <th scope="col">{t(m.colActions)}</th>
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
