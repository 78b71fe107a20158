/**
 * Makes a zustand store call each subscriber on its own: one that throws is reported and the others
 * (the URL, saving) still hear the change. zustand itself stops at the first throw, which would let
 * one broken panel stop the URL from following every later change.
 */
export function isolateListeners<T extends { subscribe: (listener: (state: S, prev: S) => void) => () => void }, S = Parameters<Parameters<T['subscribe']>[0]>[0]>(
  store: T,
  report: (error: unknown) => void = (error) => console.error('store listener failed', error),
): T {
  const subscribe = store.subscribe.bind(store);
  store.subscribe = (listener: (state: S, prev: S) => void) =>
    subscribe((state: S, prev: S) => {
      try {
        listener(state, prev);
      } catch (error) {
        report(error);
      }
    });
  return store;
}
