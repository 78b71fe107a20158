/**
 * The presenter's commands, declared once: what each does, its keys (keyboard and clicker: clickers
 * send PageDown / PageUp, some also '.' or 'b' to blank), its button text and whether the presenter
 * console can send it to the audience window. The key handler, the help list and the console's
 * buttons all read this list.
 */
import type { NavAction } from './deck';

export type KeyCommand =
  | { type: 'nav'; action: NavAction }
  | { type: 'digits'; digits: string }
  | { type: 'blank' }
  | { type: 'escape' }
  | { type: 'fullscreen' }
  | { type: 'laser' };

export interface PresenterCommand {
  id: 'next' | 'prev' | 'first' | 'last' | 'jump' | 'blank' | 'fullscreen' | 'laser' | 'escape';
  /** What it does, for the help list and as the button's name. */
  label: string;
  /** The keys as the help list shows them. */
  keysLabel: string;
  /** KeyboardEvent.key values that run it (none for the digit entry, handled apart). */
  keys: readonly string[];
  /** The button's face in the console (its accessible name is `label`). */
  button?: string;
  /** The console can send it to the audience window. */
  remote: boolean;
  command?: KeyCommand;
}

export const PRESENTER_COMMANDS: readonly PresenterCommand[] = [
  { id: 'next', label: '下一张', keysLabel: '→ ↓ 空格 PageDown', keys: ['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown'], button: '▶', remote: true, command: { type: 'nav', action: { type: 'next' } } },
  { id: 'prev', label: '上一张', keysLabel: '← ↑ PageUp', keys: ['ArrowLeft', 'ArrowUp', 'PageUp'], button: '◀', remote: true, command: { type: 'nav', action: { type: 'prev' } } },
  { id: 'first', label: '第一张', keysLabel: 'Home', keys: ['Home'], button: '首张', remote: true, command: { type: 'nav', action: { type: 'first' } } },
  { id: 'last', label: '最后一张', keysLabel: 'End', keys: ['End'], button: '末张', remote: true, command: { type: 'nav', action: { type: 'last' } } },
  { id: 'jump', label: '跳到第几张', keysLabel: '数字 + Enter', keys: [], remote: true },
  { id: 'blank', label: '黑屏 / 恢复', keysLabel: 'B', keys: ['b', 'B', '.'], button: '黑屏', remote: true, command: { type: 'blank' } },
  { id: 'fullscreen', label: '全屏', keysLabel: 'F', keys: ['f', 'F'], remote: false, command: { type: 'fullscreen' } },
  { id: 'laser', label: '激光笔', keysLabel: 'L', keys: ['l', 'L'], remote: false, command: { type: 'laser' } },
  { id: 'escape', label: '退出全屏，再按退出汇报', keysLabel: 'Esc', keys: ['Escape', 'Esc'], remote: false, command: { type: 'escape' } },
];

/** A command's record by id. */
export function presenterCommand(id: PresenterCommand['id']): PresenterCommand {
  return PRESENTER_COMMANDS.find((c) => c.id === id)!;
}

/** A toolbar button's tooltip: '下一张（→ ↓ 空格 PageDown）', the keys read from the command's record. */
export function commandHint(id: PresenterCommand['id'], label = presenterCommand(id).label): string {
  return `${label}（${presenterCommand(id).keysLabel}）`;
}

/** [keys, what they do] for the help list. */
export const KEY_HELP: [string, string][] = PRESENTER_COMMANDS.map((c) => [c.keysLabel, c.label]);

const BY_KEY = new Map(PRESENTER_COMMANDS.flatMap((c) => (c.command ? c.keys.map((k) => [k, c.command!] as const) : [])));

/** What a key press means; null = not ours (let the browser have it). */
export function interpretKey(key: string, digits: string): KeyCommand | null {
  const command = BY_KEY.get(key);
  if (command) return command;
  if (/^[0-9]$/.test(key)) return { type: 'digits', digits: (digits + key).replace(/^0+/, '').slice(0, 4) };
  if (key === 'Backspace' && digits) return { type: 'digits', digits: digits.slice(0, -1) };
  if (key === 'Enter') return digits ? { type: 'nav', action: { type: 'jump', slide: Number(digits) } } : null;
  return null;
}
