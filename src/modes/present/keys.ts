/**
 * The presenter's keyboard (and clicker) map, as a pure function of the key and the digits typed
 * so far. Clickers send PageDown / PageUp (some also '.' or 'b' to blank).
 */
import type { NavAction } from './deck';

export type KeyCommand =
  | { type: 'nav'; action: NavAction }
  | { type: 'digits'; digits: string }
  | { type: 'blank' }
  | { type: 'escape' }
  | { type: 'fullscreen' }
  | { type: 'laser' };

export const KEY_HELP: [string, string][] = [
  ['→ ↓ 空格 PageDown', '下一张'],
  ['← ↑ PageUp', '上一张'],
  ['Home / End', '第一张 / 最后一张'],
  ['数字 + Enter', '跳到第几张'],
  ['B', '黑屏 / 恢复'],
  ['F', '全屏'],
  ['L', '激光笔'],
  ['Esc', '退出全屏，再按退出汇报'],
];

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Spacebar', 'PageDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** What a key press means; null = not ours (let the browser have it). */
export function interpretKey(key: string, digits: string): KeyCommand | null {
  if (NEXT.has(key)) return { type: 'nav', action: { type: 'next' } };
  if (PREV.has(key)) return { type: 'nav', action: { type: 'prev' } };
  if (key === 'Home') return { type: 'nav', action: { type: 'first' } };
  if (key === 'End') return { type: 'nav', action: { type: 'last' } };
  if (/^[0-9]$/.test(key)) return { type: 'digits', digits: (digits + key).replace(/^0+/, '').slice(0, 4) };
  if (key === 'Backspace' && digits) return { type: 'digits', digits: digits.slice(0, -1) };
  if (key === 'Enter') return digits ? { type: 'nav', action: { type: 'jump', slide: Number(digits) } } : null;
  if (key === 'b' || key === 'B' || key === '.') return { type: 'blank' };
  if (key === 'Escape' || key === 'Esc') return { type: 'escape' };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'l' || key === 'L') return { type: 'laser' };
  return null;
}
