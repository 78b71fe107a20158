import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { plannerPanelsLoaded } from '../support/plannerPanels';
import { GeoContext } from '../../src/app/GeoContext';
import { LAYOUT_ELEMENTS } from '../../src/plans/builtin';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../src/state/screens/plannerState';
import { appGeo } from '../fixtures/appGeo';
import { makeMockMapView } from '../fixtures/mockMapView';

const mock = makeMockMapView();
vi.mock('../../src/map/mapAdapter', () => ({ createMapView: () => mock.view }));

const geo = appGeo();
let planner: PlannerStateStore = createPlannerState();

beforeEach(() => {
  planner = createPlannerState();
  vi.clearAllMocks();
});

async function renderOnLayersTab() {
  render(
    <GeoContext.Provider value={geo}>
      <PlannerStateProvider store={planner}>
        <App />
      </PlannerStateProvider>
    </GeoContext.Provider>,
  );
  await userEvent.click(screen.getByRole('tab', { name: '图层' }));
  await plannerPanelsLoaded();
}

const legendNames = () => {
  const legend = screen.queryByRole('region', { name: '图例' });
  return legend ? within(legend).getAllByRole('listitem').map((li) => li.textContent) : [];
};
const lastVisibility = () => mock.last().overlays.map((o) => o.id);

