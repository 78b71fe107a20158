import { describe, expect, it } from 'vitest';
import { readLinkMessage } from './presenterLink';
import { NEW_STOPWATCH, elapsed, formatDuration, pauseStopwatch, startStopwatch } from './stopwatch';

describe('messages between the audience window and the console', () => {
  it('reads our messages', () => {
    expect(readLinkMessage({ type: 'state', slide: 3, count: 16, blank: false })).toEqual({ type: 'state', slide: 3, count: 16, blank: false });
    expect(readLinkMessage({ type: 'nav', action: { type: 'jump', slide: 4 } })).toEqual({ type: 'nav', action: { type: 'jump', slide: 4 } });
    expect(readLinkMessage({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
  });

  it('ignores anything else another page might post', () => {
    for (const junk of [null, 'next', 42, {}, { type: 'state', slide: '3', count: 16, blank: false }, { type: 'state', slide: 0, count: 16, blank: false }, { type: 'nav', action: { type: 'jump', slide: -1 } }, { type: 'nav', action: { type: 'eval' } }, { type: 'eval' }]) {
      expect(readLinkMessage(junk)).toBeNull();
    }
  });
});

describe('the console timer', () => {
  it('counts while running, holds while paused, and formats minutes and hours', () => {
    let s = startStopwatch(NEW_STOPWATCH, 1000);
    expect(elapsed(s, 61_000)).toBe(60_000);
    s = pauseStopwatch(s, 61_000);
    expect(elapsed(s, 500_000)).toBe(60_000);
    s = startStopwatch(s, 500_000);
    expect(elapsed(s, 507_500)).toBe(67_500);
    expect(formatDuration(67_500)).toBe('01:07');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});
