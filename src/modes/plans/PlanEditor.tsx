import { useEffect, useMemo, useRef, useState } from 'react';
import { useGeo } from '../../app/GeoContext';
import { download } from '../../app/download';
import { ELEMENT_KIND_LABEL } from '../../layouts/kindLabels';
import type { ElementKind } from '../../layouts/types';
import { ELEMENT_PALETTE } from '../../map/elementPalette';
import { buildLayoutOverlays } from '../../map/layers/layoutLayers';
import { MapPane } from '../../map/MapPane';
import { useMapViewStore } from '../../map/mapViewStore';
import type { MapClick } from '../../map/mapView';
import { Notices } from '../../panels/Notices';
import { drawableElements, newElement, planProblems, problemsOf, type MetaField } from '../../plans/editorActions';
import { BUILTIN_PLANS } from '../../plans/builtin';
import { emptyMapState, NO_PADDING, uniformPadding, type MapCamera, type MapState } from '../../state/mapState';
import { copyAsDraft, ensurePlansLoaded, usePlansStore } from '../../state/plansStore';
import { dispatchEditor, emptyPlan, freeElementId, freePlanId, openInEditor, saveEditedPlan, selectElement, usePlanEditorStore } from '../../state/planEditorStore';
import { useRouteStore } from '../../state/routeStore';
import { usePlanCatalog } from '../../state/usePlanCatalog';
import { isTownName } from '../../towns/townFacts';
import { deckToJson } from '../present/deckJson';
import { useDeckStore } from '../present/deck';
import { initDeckPersistence } from '../present/deckPersistence';
import { useNoticeStore } from '../../state/noticeStore';
import { ElementEditor, Field, fieldProblem } from './ElementEditor';
import { buildPlanBriefing, predecessorOf } from './planBriefing';
import { changeLines, planChanges } from '../../layouts/planChanges';
import { planEditorMessages as m } from '../../i18n/catalogue/plansMode';
import { t as translate, useT, type Message } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';
import { planNameIn } from '../../export/planName';
import { LanguageSwitch } from '../../panels/LanguageSwitch';
import './editor.css';

const META_FIELDS: { field: MetaField; label: Message }[] = [
  { field: 'nameZh', label: m.metaName },
  { field: 'title', label: m.metaTitle },
  { field: 'document', label: m.metaDocument },
  { field: 'docNumber', label: m.metaDocNumber },
  { field: 'issuer', label: m.metaIssuer },
  { field: 'issued', label: m.metaIssued },
];

const KINDS = Object.keys(ELEMENT_KIND_LABEL) as ElementKind[];

function PlanFacts({ problems }: { problems: string[] }) {
  const t = useT();
  const group = usePlanEditorStore((s) => s.plan.group);
  const setPeriod = (start: string, end: string) => dispatchEditor({ type: 'plan/setPeriod', start: start === '' ? null : Number(start), end: end === '' ? null : Number(end) });
  return (
    <fieldset className="pe-facts">
      <legend>{t(m.planInfo)}</legend>
      <div className="pe-grid">
        {META_FIELDS.map(({ field, label }) => (
          <Field key={field} label={t(label)} problem={fieldProblem(problems.filter((p) => p.startsWith(t(m.planInfo))), field)}>
            {(a11y) => <input type="text" value={group[field] ?? ''} onChange={(e) => dispatchEditor({ type: 'plan/setMeta', field, value: e.target.value })} {...a11y} />}
          </Field>
        ))}
        <Field label={t(m.periodStart)} problem={fieldProblem(problems, 'period › start') ?? fieldProblem(problems, 'period')}>
          {(a11y) => <input type="number" min={1978} max={2100} value={group.period?.start ?? ''} onChange={(e) => setPeriod(e.target.value, String(group.period?.end ?? ''))} {...a11y} />}
        </Field>
        <Field label={t(m.periodEnd)} problem={fieldProblem(problems, 'period › end')}>
          {(a11y) => <input type="number" min={1978} max={2100} value={group.period?.end ?? ''} onChange={(e) => setPeriod(String(group.period?.start ?? ''), e.target.value)} {...a11y} />}
        </Field>
      </div>
    </fieldset>
  );
}

