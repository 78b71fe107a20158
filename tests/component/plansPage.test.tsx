/**
 * The plans page (#/plans): list with period and status, 导入规划 with every problem named and
 * nothing changed when refused, 导出规划, 复制为草稿, 删除 with 撤销, kept in IndexedDB; and the
 * acceptance path: a built-in plan exported, edited as text and imported appears on the map as its
 * own layer group and in the changed town's 所属布局, the built-in plan unchanged.
 */
import { IDBFactory } from 'fake-indexeddb';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { plannerPanelsLoaded } from '../support/plannerPanels';
import { GeoContext } from '../../src/app/GeoContext';
import { PlansView } from '../../src/modes/plans/PlansView';
import { BUILTIN_PLANS } from '../../src/plans/builtin';
import { planCatalog } from '../../src/plans/catalog';
import { planToJson } from '../../src/plans/planFile';
import { loadSavedPlans, putRawRecord, savedPlanKeys } from '../../src/plans/savedPlans';
import { ensurePlansLoaded, resetPlansStore, usePlansStore } from '../../src/state/plansStore';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../src/state/screens/plannerState';
import { usePlanYearStore } from '../../src/state/planYearStore';
import { appGeo } from '../fixtures/appGeo';
import { makeMockMapView } from '../fixtures/mockMapView';

const mock = makeMockMapView();
vi.mock('../../src/map/mapAdapter', () => ({ createMapView: () => mock.view }));

let idb: IDBFactory;
let planner: PlannerStateStore = createPlannerState();

beforeEach(async () => {
  idb = new IDBFactory();
  resetPlansStore(idb);
  planner = createPlannerState();
  usePlanYearStore.setState({ year: null });
  await ensurePlansLoaded();
});

const builtin2018 = BUILTIN_PLANS.find((p) => p.group.id === 'plan2018')!;
const builtinJson = () => JSON.parse(planToJson(builtin2018));
const fileOf = (value: unknown, name = 'plan.json') => new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (name: string) => rows().find((r) => within(r).getByRole('rowheader').textContent!.startsWith(name))!;

async function importFile(file: File) {
  await userEvent.upload(screen.getByLabelText('导入规划'), file);
  await vi.waitFor(() => expect(usePlansStore.getState().lastImport?.fileName).toBe(file.name));
}

