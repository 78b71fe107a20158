import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { diffMapState, emptyMapState, type MapState } from '../state/mapState';
import { REDUCED_MOTION_QUERY, useMotionPreference } from './reducedMotion';

/** A window whose reduce-motion setting the test turns on and off, as the system settings would. */
function fakeSetting(initially: boolean) {
  let matches = initially;
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const queries: string[] = [];
  vi.stubGlobal('matchMedia', (query: string) => {
    queries.push(query);
    return {
      get matches() {
        return query === REDUCED_MOTION_QUERY && matches;
      },
      media: query,
      addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
    } as unknown as MediaQueryList;
  });
  return {
    queries,
    listening: () => listeners.size,
    set(value: boolean) {
      matches = value;
      for (const listener of [...listeners]) listener({ matches: value, media: REDUCED_MOTION_QUERY } as MediaQueryListEvent);
    },
  };
}

const at = (seq: number, motion?: 'jump'): MapState => ({
  ...emptyMapState(),
  camera: { target: { kind: 'units', units: ['长安镇'] }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, seq, ...(motion ? { motion } : {}) },
});

/** Whether the map would fly from `prev` to `next` (the adapter animates exactly this op). */
const flies = (prev: MapState, next: MapState) => diffMapState(prev, next).find((op) => op.kind === 'fitCamera')?.animate;

describe('the reduce-motion setting', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('without it, a camera change the screen asks for flies, and the state is passed on as it is', () => {
    fakeSetting(false);
    const first = at(1);
    const { result, rerender } = renderHook(({ state }) => useMotionPreference(state), { initialProps: { state: first } });
    expect(result.current).toBe(first);
    const shown = result.current;
    rerender({ state: at(2) });
    expect(flies(shown, result.current)).toBe(true);
  });

  it('with it, the same camera change jumps in one frame', () => {
    const setting = fakeSetting(true);
    const { result, rerender } = renderHook(({ state }) => useMotionPreference(state), { initialProps: { state: at(1) } });
    const shown = result.current;
    rerender({ state: at(2) });
    expect(flies(shown, result.current)).toBe(false);
    expect(result.current.camera.target).toEqual(at(2).camera.target);
    expect(setting.queries).toContain('(prefers-reduced-motion: reduce)');
  });

  it('follows the setting live: turned on, the next change jumps; turned off again, it flies; the switch alone moves nothing', () => {
    const setting = fakeSetting(false);
    const { result, rerender } = renderHook(({ state }) => useMotionPreference(state), { initialProps: { state: at(1) } });
    expect(setting.listening()).toBe(1);

    act(() => setting.set(true));
    const afterSwitch = result.current;
    expect(diffMapState(at(1), afterSwitch)).toEqual([]);
    rerender({ state: at(2) });
    expect(flies(afterSwitch, result.current)).toBe(false);

    act(() => setting.set(false));
    const beforeNext = result.current;
    rerender({ state: at(3) });
    expect(flies(beforeNext, result.current)).toBe(true);
  });

  it('a re-render with the same state gives the same object (the map pane does not sync again)', () => {
    fakeSetting(true);
    const state = at(1);
    const { result, rerender } = renderHook(({ state }) => useMotionPreference(state), { initialProps: { state } });
    const first = result.current;
    rerender({ state });
    expect(result.current).toBe(first);
  });

  it('stops listening when the map is gone', () => {
    const setting = fakeSetting(false);
    const { unmount } = renderHook(() => useMotionPreference(at(1)));
    expect(setting.listening()).toBe(1);
    unmount();
    expect(setting.listening()).toBe(0);
  });
});