function ElementList({ problems }: { problems: string[] }) {
  const t = useT();
  const plan = usePlanEditorStore((s) => s.plan);
  const selectedId = usePlanEditorStore((s) => s.selectedId);
  const [kind, setKind] = useState<ElementKind>('region');
  const add = () => {
    const color = ELEMENT_PALETTE[plan.elements.length % ELEMENT_PALETTE.length].color;
    dispatchEditor({ type: 'element/add', element: newElement(plan, freeElementId(), kind, color) });
  };
  return (
    <section className="pe-elements" aria-label={t(m.elements)}>
      <h3>{t(m.elementsCount, { count: plan.elements.length })}</h3>
      <div className="pe-add">
        <label>
          {t(m.newKind)}
          <select value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ELEMENT_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add}>
          {t(m.addElement)}
        </button>
      </div>
      <ul className="pe-element-list">
        {plan.elements.map((e) => {
          const count = problemsOf(problems, plan, e.id).length;
          return (
            <li key={e.id}>
              <button type="button" aria-pressed={e.id === selectedId} className={e.id === selectedId ? 'selected' : ''} onClick={() => selectElement(e.id)}>
                <span className="pe-dot" style={{ background: e.color }} aria-hidden />
                {e.nameZh || t(m.unnamed)}
                <small>
                  {t(m.elementTowns, { kind: ELEMENT_KIND_LABEL[e.kind], count: e.members.length })}
                  {count ? t(m.elementProblems, { count }) : ''}
                </small>
              </button>
              <button type="button" className="danger" aria-label={t(m.deleteElement, { name: e.nameZh })} onClick={() => dispatchEditor({ type: 'element/remove', id: e.id })}>
                {t(m.delete)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The map previews the plan as it is drawn (elements that can be drawn), with the selected element's towns outlined. */
function EditorMap({ onNotice }: { onNotice: (text: string) => void }) {
  const t = useT();
  const geo = useGeo();
  const plan = usePlanEditorStore((s) => s.plan);
  const selectedId = usePlanEditorStore((s) => s.selectedId);
  const [hovered, setHovered] = useState<string | null>(null);
  const drawable = useMemo(() => drawableElements(plan, isTownName), [plan]);
  const drawnKey = JSON.stringify(drawable);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only when what is drawn changes
  const overlays = useMemo(() => buildLayoutOverlays(drawable, geo), [drawnKey, geo]);
  // A rebuilt map keeps what the planner was looking at (a new map would fit the whole city again).
  const seq = useRef(0);
  const camera = useMemo<MapCamera>(() => {
    const bounds = useMapViewStore.getState().view?.getBounds();
    seq.current += 1;
    return bounds ? { target: { kind: 'bounds', bounds }, padding: NO_PADDING, seq: seq.current } : { target: { kind: 'city' }, padding: uniformPadding(24), seq: seq.current };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read again each time the map is rebuilt
  }, [overlays]);
  const selected = plan.elements.find((e) => e.id === selectedId);
  const state = useMemo<MapState>(
    () => ({
      ...emptyMapState(),
      overlays: drawable.map((e) => ({ id: e.id, opacity: e.id === selectedId || !selectedId ? 1 : 0.7 })),
      selected: selected ? [...new Set([...selected.members.map((member) => member.town), ...(selected.axisPaths?.flat() ?? [])])] : [],
      hovered,
      camera,
    }),
    [drawable, selectedId, selected, hovered, camera],
  );
  const onClick = (click: MapClick) => {
    const town = click.names[0];
    if (!town) return;
    const element = usePlanEditorStore.getState().plan.elements.find((e) => e.id === usePlanEditorStore.getState().selectedId);
    if (!element) return onNotice(translate(m.clickFirst, { town: displayTownName(town) }));
    if (element.draw === 'axis') dispatchEditor({ type: 'axis/append', id: element.id, path: Math.max(0, (element.axisPaths?.length ?? 1) - 1), town });
    else dispatchEditor({ type: 'member/toggle', id: element.id, town });
  };
  return (
    <div className="pe-map">
      <MapPane overlays={overlays} state={state} onClick={onClick} onHover={setHovered} />
      <p className="pe-map-hint" aria-live="polite">
        {selected
          ? t(m.hintLine, { hint: t(selected.draw === 'axis' ? m.hintAxis : m.hintToggle), name: selected.nameZh, hovered: hovered ? ` · ${displayTownName(hovered)}` : '' })
          : t(m.hintNone)}
      </p>
    </div>
  );
}

function BriefingPanel({ saved }: { saved: boolean }) {
  const t = useT();
  const plan = usePlanEditorStore((s) => s.plan);
  const catalog = usePlanCatalog();
  const navigate = useRouteStore((s) => s.navigate);
  const others = catalog.plans.filter((p) => p.group.id !== plan.group.id);
  const [previousId, setPreviousId] = useState<string>(() => predecessorOf(plan, catalog.plans)?.group.id ?? '');
  const previous = others.find((p) => p.group.id === previousId) ?? null;
  const slides = () => buildPlanBriefing(plan, previous);
  return (
    <section className="pe-briefing" aria-label={t(m.briefing)}>
      <h3>{t(m.briefing)}</h3>
      <p className="hint">{t(m.briefingHint)}</p>
      <label>
        {t(m.comparePlan)}
        <select value={previousId} onChange={(e) => setPreviousId(e.target.value)}>
          <option value="">{t(m.noCompare)}</option>
          {others.map((p) => (
            <option key={p.group.id} value={p.group.id}>
              {p.group.title}
            </option>
          ))}
        </select>
      </label>
      {previous ? (
        <details className="pe-changes">
          <summary>{t(m.changesSummary, { name: planNameIn(previous.group.id, previous.group.nameZh) })}</summary>
          <ul aria-label={t(m.changesPreview)}>
            {changeLines(planChanges(previous.elements, plan.elements), (k) => ELEMENT_KIND_LABEL[k]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {saved ? null : <p className="pe-field-problem">{t(m.saveFirst)}</p>}
      <div className="pe-actions">
        <button
          type="button"
          disabled={!saved}
          onClick={() => {
            // The saved deck is read first (as presenter mode would on opening), so the briefing replaces it, with 撤销, and is saved.
            const { notify } = useNoticeStore.getState();
            initDeckPersistence({ onSaveError: (message) => notify('error', message), onConflict: (message, takeBack) => notify('warning', message, takeBack) });
            useDeckStore.getState().replace(slides(), t(m.briefingWhat, { name: plan.group.nameZh }));
            navigate({ mode: 'present', slide: 1 });
          }}
        >
          {t(m.openInPresentation)}
        </button>
        <button type="button" disabled={!saved} onClick={() => download(t(m.briefingFile, { name: plan.group.nameZh }), deckToJson(slides()), 'application/json;charset=utf-8')}>
          {t(m.exportBriefing)}
        </button>
      </div>
    </section>
  );
}

/** Opens the plan the route names: the planner's own plan, a new one, or says why it cannot. */
function useOpenPlan(planId: string): string | null {
  const loaded = usePlansStore((s) => s.loaded);
  const plans = usePlansStore((s) => s.plans);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void ensurePlansLoaded();
  }, []);
  useEffect(() => {
    if (!loaded) return;
    const current = usePlanEditorStore.getState();
    if (current.plan.group.id === planId && current.saved) return setProblem(null); // just saved under this id: keep the history
    if (planId === 'new') {
      openInEditor(emptyPlan(freePlanId()), false);
      return setProblem(null);
    }
    const own = plans.find((p) => p.group.id === planId);
    if (own) {
      openInEditor(own, true);
      return setProblem(null);
    }
    setProblem(BUILTIN_PLANS.some((p) => p.group.id === planId) ? 'builtin' : 'missing');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opened once per route and load, not on every save
  }, [planId, loaded]);
  return loaded ? problem : 'loading';
}

/** 规划编辑 (#/edit/<plan>, #/edit/new): the plan's facts and elements, a live map preview, the import's checks as you type, 撤销/重做, 保存, the briefing. */
export function PlanEditor({ planId }: { planId: string }) {
  const t = useT();
  const navigate = useRouteStore((s) => s.navigate);
  const problem = useOpenPlan(planId);
  const plan = usePlanEditorStore((s) => s.plan);
  const saved = usePlanEditorStore((s) => s.saved);
  const canUndo = usePlanEditorStore((s) => s.past.length > 0);
  const canRedo = usePlanEditorStore((s) => s.future.length > 0);
  const selectedId = usePlanEditorStore((s) => s.selectedId);
  const problems = useMemo(() => planProblems(plan), [plan]);
  const [message, setMessage] = useState('');
  const unsaved = saved !== plan;
  const selected = plan.elements.find((e) => e.id === selectedId);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) dispatchEditor({ type: 'editor/undo' });
      else if (key === 'y' || (key === 'z' && e.shiftKey)) dispatchEditor({ type: 'editor/redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Leaving the page with unsaved edits asks first (the browser's own question).
  useEffect(() => {
    if (!unsaved || problem !== null) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, problem]);

  const save = () => {
    const outcome = saveEditedPlan();
    if (!outcome.ok) return setMessage(t(m.notSaved, { count: outcome.problems.length }));
    setMessage(t(m.savedPlan, { name: plan.group.nameZh, count: plan.elements.length }));
    if (planId !== plan.group.id) navigate({ mode: 'planEditor', plan: plan.group.id });
  };

  const header = (
    <header className="app-header">
      <h1>{problem === null ? t(m.titleWithPlan, { name: plan.group.nameZh }) : t(m.title)}</h1>
      <button type="button" className="header-button" onClick={() => navigate({ mode: 'plans' })}>
        {t(m.backToPlans)}
      </button>
      <LanguageSwitch />
    </header>
  );
  if (problem === 'loading') return <div className="plan-editor">{header}</div>;
  if (problem !== null) {
    return (
      <div className="plan-editor">
        {header}
        <main className="pe-message">
          {problem === 'builtin' ? (
            <p role="alert">
              {t(m.builtinReadOnly)}
              <button
                type="button"
                onClick={() => {
                  const copy = copyAsDraft(planId);
                  if (copy) navigate({ mode: 'planEditor', plan: copy.group.id });
                }}
              >
                {t(m.copyAndEdit)}
              </button>
            </p>
          ) : (
            <p role="alert">{t(m.notFound, { id: planId })}</p>
          )}
        </main>
      </div>
    );
  }

  return (
    <div className="plan-editor">
      {header}
      <Notices />
      <div className="pe-toolbar" role="toolbar" aria-label={t(m.toolbar)}>
        <button type="button" onClick={() => dispatchEditor({ type: 'editor/undo' })} disabled={!canUndo} title="Ctrl+Z">
          {t(m.undo)}
        </button>
        <button type="button" onClick={() => dispatchEditor({ type: 'editor/redo' })} disabled={!canRedo} title="Ctrl+Y">
          {t(m.redo)}
        </button>
        <button type="button" className="primary" onClick={save} disabled={!unsaved && saved !== null}>
          {t(m.save)}
        </button>
        <span className="pe-save-state" role="status">
          {message || (unsaved ? t(m.unsaved) : t(m.saved))}
        </span>
      </div>
      <main className="pe-main">
        <div className="pe-form">
          <div className={`pe-checks ${problems.length ? 'bad' : 'ok'}`} role="status" aria-live="polite" aria-label={t(m.checks)}>
            {problems.length ? (
              <>
                <p>{t(m.checksProblems, { count: problems.length })}</p>
                <ul>
                  {problems.slice(0, 12).map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                {problems.length > 12 ? <p>{t(m.moreProblems, { count: problems.length - 12 })}</p> : null}
              </>
            ) : (
              <p>{t(m.checksOk)}</p>
            )}
          </div>
          <PlanFacts problems={problems} />
          <ElementList problems={problems} />
          {selected ? <ElementEditor key={selected.id} element={selected} problems={problemsOf(problems, plan, selected.id)} others={plan.elements.filter((e) => e.id !== selected.id)} /> : null}
          <BriefingPanel saved={!unsaved} />
        </div>
        <EditorMap onNotice={setMessage} />
      </main>
    </div>
  );
}
