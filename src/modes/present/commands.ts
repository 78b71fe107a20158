/**
 * The presenter's commands as records (excalidraw's actions): each has a name, a label, the keys
 * that run it (a key test, and the keys as the help list shows them), what it does (`perform`) and
 * when it can (`enabled`), both on a context the screen gives. The key handler (runKey), the
 * presenter toolbar, the console's buttons and the help list all read this one list; no screen
 * has its own switch over keys. Clickers send PageDown / PageUp, some also '.' or 'b' to blank.
 *
 * The audience window (PresenterMode) and the console (PresenterConsole) each give a context: in
 * the console `nav` moves the audience window (or, with none linked, the console's own rehearsal
 * deck), and full screen and the laser pointer are absent, so those commands are not enabled there.
 */
import { commandMessages as m } from '../../i18n/catalogue/present';
import { t } from '../../i18n/messages';
import type { NavAction } from './deck';

/** What a command can read and change on the screen it runs on. */
export interface CommandContext {
  /** The slide shown (1-based) and the deck's length. */
  current: number;
  count: number;
  /** A slide number being typed (digits, then Enter). */
  digits: string;
  blank: boolean;
  nav: (action: NavAction) => void;
  setDigits: (digits: string) => void;
  /** Absent where there is nothing to blank (the console with no audience window). */
  toggleBlank?: () => void;
  toggleFullscreen?: () => void;
  fullscreen?: boolean;
  toggleLaser?: () => void;
  laser?: boolean;
  /** Esc: one step out (the typed number, the blank screen, full screen, then the screen itself). */
  escape: () => void;
  /** The 退出汇报 button: leave presenter mode at once. */
  leave?: () => void;
}

/** How a command was started: a key press (with its KeyboardEvent.key) or a button. */
export type CommandInput = { via: 'key'; key: string } | { via: 'button' };

export type CommandName = 'first' | 'prev' | 'next' | 'last' | 'digit' | 'backspace' | 'jump' | 'blank' | 'fullscreen' | 'laser' | 'escape';

export interface PresenterCommand {
  name: CommandName;
  /** What it does: the help list's text, and the accessible name of its buttons. */
  label: string;
  /** The keys as the help list and the button hints show them ('' = not in the help list on its own). */
  keysLabel: string;
  /** Whether a key press (KeyboardEvent.key) runs it, given the screen's state. */
  keyTest: (key: string, ctx: CommandContext) => boolean;
  perform: (ctx: CommandContext, input: CommandInput) => void;
  enabled: (ctx: CommandContext) => boolean;
  /** Whether its button shows as pressed. */
  pressed?: (ctx: CommandContext) => boolean;
  /** Its button in the presenter toolbar: the face, and at which end of the toolbar. */
  toolbar?: { face: string; label?: string; place: 'start' | 'end'; note?: string };
  /** Its button in the console's controls (the face). */
  console?: string;
}

const keyIn =
  (...keys: string[]) =>
  (key: string) =>
    keys.includes(key);
const always = () => true;