describe('the plans page', () => {
  it('lists the built-in plans with their period and status', () => {
    render(<PlansView />);
    expect(rows()).toHaveLength(4);
    const r2018 = rowOf('一核三带十区');
    expect(r2018).toHaveTextContent('2018—2025 年');
    expect(r2018).toHaveTextContent(new Date().getFullYear() > 2025 ? '已到期' : '在期');
    expect(r2018).toHaveTextContent('东莞市重点新兴产业发展规划（2018—2025年）');
    expect(rowOf('六大片区')).toHaveTextContent('未定期限');
    expect(within(r2018).queryByRole('button', { name: /删除/ })).toBeNull();
  });

  const hostile: [string, () => unknown, RegExp][] = [
    ['an unknown town', () => { const f = builtinJson(); f.elements[1].members[0].town = '麻涌村'; return f; }, /第 2 个元素（belt-west） › members › 第 1 个成员 › town：“麻涌村”不是东莞的镇街名称，是不是 “麻涌镇”？/],
    ['duplicate ids', () => { const f = builtinJson(); f.elements[2].id = 'belt-west'; return f; }, /第 3 个元素（belt-west） › id：与第 2 个元素重复/],
    ['a member listed twice', () => { const f = builtinJson(); f.elements[0].members.push(f.elements[0].members[0]); return f; }, /“松山湖管委会”在这个元素里列了两次/],
    ['wrong types', () => { const f = builtinJson(); f.elements[0].members = 'x'; f.plan.period.end = '2025'; return f; }, /规划信息 › period › end：/],
    ['HTML in strings', () => { const f = builtinJson(); f.elements[0].nameZh = '<b onmouseover=alert(1)>核心</b>'; return f; }, /第 1 个元素（core-songshanhu） › nameZh：含有 HTML 标记/],
    ['1,000 elements', () => { const f = builtinJson(); f.elements = Array.from({ length: 1000 }, (_, i) => ({ ...f.elements[0], id: `e${i}` })); return f; }, /元素过多（最多 300 个）/],
    ['a schema version from the future', () => ({ ...builtinJson(), schemaVersion: 7 }), /格式版本 7 比本程序新/],
    ['not JSON', () => '{ "format": ', /不是有效的 JSON/],
  ];
  for (const [what, make, message] of hostile) {
    it(`refuses ${what} with a message naming the problem; nothing changes`, async () => {
      render(<PlansView />);
      const before = planCatalog().version;
      await importFile(fileOf(make()));
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(/^未导入 “plan.json”：\d+ 处问题，已保存的规划没有任何改变。/);
      expect(alert.textContent).toMatch(message);
      expect(planCatalog().version).toBe(before);
      expect(rows()).toHaveLength(4);
      expect(await savedPlanKeys(idb)).toEqual([]);
    });
  }

  it('refuses a 10 MB file without reading it', async () => {
    render(<PlansView />);
    await importFile(fileOf({ ...builtinJson(), padding: 'x'.repeat(10 * 1024 * 1024) }, 'big.json'));
    expect(screen.getByRole('alert')).toHaveTextContent('文件过大（10.0 MB，上限 2 MB），未读取');
    expect(rows()).toHaveLength(4);
  });

  it('imports, copies as a draft, deletes with undo; the browser keeps the plans across a reload', async () => {
    render(<PlansView />);
    await importFile(fileOf(builtinJson(), '2018.json'));
    expect(screen.getByRole('status')).toHaveTextContent('已导入 “一核三带十区”（17 个元素）；规划标识 plan2018 已被占用，导入为 plan2018-copy；17 个元素标识已被占用');
    expect(rows()).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: '复制为草稿 六大片区' }));
    expect(rowOf('六大片区（草稿）')).toHaveTextContent('草稿');
    await vi.waitFor(async () => expect((await savedPlanKeys(idb)).sort()).toEqual(['pianqu-copy', 'plan2018-copy']));
    await userEvent.click(screen.getByRole('button', { name: '删除 六大片区（草稿）' }));
    expect(rows()).toHaveLength(5);
    await vi.waitFor(async () => expect(await savedPlanKeys(idb)).toEqual(['plan2018-copy']));
    await userEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(rowOf('六大片区（草稿）')).toBeTruthy();
    await vi.waitFor(async () => expect((await savedPlanKeys(idb)).sort()).toEqual(['pianqu-copy', 'plan2018-copy']));
    // A reload reads them back in the same order.
    const reloaded = await loadSavedPlans(idb);
    expect(reloaded.notices).toEqual([]);
    expect(reloaded.plans.map((p) => p.group.nameZh)).toEqual(['一核三带十区', '六大片区（草稿）']);
    expect(reloaded.plans[1].group.draft).toBe(true);
  });

  it('moves an unreadable saved plan aside with a notice, and loads the others', async () => {
    const good = JSON.parse(planToJson({ ...builtin2018, group: { ...builtin2018.group, id: 'mine' } }));
    for (const e of good.elements) e.id = `${e.id}-m`;
    for (const e of good.elements) if (e.parentId) e.parentId = `${e.parentId}-m`;
    await putRawRecord('mine', { version: 1, savedAt: '2026-01-01', order: 0, file: good }, idb);
    await putRawRecord('broken', { version: 1, savedAt: '2026-01-01', order: 1, file: { format: 'dgmap-plan', schemaVersion: 1 } }, idb);
    await putRawRecord('future', { version: 9, file: {} }, idb);
    resetPlansStore(idb);
    await ensurePlansLoaded();
    render(<PlansView />);
    expect(rows()).toHaveLength(5);
    const notices = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(notices.some((n) => /“broken” 无法读取（.*），已另存为 rejected-\d+-broken/.test(n!))).toBe(true);
    expect(notices.some((n) => /“future” 无法读取（版本 9，应为 1）/.test(n!))).toBe(true);
    const keys = await savedPlanKeys(idb);
    expect(keys).toContain('mine');
    expect(keys.filter((k) => k.startsWith('rejected-'))).toHaveLength(2);
  });
});

