import { describe, expect, it } from 'vitest';
import { createActionStream, updaterTable, type Dispatched } from './actionStream';

type Action = { type: 'add'; n: number } | { type: 'double' };

function counter(report?: (error: unknown, name: string) => void) {
  let state = 0;
  const stream = createActionStream<number, Action>({
    get: () => state,
    set: (s) => (state = s),
    update: updaterTable<number, Action>({ add: (s, a) => s + a.n, double: (s) => s * 2 }),
    report,
  });
  return { stream, get: () => state };
}

describe('the action stream', () => {
  it('a listener that throws is reported; the other listeners and every later action still run', () => {
    const reported: string[] = [];
    const { stream, get } = counter((_e, name) => reported.push(name));
    const heard: number[] = [];
    stream.listen('broken', () => {
      throw new Error('boom');
    });
    stream.listen('saver', (_entry, state) => heard.push(state));
    stream.dispatch({ type: 'add', n: 2 });
    stream.dispatch({ type: 'double' });
    expect(get()).toBe(4);
    expect(heard).toEqual([2, 4]);
    expect(reported).toEqual(['broken', 'broken']);
  });

  it('an action dispatched by a listener runs after every listener heard the current one, with its origin', () => {
    const { stream } = counter();
    const log: string[] = [];
    stream.listen('echo', ({ action, origin }) => {
      log.push(`a:${action.type}/${origin}`);
      if (action.type === 'add' && origin === 'local') stream.dispatch({ type: 'double' }, 'tab');
    });
    stream.listen('second', ({ action, origin }) => log.push(`b:${action.type}/${origin}`));
    stream.dispatch({ type: 'add', n: 1 });
    expect(log).toEqual(['a:add/local', 'b:add/local', 'a:double/tab', 'b:double/tab']);
  });

  it('an action that changes nothing is not heard; an unknown action throws to its caller and changes nothing', () => {
    const { stream, get } = counter();
    const heard: Dispatched<Action>[] = [];
    stream.listen('l', (e) => heard.push(e));
    stream.dispatch({ type: 'add', n: 0 });
    expect(heard).toEqual([]);
    expect(() => stream.dispatch({ type: 'nope' } as unknown as Action)).toThrow(/unknown action/);
    stream.dispatch({ type: 'add', n: 3 });
    expect([get(), heard.map((e) => e.seq)]).toEqual([3, [1]]);
  });

  it('a stopped listener hears nothing more', () => {
    const { stream } = counter();
    let n = 0;
    const stop = stream.listen('l', () => n++);
    stream.dispatch({ type: 'add', n: 1 });
    stop();
    stream.dispatch({ type: 'add', n: 1 });
    expect(n).toBe(1);
  });
});
