import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { makeMockMapView } from '../../../tests/fixtures/mockMapView';
import { GeoContext } from '../../app/GeoContext';
import { LAYOUT_ELEMENTS } from '../../plans/builtin';
import { Root } from '../../Root';
import { useNoticeStore } from '../../state/noticeStore';
import { useRouteStore } from '../../state/routeStore';
import { createPlannerState, PlannerStateProvider, type PlannerStateStore } from '../../state/screens/plannerState';
import { screenLabelScale, slideMapState } from './applySlide';
import { emptyQuotaData } from '../../quotas/model';
import { useDeckStore } from './deck';
import { deckToJson } from './deckJson';
import { DECK_STORAGE_KEY, stopDeckPersistence } from './deckPersistence';
import { buildDefaultDeck } from './defaultDeck';
import { MIN_SPAN_DEG } from './framing';

const mock = makeMockMapView();
vi.mock('../../map/mapAdapter', () => ({ createMapView: () => mock.view }));

const geo = appGeo();
const deck = buildDefaultDeck();
const N = deck.length;
const nameOf = (id: string) => LAYOUT_ELEMENTS.find((e) => e.id === id)!.nameZh;

let planner: PlannerStateStore;

beforeEach(() => {
  vi.clearAllMocks();
  mock.calls.states.length = 0;
  planner = createPlannerState();
  useNoticeStore.setState({ notices: [] });
});

afterEach(() => {
  // Unmount first: resetting the deck under a mounted presenter re-renders it for nothing.
  cleanup();
  stopDeckPersistence();
  useDeckStore.getState().reset();
  useRouteStore.setState({ route: { mode: 'map' } });
});

/** Opens presenter mode at a slide, and waits for the screen (it loads on first use) and its effects. */
async function present(slide: number) {
  useRouteStore.setState({ route: { mode: 'present', slide } });
  const rendered = render(
    <GeoContext.Provider value={geo}>
      <PlannerStateProvider store={planner}>
        <Root />
      </PlannerStateProvider>
    </GeoContext.Provider>,
  );
  await screen.findByLabelText('幻灯片进度', undefined, { timeout: 15_000 });
  await act(async () => {});
  return rendered;
}

const progress = () => screen.getByLabelText('幻灯片进度').textContent;
const route = () => useRouteStore.getState().route;
const title = () => screen.getByRole('heading', { level: 1 }).textContent;
const legendNames = () => within(screen.getByLabelText('图例')).getAllByRole('listitem').map((li) => li.textContent);
const press = (keys: string) => act(() => userEvent.keyboard(keys));
const notices = () => useNoticeStore.getState().notices.map((n) => n.text).join('\n');

