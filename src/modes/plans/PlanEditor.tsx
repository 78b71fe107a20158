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
import './editor.css';

const META_FIELDS: { field: MetaField; label: string }[] = [
  { field: 'nameZh', label: '简称（图层分组、图例）' },
  { field: 'title', label: '标题' },
  { field: 'document', label: '规划文件' },
  { field: 'docNumber', label: '文号' },
  { field: 'issuer', label: '印发机关' },
  { field: 'issued', label: '印发日期' },
];

const KINDS = Object.keys(ELEMENT_KIND_LABEL) as ElementKind[];

function PlanFacts({ problems }: { problems: string[] }) {
  const group = usePlanEditorStore((s) => s.plan.group);
  const setPeriod = (start: string, end: string) => dispatchEditor({ type: 'plan/setPeriod', start: start === '' ? null : Number(start), end: end === '' ? null : Number(end) });
  return (
    <fieldset className="pe-facts">
      <legend>规划信息</legend>
      <div className="pe-grid">
        {META_FIELDS.map(({ field, label }) => (
          <Field key={field} label={label} problem={fieldProblem(problems.filter((p) => p.startsWith('规划信息')), field)}>
            {(a11y) => <input type="text" value={group[field] ?? ''} onChange={(e) => dispatchEditor({ type: 'plan/setMeta', field, value: e.target.value })} {...a11y} />}
          </Field>
        ))}
        <Field label="规划期起" problem={fieldProblem(problems, 'period › start') ?? fieldProblem(problems, 'period')}>
          {(a11y) => <input type="number" min={1978} max={2100} value={group.period?.start ?? ''} onChange={(e) => setPeriod(e.target.value, String(group.period?.end ?? ''))} {...a11y} />}
        </Field>
        <Field label="规划期止" problem={fieldProblem(problems, 'period › end')}>
          {(a11y) => <input type="number" min={1978} max={2100} value={group.period?.end ?? ''} onChange={(e) => setPeriod(String(group.period?.start ?? ''), e.target.value)} {...a11y} />}
        </Field>
      </div>
    </fieldset>
  );
}