describe('layer panel, legend and info card', () => {
  it('an element toggle is a checkbox named after it; the map and legend follow', async () => {
    await renderOnLayersTab();
    await userEvent.click(screen.getByRole('checkbox', { name: '西部高端高新产业带' }));
    expect(lastVisibility()).toEqual(['belt-west']);
    // The 2018 plan ended with 2025: its heading in the legend says so, once.
    const ended = new Date().getFullYear() > 2025 ? '（已到期）' : '';
    const planHeadings = () => within(screen.getByRole('region', { name: '图例' })).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(legendNames()).toEqual(['西部高端高新产业带（示意）']);
    expect(planHeadings()).toEqual([`2018 一核三带十区${ended}`]);
    await userEvent.click(screen.getByRole('checkbox', { name: '银瓶高端装备产业基地' }));
    expect(legendNames()).toEqual(['西部高端高新产业带（示意）', expect.stringMatching(/^银瓶高端装备产业基地（.*[^期]）$/)]);
    expect(planHeadings()).toEqual([`2018 一核三带十区${ended}`, `“十四五” 一城一廊三区多节点${ended}`]);
    await userEvent.click(screen.getByRole('checkbox', { name: '西部高端高新产业带' }));
    expect(lastVisibility()).toEqual(['base-yinping']);
  });

  it('a group toggle shows a whole plan; "show only" and "all off" do what they say', async () => {
    await renderOnLayersTab();
    const fyp = LAYOUT_ELEMENTS.filter((e) => e.plan === 'fyp14');
    await userEvent.click(screen.getByRole('checkbox', { name: /一城一廊三区多节点/ }));
    expect(new Set(lastVisibility())).toEqual(new Set(fyp.map((e) => e.id)));
    await userEvent.click(screen.getByRole('button', { name: '只显示 松山湖科学城' }));
    expect(lastVisibility()).toEqual(['science-city-songshanhu']);
    expect(legendNames()).toEqual([expect.stringContaining('松山湖科学城（部分镇街，斜线）')]);
    await userEvent.click(screen.getByRole('button', { name: '全部关闭' }));
    expect(lastVisibility()).toEqual([]);
    expect(screen.queryByRole('region', { name: '图例' })).toBeNull();
  });

  it('group opacity reaches the map', async () => {
    await renderOnLayersTab();
    const slider = screen.getByRole('slider', { name: /六大片区.*不透明度/ });
    fireEvent.change(slider, { target: { value: '0.6' } });
    act(() => planner.dispatch({ type: 'layers/set', ids: ['pianqu-binhai'] }));
    const pianqu = mock.last().overlays.find((o) => o.id.startsWith('pianqu-'))!;
    expect(pianqu.opacity).toBeCloseTo(0.6);
  });

  it('the info card gives members, area and share of the city, source and fact kind', async () => {
    await renderOnLayersTab();
    await userEvent.click(screen.getByRole('button', { name: '银瓶高端装备产业基地 说明' }));
    const card = screen.getByRole('dialog', { name: '银瓶高端装备产业基地' });
    expect(card).toHaveTextContent('谢岗镇');
    expect(card).toHaveTextContent('公开来源');
    expect(card).toHaveTextContent('部分');
    expect(card).toHaveTextContent(/规划面积：.*21,408/);
    expect(card).toHaveTextContent(/占全市 \d+\.\d%/);
    expect(card).toHaveTextContent('东莞市科技创新');
    await userEvent.click(within(card).getByRole('button', { name: '谢岗镇' }));
    expect(planner.getState().selected).toEqual(['谢岗镇']);
    await userEvent.click(within(card).getByRole('button', { name: '关闭说明' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the info card is a dialog: focus moves in, Esc closes it, focus returns to its opener', async () => {
    await renderOnLayersTab();
    const opener = screen.getByRole('button', { name: '银瓶高端装备产业基地 说明' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const card = screen.getByRole('dialog', { name: '银瓶高端装备产业基地' });
    expect(card.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('a belt that is derived says 示意 in the panel and in its card', async () => {
    await renderOnLayersTab();
    const row = screen.getByRole('checkbox', { name: '东部智能制造产业带' }).closest('li')!;
    expect(row).toHaveTextContent('示意');
    await userEvent.click(within(row).getByRole('button', { name: '东部智能制造产业带 说明' }));
    expect(screen.getByRole('dialog', { name: '东部智能制造产业带' })).toHaveTextContent('示意');
  });

  it('the 战略平台 group has a checkbox per platform, each with a card giving its kind and source', async () => {
    await renderOnLayersTab();
    const group = screen.getByRole('checkbox', { name: /战略平台/ }).closest('fieldset')!;
    const cases: [string, RegExp, RegExp][] = [
      ['松山湖', /文件明确/, /百县千镇万村.*（二）3．强化科技金融赋能作用/],
      ['水乡新城', /推导（示意）/, /无出处：水乡新城的镇街/],
      ['滨海湾新区', /公开来源/, /东莞日报.*2017-06-19/],
      ['银瓶合作创新区', /公开来源/, /第二章 确立发展新蓝图 五、发展布局 3\.三区/],
      ['东部工业园区', /推导（示意）/, /没有它自己的可引用出处/],
      ['松山湖大学创新城', /文件明确/, /重点新兴产业发展规划.*五、发展布局/],
    ];
    for (const [name, kind, source] of cases) {
      const box = within(group).getByRole('checkbox', { name });
      await userEvent.click(within(box.closest('li')!).getByRole('button', { name: `${name} 说明` }));
      const card = screen.getByRole('dialog', { name });
      expect(card).toHaveTextContent(kind);
      expect(card).toHaveTextContent(source);
    }
    expect(screen.getByRole('dialog', { name: '松山湖大学创新城' })).toHaveTextContent('部分');
    const open = async (name: string) => {
      await userEvent.click(within(within(group).getByRole('checkbox', { name }).closest('li')!).getByRole('button', { name: `${name} 说明` }));
      return screen.getByRole('dialog', { name });
    };
    // seed 002's list of platforms ends with 等: said on the card, without calling the towns incomplete.
    const shuixiang = await open('水乡新城');
    expect(shuixiang).toHaveTextContent('以“等”结尾，所列平台未必齐全');
    expect(shuixiang).not.toHaveTextContent('名单以“等”结尾，未列全');
    expect(await open('东部工业园区')).toHaveTextContent('不在百千万方案所列的战略平台之中');
  });

  it('a list the plan ends with 等 says so on the panel, the card and the legend; our own role words are marked', async () => {
    await renderOnLayersTab();
    const row = screen.getByRole('checkbox', { name: '新一代信息通信产业集聚区' }).closest('li')!;
    expect(within(row).getByLabelText('名单以“等”结尾，未列全')).toHaveTextContent('等');
    await userEvent.click(screen.getByRole('checkbox', { name: '新一代信息通信产业集聚区' }));
    expect(legendNames()).toEqual([expect.stringContaining('（等，未列全）')]);
    await userEvent.click(within(row).getByRole('button', { name: '新一代信息通信产业集聚区 说明' }));
    const card = screen.getByRole('dialog', { name: '新一代信息通信产业集聚区' });
    expect(card).toHaveTextContent('原文「以东城、石龙、石碣、黄江、常平等镇为关键节点」');
    expect(card).toHaveTextContent('「关键节点」');
    act(() => planner.dispatch({ type: 'card/open', id: 'cluster-meddevice' }));
    expect(screen.getByRole('dialog', { name: '高端医疗器械产业集聚区' })).toHaveTextContent('集聚核心（概括）');
  });

  it('the town panel lists every element 谢岗镇 belongs to, with role and fact kind', () => {
    render(
      <GeoContext.Provider value={geo}>
        <PlannerStateProvider store={planner}>
          <App />
        </PlannerStateProvider>
      </GeoContext.Provider>,
    );
    act(() => planner.dispatch({ type: 'selection/select', unit: '谢岗镇' }));
    const list = screen.getByRole('list', { name: '所属布局' });
    const text = within(list).getAllByRole('listitem').map((li) => li.textContent);
    for (const name of ['东部智能制造产业带', '工业机器人', '高端智能制造装备', '新能源汽车', '高性能电池', '北部区域', '银瓶高端装备产业基地']) {
      expect(text.some((t) => t!.includes(name))).toBe(true);
    }
    expect(text.find((t) => t!.includes('东部智能制造产业带'))).toMatch(/示意/);
    expect(text.find((t) => t!.includes('新能源汽车'))).toMatch(/关键零部件/);
    expect(text.find((t) => t!.includes('高端智能制造装备'))).toMatch(/名单以“等”结尾/);
  });

  it('compares two elements: towns in both, in one only, and the overlapping area', async () => {
    await renderOnLayersTab();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '对比甲' }), 'belt-east');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '对比乙' }), 'region-south');
    const both = within(screen.getByRole('list', { name: '两者皆有' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(both.sort()).toEqual(['凤岗镇', '塘厦镇', '樟木头镇', '清溪镇', '黄江镇'].sort());
    expect(within(screen.getByRole('list', { name: '仅东部智能制造产业带' })).getAllByRole('listitem').map((li) => li.textContent)).toContain('谢岗镇');
    expect(within(screen.getByRole('list', { name: '仅南部区域' })).getAllByRole('listitem').map((li) => li.textContent)).toContain('长安镇');
    const expectedKm2 = ['凤岗镇', '塘厦镇', '樟木头镇', '清溪镇', '黄江镇'].reduce((s, t) => s + geo.metaByName.get(t)!.areaKm2, 0);
    expect(screen.getByLabelText('重叠面积')).toHaveTextContent(`${expectedKm2.toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km²`);
    await userEvent.click(screen.getByRole('checkbox', { name: '在地图上着色' }));
    const fill = mock.last().fill!;
    expect(fill['黄江镇']).toBe(fill['塘厦镇']);
    expect(fill['谢岗镇']).not.toBe(fill['黄江镇']);
    expect(fill['长安镇']).not.toBe(fill['谢岗镇']);
  });
});
