import { createElement, lazy, useEffect, type ComponentType } from 'react';

/**
 * What the planner's first render leaves out, so that neither its script nor its rendering stands
 * before the map's first frame (README, "Performance"): the side panel's tab contents and the print
 * map. Their modules are requested once that render is committed, which is when MapPane has drawn
 * the first frame (in a layout effect, before the commit's passive effects run).
 */
let committed: () => void = () => {};
const firstCommit = new Promise<void>((resolve) => {
  committed = resolve;
});

/** Called by the screen once its first render is committed (a passive effect): the waiting modules load. */
export function useFirstCommitDone(): void {
  useEffect(() => committed(), []);
}

/**
 * A component whose module is requested after the screen's first commit, when it is first rendered
 * or when preload() is called (whichever comes first). Once its module is in, it renders without
 * suspending, so a preloaded tab opens with no empty frame.
 */
export function preloadableAfterFirstCommit<P extends object>(load: () => Promise<ComponentType<P>>): { Component: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= firstCommit.then(load).then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return { Component, preload };
}

/** A component whose module is requested only after the screen's first commit, when first rendered. */
export function lazyAfterFirstCommit<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return preloadableAfterFirstCommit(load).Component;
}