function ElementList({ problems }: { problems: string[] }) {
  const plan = usePlanEditorStore((s) => s.plan);
  const selectedId = usePlanEditorStore((s) => s.selectedId);
  const [kind, setKind] = useState<ElementKind>('region');
  const add = () => {
    const color = ELEMENT_PALETTE[plan.elements.length % ELEMENT_PALETTE.length].color;
    dispatchEditor({ type: 'element/add', element: newElement(plan, freeElementId(), kind, color) });
  };
  return (
    <section className="pe-elements" aria-label="元素">
      <h3>元素（{plan.elements.length}）</h3>
      <div className="pe-add">
        <label>
          新元素类型
          <select value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ELEMENT_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add}>
          添加元素
        </button>
      </div>
      <ul className="pe-element-list">
        {plan.elements.map((e) => {
          const count = problemsOf(problems, plan, e.id).length;
          return (
            <li key={e.id}>
              <button type="button" aria-pressed={e.id === selectedId} className={e.id === selectedId ? 'selected' : ''} onClick={() => selectElement(e.id)}>
                <span className="pe-dot" style={{ background: e.color }} aria-hidden />
                {e.nameZh || '（未命名）'}
                <small>
                  {ELEMENT_KIND_LABEL[e.kind]} · {e.members.length} 个镇街{count ? ` · ${count} 处问题` : ''}
                </small>
              </button>
              <button type="button" className="danger" aria-label={`删除元素 ${e.nameZh}`} onClick={() => dispatchEditor({ type: 'element/remove', id: e.id })}>
                删除
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
      selected: selected ? [...new Set([...selected.members.map((m) => m.town), ...(selected.axisPaths?.flat() ?? [])])] : [],
      hovered,
      camera,
    }),
    [drawable, selectedId, selected, hovered, camera],
  );
  const onClick = (click: MapClick) => {
    const town = click.names[0];
    if (!town) return;
    const element = usePlanEditorStore.getState().plan.elements.find((e) => e.id === usePlanEditorStore.getState().selectedId);
    if (!element) return onNotice(`先添加或选择一个元素，再点击镇街（${town}）。`);
    if (element.draw === 'axis') dispatchEditor({ type: 'axis/append', id: element.id, path: Math.max(0, (element.axisPaths?.length ?? 1) - 1), town });
    else dispatchEditor({ type: 'member/toggle', id: element.id, town });
  };
  return (
    <div className="pe-map">
      <MapPane overlays={overlays} state={state} onClick={onClick} onHover={setHovered} />
      <p className="pe-map-hint" aria-live="polite">
        {selected
          ? `${selected.draw === 'axis' ? '点击镇街，按顺序接到轴线' : '点击镇街加入或移出'}：${selected.nameZh}${hovered ? ` · ${hovered}` : ''}`
          : '添加或选择一个元素后，点击地图上的镇街'}
      </p>
    </div>
  );
}

function BriefingPanel({ saved }: { saved: boolean }) {
  const plan = usePlanEditorStore((s) => s.plan);
  const catalog = usePlanCatalog();
  const navigate = useRouteStore((s) => s.navigate);
  const others = catalog.plans.filter((p) => p.group.id !== plan.group.id);
  const [previousId, setPreviousId] = useState<string>(() => predecessorOf(plan, catalog.plans)?.group.id ?? '');
  const previous = others.find((p) => p.group.id === previousId) ?? null;
  const slides = () => buildPlanBriefing(plan, previous);
  return (
    <section className="pe-briefing" aria-label="规划简报">
      <h3>规划简报</h3>
      <p className="hint">标题页、每类元素一页，以及与所接续规划相比的变化清单。</p>
      <label>
        对照的规划
        <select value={previousId} onChange={(e) => setPreviousId(e.target.value)}>
          <option value="">（不对照）</option>
          {others.map((p) => (
            <option key={p.group.id} value={p.group.id}>
              {p.group.title}
            </option>
          ))}
        </select>
      </label>
      {previous ? (
        <details className="pe-changes">
          <summary>与 “{previous.group.nameZh}” 相比的变化（简报最后一页）</summary>
          <ul aria-label="变化清单预览">
            {changeLines(planChanges(previous.elements, plan.elements), (k) => ELEMENT_KIND_LABEL[k]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {saved ? null : <p className="pe-field-problem">简报里的图层来自已保存的规划：请先保存。</p>}
      <div className="pe-actions">
        <button
          type="button"
          disabled={!saved}
          onClick={() => {
            // The saved deck is read first (as presenter mode would on opening), so the briefing replaces it, with 撤销, and is saved.
            const { notify } = useNoticeStore.getState();
            initDeckPersistence({ onSaveError: (m) => notify('error', m), onConflict: (m, takeBack) => notify('warning', m, takeBack) });
            useDeckStore.getState().replace(slides(), `规划简报（${plan.group.nameZh}）`);
            navigate({ mode: 'present', slide: 1 });
          }}
        >
          放入汇报并打开
        </button>
        <button type="button" disabled={!saved} onClick={() => download(`简报-${plan.group.nameZh}.json`, deckToJson(slides()), 'application/json;charset=utf-8')}>
          导出简报文件
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
    if (!outcome.ok) return setMessage(`未保存：${outcome.problems.length} 处问题，请先改正（见“检查”）。`);
    setMessage(`已保存 “${plan.group.nameZh}”（${plan.elements.length} 个元素）。`);
    if (planId !== plan.group.id) navigate({ mode: 'planEditor', plan: plan.group.id });
  };

  const header = (
    <header className="app-header">
      <h1>规划编辑{problem === null ? ` · ${plan.group.nameZh}` : ''}</h1>
      <button type="button" className="header-button" onClick={() => navigate({ mode: 'plans' })}>
        返回规划管理
      </button>
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
              内置规划不能直接修改。
              <button
                type="button"
                onClick={() => {
                  const copy = copyAsDraft(planId);
                  if (copy) navigate({ mode: 'planEditor', plan: copy.group.id });
                }}
              >
                复制为草稿并编辑
              </button>
            </p>
          ) : (
            <p role="alert">没有找到规划 “{planId}”（可能已删除）。</p>
          )}
        </main>
      </div>
    );
  }

  return (
    <div className="plan-editor">
      {header}
      <Notices />
      <div className="pe-toolbar" role="toolbar" aria-label="编辑">
        <button type="button" onClick={() => dispatchEditor({ type: 'editor/undo' })} disabled={!canUndo} title="Ctrl+Z">
          撤销
        </button>
        <button type="button" onClick={() => dispatchEditor({ type: 'editor/redo' })} disabled={!canRedo} title="Ctrl+Y">
          重做
        </button>
        <button type="button" className="primary" onClick={save} disabled={!unsaved && saved !== null}>
          保存
        </button>
        <span className="pe-save-state" role="status">
          {message || (unsaved ? '有未保存的修改' : '已保存')}
        </span>
      </div>
      <main className="pe-main">
        <div className="pe-form">
          <div className={`pe-checks ${problems.length ? 'bad' : 'ok'}`} role="status" aria-live="polite" aria-label="检查">
            {problems.length ? (
              <>
                <p>检查：{problems.length} 处问题（与导入规划相同的检查），改正后才能保存。</p>
                <ul>
                  {problems.slice(0, 12).map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                {problems.length > 12 ? <p>另有 {problems.length - 12} 处问题未列出。</p> : null}
              </>
            ) : (
              <p>检查：没有问题。</p>
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