describe('presenter mode (map adapter mocked)', () => {
  it('opens the slide the route names: title, caption, n / N, layers in the legend, camera', async () => {
    await present(3);
    expect(progress()).toBe(`3 / ${N}`);
    expect(title()).toBe(deck[2].title);
    expect(screen.getByText(deck[2].caption)).toBeInTheDocument();
    expect(mock.last().overlays.map((o) => o.id)).toEqual(deck[2].layers);
    expect(planner.getState().visible).toEqual([]); // the planner's layers are not touched
    for (const id of deck[2].layers) expect(legendNames().some((t) => t?.includes(nameOf(id)))).toBe(true);
    await vi.waitFor(() => expect(mock.last().camera.seq).toBeGreaterThan(0));
  });

  it('walks the deck with the keyboard; the route (URL) follows every step', async () => {
    await present(1);
    await press('{ArrowRight}');
    expect(route()).toEqual({ mode: 'present', slide: 2 });
    expect(progress()).toBe(`2 / ${N}`);
    expect(mock.last().selected).toEqual(deck[1].highlight);
    expect(planner.getState().selected).toEqual([]);
    // the camera goes to 松山湖, with room round it (widened to MIN_SPAN_DEG)
    // Slide 1's camera is a bounds camera too: wait for slide 2's.
    await vi.waitFor(() => {
      const target = mock.last().camera.target;
      if (target.kind !== 'bounds') throw new Error('expected a bounds camera');
      const [w, s, e, n] = target.bounds;
      const [tw, ts, te, tn] = geo.metaByName.get('松山湖管委会')!.bbox;
      expect(w <= tw && s <= ts && e >= te && n >= tn).toBe(true);
      expect(e - w).toBeCloseTo(MIN_SPAN_DEG, 5);
    });
    await press('[Space]');
    await press('{PageDown}');
    await press('{ArrowDown}');
    expect(progress()).toBe(`5 / ${N}`);
    await press('{ArrowLeft}');
    await press('{ArrowUp}');
    await press('{PageUp}');
    expect(route()).toEqual({ mode: 'present', slide: 2 });
    await press('{End}');
    expect(progress()).toBe(`${N} / ${N}`);
    await press('{ArrowRight}');
    expect(route()).toEqual({ mode: 'present', slide: N });
    await press('{Home}');
    expect(progress()).toBe(`1 / ${N}`);
    await press('{ArrowLeft}');
    expect(route()).toEqual({ mode: 'present', slide: 1 });
    await press('12');
    expect(screen.getByText(/转到第 12 张/)).toBeInTheDocument();
    expect(progress()).toBe(`1 / ${N}`);
    await press('{Enter}');
    expect(route()).toEqual({ mode: 'present', slide: 12 });
    expect(title()).toBe(deck[11].title);
  });

  it('a jump or a link past the end lands on the last slide with a notice', async () => {
    await present(40);
    expect(progress()).toBe(`${N} / ${N}`);
    expect(route()).toEqual({ mode: 'present', slide: N });
    expect(notices()).toContain(`没有第 40 张幻灯片（共 ${N} 张）`);
    await press('{Home}');
    await press('99{Enter}');
    expect(route()).toEqual({ mode: 'present', slide: N });
    expect(notices()).toContain('没有第 99 张幻灯片');
  });

  it('B blanks the screen; B again or a navigation key brings it back', async () => {
    await present(2);
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    await press('b');
    expect(screen.getByTestId('blank-screen')).toBeInTheDocument();
    await press('b');
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    await press('b');
    await press('{ArrowRight}');
    expect(screen.queryByTestId('blank-screen')).toBeNull();
    expect(progress()).toBe(`3 / ${N}`);
  });

  it('Esc goes back to the planner map with its layers, selection and fill untouched', async () => {
    planner.dispatch({ type: 'layers/set', ids: ['pianqu-binhai'] });
    planner.dispatch({ type: 'selection/set', units: ['长安镇'] });
    planner.dispatch({ type: 'fill/setMode', mode: 'compare' });
    planner.dispatch({ type: 'quotaView/set', view: { field: 'landing', measure: 'rate', year: 2027 } });
    await present(N);
    expect(mock.last().fillLegend?.title).toBe('2025 发现指标');
    expect(planner.getState().fillMode).toBe('compare');
    expect(planner.getState().quotaView).toMatchObject({ field: 'landing', measure: 'rate', year: 2027 });
    await press('{Escape}');
    expect(route()).toEqual({ mode: 'map' });
    expect(planner.getState().visible).toEqual(['pianqu-binhai']);
    expect(planner.getState().selected).toEqual(['长安镇']);
    expect(planner.getState().fillMode).toBe('compare');
    expect(planner.getState().quotaView).toMatchObject({ field: 'landing', measure: 'rate', year: 2027 });
    expect(screen.getByRole('tablist', { name: '面板' })).toBeInTheDocument();
  });

  it('the quota slide colours the towns and shows the quota legend', async () => {
    await present(N);
    expect(screen.getByLabelText('指标图例').closest('.legend')).toHaveTextContent('2025 发现指标');
    expect(mock.last().fill).toEqual(expect.objectContaining({ 长安镇: expect.any(String) }));
  });

  it('L and the button toggle the laser pointer', async () => {
    await present(1);
    const button = screen.getByRole('button', { name: '激光笔' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await press('l');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('laser-canvas')).toHaveClass('active');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('laser-canvas')).not.toHaveClass('active');
  });

  it('autoplay moves on after the set delay and wraps round at the end', async () => {
    // The screen loads on first use with real timers; the autoplay timer starts on the click, under fake ones.
    await present(N - 1);
    vi.useFakeTimers();
    try {
      fireEvent.change(screen.getByRole('spinbutton', { name: '每张停留秒数' }), { target: { value: '3' } });
      fireEvent.click(screen.getByRole('button', { name: '自动播放' }));
      await act(() => vi.advanceTimersByTimeAsync(2900));
      expect(progress()).toBe(`${N - 1} / ${N}`);
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(progress()).toBe(`${N} / ${N}`);
      await act(() => vi.advanceTimersByTimeAsync(3000));
      expect(progress()).toBe(`1 / ${N}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it('edits the deck: add the current view, retitle, reorder, delete; saved in the browser', async () => {
    await present(2);
    await userEvent.click(screen.getByRole('button', { name: '编辑幻灯片' }));
    // The planner's selection is not the slide's: the current view is the slide on screen as the map shows it.
    act(() => planner.dispatch({ type: 'selection/set', units: ['长安镇', '虎门镇'] }));
    await userEvent.click(screen.getByRole('button', { name: '添加当前视图' }));
    expect(progress()).toBe(`3 / ${N + 1}`);
    const added = useDeckStore.getState().slides[2];
    // The camera is the live map's visible area (the mocked map reports a fixed box).
    expect(added).toMatchObject({ layers: deck[1].layers, highlight: deck[1].highlight, camera: { kind: 'bounds', bounds: [113.5, 22.6, 114.3, 23.2] }, quota: null });

    const titleBox = screen.getByRole('textbox', { name: '第 3 张标题' });
    await userEvent.clear(titleBox);
    await userEvent.type(titleBox, '滨海两镇');
    await userEvent.type(screen.getByRole('textbox', { name: '第 3 张说明' }), '长安和虎门');
    expect(title()).toBe('滨海两镇');
    expect(screen.getByText('长安和虎门', { selector: '.slide-caption' })).toBeInTheDocument();
    // typing in the editor does not move the deck
    expect(progress()).toBe(`3 / ${N + 1}`);

    await userEvent.click(screen.getByRole('button', { name: '上移第 3 张' }));
    expect(useDeckStore.getState().slides[1].title).toBe('滨海两镇');
    expect(progress()).toBe(`2 / ${N + 1}`);
    await userEvent.click(screen.getByRole('button', { name: '下移第 2 张' }));
    expect(useDeckStore.getState().slides.map((s) => s.title).slice(0, 3)).toEqual([deck[0].title, deck[1].title, '滨海两镇']);

    const saved = JSON.parse(localStorage.getItem(DECK_STORAGE_KEY)!);
    expect(saved.slides[2]).toMatchObject({ title: '滨海两镇', caption: '长安和虎门' });

    await userEvent.click(screen.getByRole('button', { name: '删除第 3 张' }));
    expect(progress()).toMatch(new RegExp(` / ${N}$`));
    expect(useDeckStore.getState().slides.map((s) => s.title)).toEqual(deck.map((s) => s.title));

    await userEvent.click(screen.getByRole('button', { name: '恢复默认幻灯片' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '替换' }));
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBeNull();
  });

  it('imports a deck from JSON, and refuses a bad file with a message naming the problem', async () => {
    await present(1);
    await userEvent.click(screen.getByRole('button', { name: '编辑幻灯片' }));
    const input = screen.getByLabelText('导入 JSON');
    const bad = JSON.stringify({ format: 'dgmap-deck', schemaVersion: 1, slides: [{ title: 'x', caption: '', layers: ['no-such-layer'], camera: { kind: 'city' } }] });
    await userEvent.upload(input, new File([bad], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法导入「bad.json」：第 1 张幻灯片 › layers › 0：图层“no-such-layer”不存在');
    expect(useDeckStore.getState().slides).toHaveLength(N);

    const good = deckToJson([{ ...deck[5], title: '只有一张' }, deck[0]]);
    await userEvent.upload(input, new File([good], 'good.json', { type: 'application/json' }));
    // Nothing is replaced before the user says yes.
    const ask = await screen.findByRole('alertdialog');
    expect(ask).toHaveTextContent(`用「good.json」中的 2 张幻灯片替换现在的 ${N} 张吗？`);
    expect(useDeckStore.getState().slides).toHaveLength(N);
    await userEvent.click(within(ask).getByRole('button', { name: '替换' }));
    await screen.findByText('只有一张', { selector: 'h1' });
    expect(progress()).toBe('1 / 2');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(notices()).toContain('已从「good.json」导入 2 张幻灯片');

    // …and it can be taken back.
    await userEvent.click(screen.getByRole('button', { name: '撤销导入' }));
    expect(useDeckStore.getState().slides).toEqual(deck);
    expect(progress()).toBe(`1 / ${N}`);
  });

  it('imports a deck saved in GBK (Notepad on Chinese Windows) as readable text, and says so', async () => {
    present(1);
    await userEvent.click(screen.getByRole('button', { name: '编辑幻灯片' }));
    // {"format":"dgmap-deck","schemaVersion":1,"slides":[{"title":"长安镇简介","caption":"东莞","layers":[],"camera":{"kind":"city"}}]} in GBK
    const gbk = '7b22666f726d6174223a2264676d61702d6465636b222c22736368656d6156657273696f6e223a312c22736c69646573223a5b7b227469746c65223a22b3a4b0b2d5f2bcf2bde9222c2263617074696f6e223a22b6abddb8222c226c6179657273223a5b5d2c2263616d657261223a7b226b696e64223a2263697479227d7d5d7d';
    const bytes = new Uint8Array(gbk.match(/../g)!.map((b) => parseInt(b, 16)));
    await userEvent.upload(screen.getByLabelText('导入 JSON'), new File([bytes], 'gbk.json', { type: 'application/json' }));
    const ask = await screen.findByRole('alertdialog');
    expect(ask).toHaveTextContent('按 GB18030 编码读取');
    await userEvent.click(within(ask).getByRole('button', { name: '替换' }));
    await screen.findByText('长安镇简介', { selector: 'h1' });
    expect(screen.getByText('东莞', { selector: '.slide-caption' })).toBeInTheDocument();
  });

  it('restoring the default deck asks first, and can be undone', async () => {
    localStorage.setItem(DECK_STORAGE_KEY, deckToJson([{ ...deck[0], title: '我改过的' }]));
    present(1);
    await userEvent.click(screen.getByRole('button', { name: '编辑幻灯片' }));
    await userEvent.click(screen.getByRole('button', { name: '恢复默认幻灯片' }));
    const ask = screen.getByRole('alertdialog');
    await userEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(title()).toBe('我改过的');
    await userEvent.click(screen.getByRole('button', { name: '恢复默认幻灯片' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '替换' }));
    expect(useDeckStore.getState().slides).toEqual(deck);
    await userEvent.click(screen.getByRole('button', { name: '撤销恢复默认' }));
    expect(title()).toBe('我改过的');
  });

  it('a corrupted saved deck is kept aside, the user is told, and the default deck is shown', async () => {
    localStorage.setItem(DECK_STORAGE_KEY, '{"format":"dgmap-deck"');
    await present(1);
    expect(progress()).toBe(`1 / ${N}`);
    expect(screen.getByRole('status')).toHaveTextContent(/保存的幻灯片无法使用：不是有效的 JSON.*dgmap\.deck\.rejected\./);
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('dgmap.deck.rejected.'));
    expect(kept.map((k) => localStorage.getItem(k))).toEqual(['{"format":"dgmap-deck"']);
  });

  it('slideMapState is the slide as data: its layers, highlighted towns, quota fill and label size', () => {
    const base = deck.find((s) => s.id.includes('base-yinping'))!;
    const camera = { target: { kind: 'city' as const }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, seq: 7 };
    const state = slideMapState(base, emptyQuotaData(), camera);
    expect(state.overlays.map((o) => o.id)).toEqual(base.layers);
    expect(state.selected).toEqual(['谢岗镇']);
    expect(state.fill).toBeNull();
    expect(state.labels.scale).toBeGreaterThan(1);
    expect(state.camera).toBe(camera);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('a narrower screen shows the slide with labels as much smaller as the screen, down to 0.7 of the 1920 px size', () => {
    const full = screenLabelScale(1920);
    expect(screenLabelScale(2560)).toBe(full);
    expect(screenLabelScale(1366)).toBeCloseTo(full * 0.7, 6);
    expect(screenLabelScale(1600)).toBeCloseTo(full * 0.85, 6);
    expect(screenLabelScale(1024)).toBeCloseTo(full * 0.7, 6);
    // An export is drawn at the design width: the slide's own state keeps the full size.
    const base = deck.find((s) => s.id.includes('base-yinping'))!;
    const camera = { target: { kind: 'city' as const }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, seq: 0 };
    expect(slideMapState(base, emptyQuotaData(), camera).labels.scale).toBe(full);
    expect(slideMapState(base, emptyQuotaData(), camera, screenLabelScale(1366)).labels.scale).toBeLessThan(full);
  });
});

/** The key names the help list and the hints use, as KeyboardEvent.key values. */
const KEY_NAMES: Record<string, string> = { '→': 'ArrowRight', '←': 'ArrowLeft', '↑': 'ArrowUp', '↓': 'ArrowDown', 空格: ' ', Esc: 'Escape' };
const keyValues = (shown: string) => shown.split(' ').map((k) => KEY_NAMES[k] ?? k);
const KEY_SYNTAX: Record<string, string> = { ' ': '[Space]', Escape: '{Escape}', ArrowRight: '{ArrowRight}', ArrowLeft: '{ArrowLeft}', ArrowUp: '{ArrowUp}', ArrowDown: '{ArrowDown}', PageUp: '{PageUp}', PageDown: '{PageDown}', Home: '{Home}', End: '{End}', Enter: '{Enter}' };

/** What a user can see of the presenter's state: slide, screen (route), blank, laser, full screen asked. */
function observe(fullscreenAsked: { n: number }) {
  const r = route();
  return {
    route: r.mode === 'present' ? `present/${r.slide}` : r.mode,
    blank: screen.queryByTestId('blank-screen') !== null,
    laser: document.querySelector('.presenter.laser-on') !== null,
    fullscreen: fullscreenAsked.n,
  };
}

describe('the toolbar and the help list say what the keys do', () => {
  const asked = { n: 0 };
  beforeEach(() => {
    asked.n = 0;
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
      configurable: true,
      value: () => {
        asked.n++;
        return new Promise(() => {});
      },
    });
  });
  afterEach(() => {
    delete (HTMLElement.prototype as { requestFullscreen?: unknown }).requestFullscreen;
  });

  /** The effect of `act` on a fresh presenter at slide 2. */
  async function effectOf(run: () => Promise<unknown>) {
    const rendered = await present(2);
    await run();
    await act(async () => {});
    const seen = observe(asked);
    rendered.unmount();
    stopDeckPersistence();
    asked.n = 0;
    return seen;
  }

  it('every key a toolbar button names does what clicking the button does, and no key is missing from its hint', async () => {
    const rendered = await present(2);
    // The command buttons (the language switch's title says what it does, but it is no command).
    const hinted = screen.getAllByRole('button').filter((b) => /（.+）/.test(b.title) && !b.classList.contains('language-switch')).map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent!, title: b.title }));
    rendered.unmount();
    stopDeckPersistence();
    expect(hinted.map((b) => b.name)).toEqual(expect.arrayContaining(['上一张', '下一张', '全屏', '激光笔', '退出汇报']));
    for (const { name, title: hint } of hinted) {
      const clicked = await effectOf(() => userEvent.click(screen.getByRole('button', { name })));
      expect(clicked, `${name} does something`).not.toEqual({ route: 'present/2', blank: false, laser: false, fullscreen: 0 });
      for (const key of keyValues(/（(.+?)）/.exec(hint)![1])) {
        expect(await effectOf(() => press(KEY_SYNTAX[key] ?? key)), `${hint}: ${key}`).toEqual(clicked);
      }
    }
  });

  it('the help list: each line’s keys do what the line says, and no key the deck takes is missing from it', async () => {
    const rendered = await present(2);
    await userEvent.click(screen.getByRole('button', { name: '编辑幻灯片' }));
    const help = [...document.querySelectorAll('.key-help div')].map((row) => [row.querySelector('dt')!.textContent!, row.querySelector('dd')!.textContent!] as const);
    rendered.unmount();
    stopDeckPersistence();
    const start = { route: 'present/2', blank: false, laser: false, fullscreen: 0 };
    // What each line promises, seen from slide 2 (written here, not read from the command list).
    const promised: Record<string, { keys: (key: string) => string; effect: typeof start }> = {
      下一张: { keys: (k) => k, effect: { ...start, route: 'present/3' } },
      上一张: { keys: (k) => k, effect: { ...start, route: 'present/1' } },
      第一张: { keys: (k) => k, effect: { ...start, route: 'present/1' } },
      最后一张: { keys: (k) => k, effect: { ...start, route: `present/${N}` } },
      跳到第几张: { keys: () => '5{Enter}', effect: { ...start, route: 'present/5' } },
      '黑屏 / 恢复': { keys: (k) => k, effect: { ...start, blank: true } },
      全屏: { keys: (k) => k, effect: { ...start, fullscreen: 1 } },
      激光笔: { keys: (k) => k, effect: { ...start, laser: true } },
      '退出全屏，再按退出汇报': { keys: (k) => k, effect: { ...start, route: 'map' } },
    };
    expect(help.map(([, what]) => what).sort()).toEqual(Object.keys(promised).sort());
    const listed = new Set<string>();
    for (const [keys, what] of help) {
      const line = promised[what];
      const named = keys === '数字 + Enter' ? ['Enter'] : keyValues(keys);
      for (const key of named) {
        listed.add(key.length === 1 ? key.toLowerCase() : key);
        expect(await effectOf(() => press(line.keys(KEY_SYNTAX[key] ?? key))), `${keys} → ${what}`).toEqual(line.effect);
      }
    }
    // Any other key is left to the page: the deck does not take it, and nothing changes.
    await present(2);
    const others = [...'abcdefghijklmnopqrstuvwxyz.,+-/?'].filter((k) => !listed.has(k));
    for (const key of [...others, 'Tab', 'Delete', 'Insert', 'Enter', 'Backspace', 'F5']) {
      const taken = !fireEvent.keyDown(document.body, { key });
      expect(taken, `${key} is taken by the deck but not in the help list`).toBe(false);
    }
    expect(observe(asked)).toEqual(start);
  });
});
