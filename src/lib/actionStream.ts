/**
 * A store changed only by action records (kepler.gl's model): `dispatch(action, origin)` runs the
 * pure updater, stores the result, then tells every listener what happened. Saving, the server,
 * another tab, the URL and undo are listeners; a change that comes from one of them is dispatched
 * as its own action with its origin, so a listener can leave alone what it sent itself (no guard
 * flags, no snapshot diffs).
 *
 * A listener that throws is reported and skipped: the other listeners still hear the action, and
 * later actions flow as usual. An action dispatched from inside a listener is queued and runs when
 * the current one has reached every listener, so all listeners hear the actions in one order.
 */

/** Where an action came from ('url': a link, back or forward). Only 'local' actions are sent on (to storage, other tabs, the server). */
export type Origin = 'local' | 'tab' | 'storage' | 'server' | 'url';

export interface Dispatched<A> {
  action: A;
  origin: Origin;
  /** 1, 2, 3 … in the order the actions were applied. */
  seq: number;
}

export type ActionListener<S, A> = (entry: Dispatched<A>, state: S, prev: S) => void;

export interface ActionStream<S, A> {
  dispatch: (action: A, origin?: Origin) => void;
  /** Hears every action that changed the state; returns the function that stops it. */
  listen: (name: string, listener: ActionListener<S, A>) => () => void;
}

export interface ActionStreamOptions<S, A> {
  get: () => S;
  set: (state: S) => void;
  update: (state: S, action: A) => S;
  /** Told when a listener throws (by default console.error); never rethrown. */
  report?: (error: unknown, listener: string, entry: Dispatched<A>) => void;
}

export function createActionStream<S, A>(options: ActionStreamOptions<S, A>): ActionStream<S, A> {
  const listeners = new Map<number, { name: string; listener: ActionListener<S, A> }>();
  let nextListener = 1;
  let seq = 0;
  const queue: { action: A; origin: Origin }[] = [];
  let draining = false;
  const report = (error: unknown, listener: string, entry: Dispatched<A>) => {
    try {
      if (options.report) options.report(error, listener, entry);
      else console.error(`listener "${listener}" failed on`, entry.action, error);
    } catch {
      // a failing report must not stop the stream either
    }
  };

  const run = (action: A, origin: Origin) => {
    const prev = options.get();
    const state = options.update(prev, action);
    if (state === prev) return;
    options.set(state);
    const entry: Dispatched<A> = { action, origin, seq: ++seq };
    for (const { name, listener } of [...listeners.values()]) {
      try {
        listener(entry, state, prev);
      } catch (error) {
        report(error, name, entry);
      }
    }
  };

  return {
    dispatch(action, origin = 'local') {
      if (draining) {
        queue.push({ action, origin });
        return;
      }
      draining = true;
      try {
        run(action, origin); // a throwing updater (an invalid action) throws to its caller, and changes nothing
      } finally {
        try {
          while (queue.length > 0) {
            const next = queue.shift()!;
            try {
              run(next.action, next.origin);
            } catch (error) {
              report(error, 'updater', { ...next, seq: seq + 1 });
            }
          }
        } finally {
          draining = false;
        }
      }
    },
    listen(name, listener) {
      const id = nextListener++;
      listeners.set(id, { name, listener });
      return () => void listeners.delete(id);
    },
  };
}

/** An updater built from one pure function per action type (kepler.gl's handler table). */
export function updaterTable<S, A extends { type: string }>(handlers: { [T in A['type']]: (state: S, action: Extract<A, { type: T }>) => S }): (state: S, action: A) => S {
  return (state, action) => {
    const handler = (handlers as unknown as Record<string, (state: S, action: A) => S>)[action.type];
    if (!handler) throw new RangeError(`unknown action: ${action.type}`);
    return handler(state, action);
  };
}
