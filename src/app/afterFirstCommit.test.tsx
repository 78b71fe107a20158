import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadableAfterFirstCommit, useFirstCommitDone } from './afterFirstCommit';

function Screen() {
  useFirstCommitDone();
  return <p>map</p>;
}

function Label({ text }: { text: string }) {
  return <p>{text}</p>;
}

describe('a tab preloaded after the first commit', () => {
  it('is not requested before the screen’s first commit, even when asked to preload', async () => {
    const load = vi.fn(async () => Label);
    const tab = preloadableAfterFirstCommit(load);
    const loaded = tab.preload();
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    render(<Screen />);
    await act(() => loaded);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('once preloaded, opens with its contents in the same render: no empty frame, no second request', async () => {
    const load = vi.fn(async () => Label);
    const tab = preloadableAfterFirstCommit(load);
    render(<Screen />);
    await act(() => tab.preload());
    render(
      <Suspense fallback={<p>empty</p>}>
        <tab.Component text="图层" />
      </Suspense>,
    );
    // Read at once, without waiting: the first render already has it.
    expect(screen.getByText('图层')).toBeTruthy();
    expect(screen.queryByText('empty')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('opened before it is preloaded, shows its place empty, then its contents', async () => {
    const tab = preloadableAfterFirstCommit(async () => Label);
    render(<Screen />);
    render(
      <Suspense fallback={<p>empty</p>}>
        <tab.Component text="指标" />
      </Suspense>,
    );
    expect(screen.getByText('empty')).toBeTruthy();
    expect(await screen.findByText('指标')).toBeTruthy();
  });
});
