/**
 * The plan editor (#/edit/<plan>) with the keyboard and a mocked map: elements added, towns picked by
 * typing and by map clicks (the map's click handler), the import's checks shown as you type, undo
 * and redo, 保存 into the saved plans (IndexedDB), and the map preview following every change.
 */
import { IDBFactory } from 'fake-indexeddb';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GeoContext } from '../../src/app/GeoContext';
import { PlanEditor } from '../../src/modes/plans/PlanEditor';
import { PlansView } from '../../src/modes/plans/PlansView';
import { ComparePanel } from '../../src/panels/layers/ComparePanel';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../src/state/screens/plannerState';
import { planCatalog } from '../../src/plans/catalog';
import { loadSavedPlans } from '../../src/plans/savedPlans';
import { ensurePlansLoaded, resetPlansStore, usePlansStore } from '../../src/state/plansStore';
import { usePlanEditorStore } from '../../src/state/planEditorStore';
import { useRouteStore } from '../../src/state/routeStore';
import { appGeo } from '../fixtures/appGeo';
import { makeMockMapView } from '../fixtures/mockMapView';

const mock = makeMockMapView();
vi.mock('../../src/map/mapAdapter', () => ({ createMapView: (_c: unknown, _g: unknown, _o: unknown, handlers: unknown) => ((mock.calls.handlers = handlers as never), mock.view) }));

let idb: IDBFactory;
const planner: PlannerStateStore = createPlannerState();

beforeEach(async () => {
  idb = new IDBFactory();
  resetPlansStore(idb);
  await ensurePlansLoaded();
});

function renderEditor(planId = 'new') {
  return render(
    <GeoContext.Provider value={appGeo()}>
      <PlanEditor planId={planId} />
    </GeoContext.Provider>,
  );
}

const checks = () => screen.getByRole('status', { name: '检查' });
const members = () => within(screen.getByRole('table')).queryAllByRole('rowheader').map((r) => r.textContent);

async function pick(label: string, text: string) {
  const box = screen.getByRole('combobox', { name: label });
  await userEvent.clear(box);
  await userEvent.type(box, `${text}{Enter}`);
}

describe('the plan editor', () => {
  it('新建规划 on the plans page opens the editor on a new plan', async () => {
    render(<PlansView />);
    await userEvent.click(screen.getByRole('button', { name: '新建规划' }));
    expect(useRouteStore.getState().route).toEqual({ mode: 'planEditor', plan: 'new' });
  });

  it('builds a zone by keyboard and map clicks, checks as you type, undoes, and saves into the saved plans', async () => {
    renderEditor();
    await screen.findByRole('button', { name: '添加元素' });
    await userEvent.selectOptions(screen.getByLabelText('新元素类型'), 'region');
    await userEvent.click(screen.getByRole('button', { name: '添加元素' }));
    expect(checks()).toHaveTextContent('检查：没有问题。'); // a zone without towns is allowed, drawn as nothing

    await pick('成员镇街', '长安');
    await pick('成员镇街', 'humen');
    expect(members()).toEqual(['长安镇', '虎门镇']);
    // A click on the map toggles the town under it.
    await vi.waitFor(() => expect(mock.calls.handlers).not.toBeNull());
    act(() => mock.calls.handlers!.onClick!({ names: ['厚街镇'], lonLat: [113.7, 22.9], shiftKey: false }));
    expect(members()).toEqual(['长安镇', '虎门镇', '厚街镇']);
    // The preview draws the zone and outlines its towns.
    await vi.waitFor(() => expect(mock.last().selected).toEqual(['长安镇', '虎门镇', '厚街镇']));
    expect(mock.last().overlays.map((o) => o.id)).toEqual([usePlanEditorStore.getState().selectedId]);

    // An unknown town is said with the nearest one, and nothing changes.
    await pick('成员镇街', '长按镇');
    expect(screen.getByRole('alert')).toHaveTextContent('“长按镇”不是东莞的镇街名称，是不是 “长安镇”？');
    expect(members()).toHaveLength(3);

    // The import's checks as you type, naming the element and field.
    await userEvent.clear(screen.getByLabelText('名称'));
    expect(checks()).toHaveTextContent(/第 1 个元素（plan-\d{8}(-\d+)?-e1） › nameZh：不能为空/);
    expect(screen.getByLabelText('名称')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByText(/^未保存：1 处问题/)).toBeInTheDocument();
    expect(usePlansStore.getState().plans).toHaveLength(0); // refused while a problem is left
    await userEvent.type(screen.getByLabelText('名称'), '滨海片区');
    expect(checks()).toHaveTextContent('检查：没有问题。');

    // Undo and redo.
    await userEvent.click(screen.getByRole('button', { name: '移除 虎门镇' }));
    expect(members()).toEqual(['长安镇', '厚街镇']);
    await userEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(members()).toEqual(['长安镇', '虎门镇', '厚街镇']);
    await userEvent.click(screen.getByRole('button', { name: '重做' }));
    expect(members()).toEqual(['长安镇', '厚街镇']);

    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const saved = usePlansStore.getState().plans;
    expect(saved).toHaveLength(1);
    expect(saved[0].elements[0]).toMatchObject({ nameZh: '滨海片区', kind: 'region', draw: 'zone' });
    expect(planCatalog().plans.some((p) => p.group.id === saved[0].group.id)).toBe(true);
    await vi.waitFor(async () => expect((await loadSavedPlans(idb)).plans.map((p) => p.group.id)).toEqual([saved[0].group.id]));
    expect(useRouteStore.getState().route).toEqual({ mode: 'planEditor', plan: saved[0].group.id });
  });

  it('a built-in plan is not edited in place: it is copied as a draft first', async () => {
    renderEditor('plan2018');
    expect(await screen.findByRole('alert')).toHaveTextContent('内置规划不能直接修改');
    await userEvent.click(screen.getByRole('button', { name: '复制为草稿并编辑' }));
    const copy = usePlansStore.getState().plans[0];
    expect(copy.group.draft).toBe(true);
    expect(useRouteStore.getState().route).toEqual({ mode: 'planEditor', plan: copy.group.id });
  });

  it('compare lists the changes between two whole plans and marks the changed towns on the map', async () => {
    planner.dispatch({ type: 'compare/setSide', side: 'a', value: 'plan:plan2018' });
    planner.dispatch({ type: 'compare/setSide', side: 'b', value: 'plan:fyp14' });
    render(
      <GeoContext.Provider value={appGeo()}>
        <PlannerStateProvider store={planner}>
          <ComparePanel />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    const list = screen.getByRole('region', { name: '变化清单' });
    expect(within(list).getByRole('heading', { name: /变化清单：从整个“一核三带十区”到整个“一城一廊三区多节点”/ })).toBeInTheDocument();
    expect(within(list).getByRole('list', { name: '基地新增镇街' })).toHaveTextContent('谢岗镇');
    expect(within(list).getByRole('list', { name: '元素的变化' })).toHaveTextContent('新增元素：松山湖科学城');
    await userEvent.click(within(list).getByRole('button', { name: /在地图上标出变化的镇街/ }));
    expect(planner.getState().selected).toContain('谢岗镇');
    // One element against another: no plan change list.
    act(() => planner.dispatch({ type: 'compare/setSide', side: 'a', value: 'belt-west' }));
    expect(screen.queryByRole('region', { name: '变化清单' })).toBeNull();
  });
});