describe('an imported plan follows the data everywhere', () => {
  it('a built-in plan exported, edited as text and imported is its own layer group; the changed town lists it; the built-in is unchanged', async () => {
    // 导出规划 gives this text; the planner renames the plan, removes one element and changes one member town.
    const text = planToJson(builtin2018)
      .replace('"nameZh": "一核三带十区"', '"nameZh": "一核三带十区（修订）"')
      .replace('"id": "plan2018"', '"id": "plan2018-rev"');
    const edited = JSON.parse(text);
    edited.elements = edited.elements.filter((e: { id: string }) => e.id !== 'cluster-meddevice');
    const ai = edited.elements.find((e: { id: string }) => e.id === 'cluster-ai');
    ai.members[0].town = '石排镇'; // 新一代人工智能: 松山湖 → 石排
    for (const e of edited.elements) {
      e.id = `rev-${e.id}`;
      if (e.parentId) e.parentId = `rev-${e.parentId}`;
    }
    const before = JSON.stringify(BUILTIN_PLANS);
    const view = render(<PlansView />);
    await importFile(fileOf(JSON.stringify(edited, null, 2), 'edited.json'));
    expect(screen.getByRole('status')).toHaveTextContent('已导入 “一核三带十区（修订）”（16 个元素）');
    view.unmount();

    render(
      <GeoContext.Provider value={appGeo()}>
        <PlannerStateProvider store={planner}>
          <App />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    await plannerPanelsLoaded();
    await userEvent.click(screen.getByRole('tab', { name: '图层' }));
    // Its own layer group with the edited elements.
    expect(screen.getByRole('checkbox', { name: /2018 一核三带十区.*0\/16/ })).toBeTruthy();
    const groups = screen.getAllByRole('group').filter((g) => g.classList.contains('plan-group'));
    expect(groups).toHaveLength(5);
    const revised = groups[4];
    expect(within(revised).getAllByRole('listitem')).toHaveLength(16);
    expect(within(revised).queryByRole('checkbox', { name: '高端医疗器械产业集聚区' })).toBeNull();
    expect(within(groups[0]).getByRole('checkbox', { name: '高端医疗器械产业集聚区' })).toBeTruthy();
    // Shown on the map and in the legend.
    await userEvent.click(within(revised).getByRole('checkbox', { name: '新一代人工智能产业集聚区' }));
    expect(mock.last().overlays.map((o) => o.id)).toEqual(['rev-cluster-ai']);
    // The changed town's 所属布局 lists it; the town it left does not (in the revised plan).
    await userEvent.click(screen.getByRole('tab', { name: '镇街' }));
    act(() => planner.dispatch({ type: 'selection/select', unit: '石排镇' }));
    const shipai = within(screen.getByRole('list', { name: '所属布局' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(shipai.some((t) => t!.includes('新一代人工智能产业集聚区') && t!.includes('一核三带十区（修订）'))).toBe(true);
    act(() => planner.dispatch({ type: 'selection/select', unit: '松山湖管委会' }));
    const songshanhu = within(screen.getByRole('list', { name: '所属布局' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(songshanhu.filter((t) => t!.includes('新一代人工智能产业集聚区'))).toHaveLength(1);
    expect(songshanhu.find((t) => t!.includes('新一代人工智能产业集聚区'))).not.toContain('修订');
    // Search finds its elements by name, with the plan they belong to.
    await userEvent.type(screen.getByRole('combobox', { name: '搜索镇街' }), '人工智能');
    const found = within(screen.getByRole('listbox', { name: '搜索结果' })).getAllByRole('option').map((o) => o.textContent);
    // Both are of a plan that ended with 2025: search says so.
    const ended = new Date().getFullYear() > 2025 ? '（已到期）' : '';
    expect(found).toEqual([`新一代人工智能产业集聚区 一核三带十区${ended} · 布局元素`, `新一代人工智能产业集聚区 一核三带十区（修订）${ended} · 布局元素`]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(planner.getState().visible).toContain('rev-cluster-ai');
    // The built-in plan is unchanged.
    expect(JSON.stringify(BUILTIN_PLANS)).toBe(before);
  });
});

describe('time: the year control and the 已到期 badge', () => {
  it('a year shows the plans in force that year; an ended plan is badged 已到期 in the panel, its card and a town\'s 所属布局', async () => {
    render(
      <GeoContext.Provider value={appGeo()}>
        <PlannerStateProvider store={planner}>
          <App />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    await plannerPanelsLoaded();
    await userEvent.click(screen.getByRole('tab', { name: '图层' }));
    const groupNames = () => screen.getAllByRole('group').filter((g) => g.classList.contains('plan-group')).map((g) => g.querySelector('legend')!.textContent);
    const year = screen.getByRole('combobox', { name: '规划年份' });
    await userEvent.selectOptions(year, '2019');
    expect(groupNames()).toEqual([expect.stringMatching(/^2018 一核三带十区/), expect.stringContaining('六大片区'), expect.stringContaining('战略平台')]);
    expect(groupNames()[0]).not.toContain('已到期'); // in force in 2019
    expect(screen.getByText(/另有 1 份规划在 2019 年不在期/)).toBeInTheDocument();
    await userEvent.selectOptions(year, '2023');
    expect(groupNames().filter((n) => /一核三带十区|一城一廊三区多节点/.test(n!))).toHaveLength(2);
    await userEvent.selectOptions(year, '2026');
    expect(groupNames().some((n) => /一核三带十区|一城一廊三区多节点/.test(n!))).toBe(false);
    await userEvent.selectOptions(year, '');
    expect(groupNames()).toHaveLength(4);
    if (new Date().getFullYear() > 2025) {
      expect(groupNames()[0]).toContain('已到期');
      expect(groupNames()[2]).not.toContain('已到期');
      await userEvent.click(screen.getByRole('button', { name: '新一代人工智能产业集聚区 说明' }));
      expect(screen.getByRole('dialog', { name: '新一代人工智能产业集聚区' })).toHaveTextContent('2018 一核三带十区 已到期');
      await userEvent.click(screen.getByRole('tab', { name: '镇街' }));
      act(() => planner.dispatch({ type: 'selection/select', unit: '谢岗镇' }));
      const lines = within(screen.getByRole('list', { name: '所属布局' })).getAllByRole('listitem').map((li) => li.textContent);
      expect(lines.find((t) => t!.includes('新能源汽车'))).toContain('一核三带十区（已到期）');
      expect(lines.find((t) => t!.includes('东部产业园片区'))).not.toContain('已到期');
    }
  });

  it('the legend and the town view’s 所属布局 say 已到期 too, judged against the chosen year', async () => {
    render(
      <GeoContext.Provider value={appGeo()}>
        <PlannerStateProvider store={planner}>
          <App />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    await plannerPanelsLoaded();
    await userEvent.click(screen.getByRole('tab', { name: '图层' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '新一代人工智能产业集聚区' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '东部产业园片区' }));
    const legend = () => within(screen.getByRole('region', { name: '图例' }));
    const legendLines = () => legend().getAllByRole('listitem').map((li) => li.textContent);
    // Each plan's heading says its status once; no row repeats it.
    const planHeadings = () => legend().getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '规划年份' }), '2024');
    expect(planHeadings()).toEqual(['2018 一核三带十区', '园区统筹组团发展 六大片区']); // in force in 2024
    expect(legendLines().some((t) => t!.includes('已到期'))).toBe(false);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '规划年份' }), '');
    if (new Date().getFullYear() <= 2025) return;
    expect(planHeadings()).toEqual(['2018 一核三带十区（已到期）', '园区统筹组团发展 六大片区']); // 六大片区 has no period
    expect(legendLines().some((t) => t!.includes('已到期'))).toBe(false);
    cleanup();
    const { TownView } = await import('../../src/modes/town/TownView');
    render(
      <GeoContext.Provider value={appGeo()}>
        <TownView town="谢岗镇" />
      </GeoContext.Provider>,
    );
    const memberships = await screen.findByRole('list', { name: '所属布局' }, { timeout: 10_000 });
    const lines = within(memberships).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines.find((t) => t!.includes('新能源汽车'))).toContain('一核三带十区（已到期）');
    expect(lines.find((t) => t!.includes('东部产业园片区'))).not.toContain('已到期');
  });
});