export const PRESENTER_COMMANDS: readonly PresenterCommand[] = [
  {
    name: 'first',
    get label() {
      return t(m.first);
    },
    keysLabel: 'Home',
    keyTest: keyIn('Home'),
    perform: (ctx) => ctx.nav({ type: 'first' }),
    enabled: (ctx) => ctx.current > 1,
    get console() {
      return t(m.firstFace);
    },
  },
  {
    name: 'prev',
    get label() {
      return t(m.prev);
    },
    keysLabel: '← ↑ PageUp',
    keyTest: keyIn('ArrowLeft', 'ArrowUp', 'PageUp'),
    perform: (ctx) => ctx.nav({ type: 'prev' }),
    enabled: (ctx) => ctx.current > 1,
    toolbar: { face: '◀', place: 'start' },
    console: '◀',
  },
  {
    name: 'next',
    get label() {
      return t(m.next);
    },
    get keysLabel() {
      return t(m.nextKeys);
    },
    keyTest: keyIn('ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown'),
    perform: (ctx) => ctx.nav({ type: 'next' }),
    enabled: (ctx) => ctx.current < ctx.count,
    toolbar: { face: '▶', place: 'start' },
    console: '▶',
  },
  {
    name: 'last',
    get label() {
      return t(m.last);
    },
    keysLabel: 'End',
    keyTest: keyIn('End'),
    perform: (ctx) => ctx.nav({ type: 'last' }),
    enabled: (ctx) => ctx.current < ctx.count,
    get console() {
      return t(m.lastFace);
    },
  },
  {
    name: 'digit',
    get label() {
      return t(m.digit);
    },
    keysLabel: '',
    keyTest: (key) => /^[0-9]$/.test(key),
    perform: (ctx, input) => {
      if (input.via === 'key') ctx.setDigits((ctx.digits + input.key).replace(/^0+/, '').slice(0, 4));
    },
    enabled: always,
  },
  {
    name: 'backspace',
    get label() {
      return t(m.backspace);
    },
    keysLabel: '',
    keyTest: (key, ctx) => key === 'Backspace' && ctx.digits !== '',
    perform: (ctx) => ctx.setDigits(ctx.digits.slice(0, -1)),
    enabled: always,
  },
  {
    name: 'jump',
    get label() {
      return t(m.jump);
    },
    get keysLabel() {
      return t(m.jumpKeys);
    },
    keyTest: (key, ctx) => key === 'Enter' && ctx.digits !== '',
    perform: (ctx) => ctx.nav({ type: 'jump', slide: Number(ctx.digits) }),
    enabled: (ctx) => ctx.digits !== '',
  },
  {
    name: 'blank',
    get label() {
      return t(m.blank);
    },
    keysLabel: 'B .',
    keyTest: keyIn('b', 'B', '.'),
    perform: (ctx) => {
      ctx.setDigits('');
      ctx.toggleBlank?.();
    },
    enabled: (ctx) => !!ctx.toggleBlank,
    pressed: (ctx) => ctx.blank,
    get console() {
      return t(m.blankFace);
    },
  },
  {
    name: 'fullscreen',
    get label() {
      return t(m.fullscreen);
    },
    keysLabel: 'F',
    keyTest: keyIn('f', 'F'),
    perform: (ctx) => ctx.toggleFullscreen?.(),
    enabled: (ctx) => !!ctx.toggleFullscreen,
    pressed: (ctx) => !!ctx.fullscreen,
    get toolbar() {
      return { face: t(m.fullscreen), place: 'start' as const };
    },
  },
  {
    name: 'laser',
    get label() {
      return t(m.laser);
    },
    keysLabel: 'L',
    keyTest: keyIn('l', 'L'),
    perform: (ctx) => ctx.toggleLaser?.(),
    enabled: (ctx) => !!ctx.toggleLaser,
    pressed: (ctx) => !!ctx.laser,
    get toolbar() {
      return { face: t(m.laserFace), place: 'start' as const, note: t(m.laserNote) };
    },
  },
  {
    name: 'escape',
    get label() {
      return t(m.escape);
    },
    keysLabel: 'Esc',
    keyTest: keyIn('Escape', 'Esc'),
    // The button leaves at once; the key steps out one level at a time.
    perform: (ctx, input) => (input.via === 'button' && ctx.leave ? ctx.leave() : ctx.escape()),
    enabled: always,
    get toolbar() {
      return { face: t(m.leaveFace), label: t(m.leave), place: 'end' as const };
    },
  },
];

/** A command's record by name. */
export function presenterCommand(name: CommandName): PresenterCommand {
  return PRESENTER_COMMANDS.find((c) => c.name === name)!;
}

/** A button's tooltip: '下一张（→ ↓ 空格 PageDown）', the keys read from the command's record. */
export function commandHint(command: PresenterCommand, label = command.toolbar?.label ?? command.label): string {
  const hint = t(m.hint, { label, keys: command.keysLabel });
  return command.toolbar?.note ? t(m.hintNote, { hint, note: command.toolbar.note }) : hint;
}

/** [keys, what they do] for the help list: every command that has keys of its own to show. */
export function keyHelp(): [string, string][] {
  return PRESENTER_COMMANDS.filter((c) => c.keysLabel).map((c) => [c.keysLabel, c.label]);
}

/** The command a key press runs on this screen, or null (then the key is not ours). */
export function commandForKey(key: string, ctx: CommandContext): PresenterCommand | null {
  return PRESENTER_COMMANDS.find((c) => c.keyTest(key, ctx)) ?? null;
}

/**
 * The key handler both screens use: finds the command for the key and runs it if it is enabled.
 * A key that names a command is the deck's even when the command cannot run now (→ on the last
 * slide), so the map does not pan under it. Returns whether the key was taken.
 */
export function runKey(key: string, ctx: CommandContext): PresenterCommand | null {
  const command = commandForKey(key, ctx);
  if (command && command.enabled(ctx)) command.perform(ctx, { via: 'key', key });
  return command;
}

/** Runs a command from a button. */
export function runButton(command: PresenterCommand, ctx: CommandContext): void {
  if (command.enabled(ctx)) command.perform(ctx, { via: 'button' });
}
