import { describe, expect, it } from 'vitest';
import { PRESENTER_COMMANDS, runKey, type CommandContext } from './commands';
import type { NavAction } from './deck';

/** A screen's context that records what the commands did. */
function screen(over: Partial<CommandContext> = {}) {
  const did: string[] = [];
  const ctx: CommandContext = {
    current: 3,
    count: 10,
    digits: '',
    blank: false,
    nav: (a: NavAction) => did.push(a.type === 'jump' ? `jump ${a.slide}` : a.type),
    setDigits: (d) => did.push(`digits ${d}`),
    toggleBlank: () => did.push('blank'),
    toggleFullscreen: () => did.push('fullscreen'),
    toggleLaser: () => did.push('laser'),
    escape: () => did.push('escape'),
    leave: () => did.push('leave'),
    ...over,
  };
  return { ctx, did };
}

const press = (key: string, over: Partial<CommandContext> = {}) => {
  const { ctx, did } = screen(over);
  const taken = runKey(key, ctx) !== null;
  return { taken, did };
};

describe('presenter commands run from keys', () => {
  it('next, previous, first, last', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(press(key).did).toEqual(['next']);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(press(key).did).toEqual(['prev']);
    expect(press('Home').did).toEqual(['first']);
    expect(press('End').did).toEqual(['last']);
  });

  it('digits then Enter jump; Enter alone and Backspace with nothing typed are not ours', () => {
    expect(press('1').did).toEqual(['digits 1']);
    expect(press('2', { digits: '1' }).did).toEqual(['digits 12']);
    expect(press('0').did).toEqual(['digits ']);
    expect(press('Enter', { digits: '12' }).did).toEqual(['jump 12']);
    expect(press('Enter')).toEqual({ taken: false, did: [] });
    expect(press('Backspace', { digits: '12' }).did).toEqual(['digits 1']);
    expect(press('Backspace')).toEqual({ taken: false, did: [] });
  });

  it('B blanks, F full screen, L laser, Esc; other keys are left alone', () => {
    expect(press('b').did).toEqual(['digits ', 'blank']);
    expect(press('B').did).toEqual(['digits ', 'blank']);
    expect(press('.').did).toEqual(['digits ', 'blank']);
    expect(press('f').did).toEqual(['fullscreen']);
    expect(press('l').did).toEqual(['laser']);
    expect(press('Escape').did).toEqual(['escape']);
    expect(press('x')).toEqual({ taken: false, did: [] });
    expect(press('Tab')).toEqual({ taken: false, did: [] });
  });

  it('a key whose command cannot run now is still taken (the map does not pan) but does nothing', () => {
    expect(press('ArrowRight', { current: 10 })).toEqual({ taken: true, did: [] });
    expect(press('Home', { current: 1 })).toEqual({ taken: true, did: [] });
    // The console has no full screen, no laser, and nothing to blank without an audience window.
    expect(press('f', { toggleFullscreen: undefined })).toEqual({ taken: true, did: [] });
    expect(press('b', { toggleBlank: undefined })).toEqual({ taken: true, did: [] });
  });

  it('a key names at most one command, whatever is being typed', () => {
    const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', ' ', 'Spacebar', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'Backspace', 'Escape', 'Esc', 'b', 'B', '.', 'f', 'F', 'l', 'L', ...'0123456789'];
    for (const digits of ['', '4']) {
      const { ctx } = screen({ digits });
      for (const key of keys) expect(PRESENTER_COMMANDS.filter((c) => c.keyTest(key, ctx)).length, `${key} with '${digits}'`).toBeLessThanOrEqual(1);
    }
  });
});
