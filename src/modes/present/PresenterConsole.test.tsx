import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { appGeo } from '../../../tests/fixtures/appGeo';
import { GeoContext } from '../../app/GeoContext';
import { useDeckStore } from './deck';
import { stopDeckPersistence } from './deckPersistence';
import { buildDefaultDeck } from './defaultDeck';
import { PresenterConsole } from './PresenterConsole';
import type { LinkMessage, OpenLink } from './presenterLink';

const deck = buildDefaultDeck();
const N = deck.length;
const geo = appGeo();
const renderConsole = (open: OpenLink) =>
  render(
    <GeoContext.Provider value={geo}>
      <PresenterConsole open={open} />
    </GeoContext.Provider>,
  );

/** A stand-in for the BroadcastChannel: what the console posted, and a way to talk to it. */
function fakeLink() {
  const posted: LinkMessage[] = [];
  let deliver: (m: LinkMessage) => void = () => {};
  const open: OpenLink = (onMessage) => {
    deliver = onMessage;
    return { post: (m) => posted.push(m), close: () => {} };
  };
  return { open, posted, fromAudience: (m: LinkMessage) => act(() => deliver(m)) };
}

afterEach(() => {
  stopDeckPersistence();
  useDeckStore.getState().reset();
});

describe('presenter console', () => {
  it('asks the audience window where it is, then shows that slide, the next one and the notes', async () => {
    const link = fakeLink();
    renderConsole(link.open);
    expect(link.posted).toEqual([{ type: 'hello' }]);
    expect(screen.getByRole('status')).toHaveTextContent('未连接放映窗口');
    // Nothing to blank until an audience window is linked.
    expect(screen.getByRole('button', { name: '黑屏 / 恢复' })).toBeDisabled();

    const core = deck.findIndex((s) => s.id === 'plan2018-core') + 1;
    link.fromAudience({ type: 'state', slide: core, count: N, blank: false });
    expect(screen.getByRole('status')).toHaveTextContent('已连接放映窗口');
    expect(screen.getByLabelText('幻灯片进度')).toHaveTextContent(`${core} / ${N}`);
    expect(within(screen.getByLabelText('当前幻灯片')).getByRole('heading')).toHaveTextContent(deck[core - 1].title);
    expect(screen.getByLabelText('下一张幻灯片')).toHaveTextContent(deck[core].title);
    // The notes carry the sources and how each fact is known.
    expect(screen.getByLabelText('讲稿备注')).toHaveTextContent(/来源与依据.*《.+》.*(文件明确|公开来源|推导（示意）)/);
    expect(within(screen.getByLabelText('幻灯片列表')).getAllByRole('button')).toHaveLength(N);
  });

  it('drives the audience window: buttons, keys and the slide list send the slide to show', async () => {
    const link = fakeLink();
    renderConsole(link.open);
    link.fromAudience({ type: 'state', slide: 2, count: N, blank: false });
    await userEvent.click(screen.getByRole('button', { name: '下一张' }));
    await userEvent.keyboard('{PageUp}');
    await userEvent.keyboard('12{Enter}');
    await userEvent.click(within(screen.getByLabelText('幻灯片列表')).getAllByRole('button')[N - 1]);
    await userEvent.click(screen.getByRole('button', { name: '黑屏 / 恢复' }));
    expect(link.posted.slice(1)).toEqual([
      { type: 'nav', action: { type: 'jump', slide: 3 } },
      { type: 'nav', action: { type: 'jump', slide: 1 } },
      { type: 'nav', action: { type: 'jump', slide: 12 } },
      { type: 'nav', action: { type: 'jump', slide: N } },
      { type: 'blank' },
    ]);
    // It follows the audience window, whoever moved it.
    link.fromAudience({ type: 'state', slide: N, count: N, blank: true });
    expect(screen.getByLabelText('下一张幻灯片')).toHaveTextContent('这是最后一张');
    expect(screen.getByRole('status')).toHaveTextContent('黑屏中');
    link.fromAudience({ type: 'bye' });
    expect(screen.getByRole('status')).toHaveTextContent('未连接放映窗口');
  });

  it('says so when the browser cannot link windows, and still works on its own', async () => {
    renderConsole(() => null);
    expect(screen.getByRole('status')).toHaveTextContent('不支持窗口间通信');
    await userEvent.keyboard('{PageDown}');
    expect(screen.getByLabelText('幻灯片进度')).toHaveTextContent(`2 / ${N}`);
  });

  it('with no audience window it is a rehearsal: it moves through the deck itself and says nobody sees it', async () => {
    const link = fakeLink();
    renderConsole(link.open);
    expect(screen.getByRole('status')).toHaveTextContent(/未连接放映窗口.*排练/);
    const at = () => screen.getByLabelText('幻灯片进度').textContent;
    const heading = () => within(screen.getByLabelText('当前幻灯片')).getByRole('heading').textContent;
    const notes = () => screen.getByLabelText('讲稿备注').textContent;
    expect(at()).toBe(`1 / ${N}`);
    const firstNotes = notes();
    expect(screen.getByRole('button', { name: '上一张' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '下一张' }));
    expect(at()).toBe(`2 / ${N}`);
    expect(heading()).toBe(deck[1].title);
    expect(notes()).not.toBe(firstNotes);
    expect(notes()).toContain('来源与依据');
    expect(screen.getByLabelText('下一张幻灯片')).toHaveTextContent(deck[2].title);
    await userEvent.keyboard('{End}');
    expect(at()).toBe(`${N} / ${N}`);
    expect(screen.getByRole('button', { name: '下一张' })).toBeDisabled();
    await userEvent.keyboard('3{Enter}');
    expect(at()).toBe(`3 / ${N}`);
    await userEvent.click(within(screen.getByLabelText('幻灯片列表')).getAllByRole('button')[5]);
    expect(at()).toBe(`6 / ${N}`);
    // Nothing went to an audience window: there is none.
    expect(link.posted).toEqual([{ type: 'hello' }]);
    // An audience window that opens now takes over; the console follows it.
    link.fromAudience({ type: 'state', slide: 4, count: N, blank: false });
    expect(at()).toBe(`4 / ${N}`);
    expect(screen.getByRole('button', { name: '黑屏 / 恢复' })).toBeEnabled();
  });
});
