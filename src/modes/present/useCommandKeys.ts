/**
 * The one key handler of the presenter screens: a key press runs the command whose key test it
 * passes (commands.ts). Keys typed into a field, and Space / Enter on a focused button, are left to
 * the page.
 */
import { useEffect, useRef } from 'react';
import { runKey, type CommandContext } from './commands';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'file'].includes(target.type);
  return false;
}

const isButtonLike = (target: EventTarget | null) =>
  target instanceof HTMLElement && !!target.closest('button, a[href], [role="button"], label, input[type="file"]');

/** Handles the keys for the screen whose context `ctx` is (read afresh on every press). */
export function useCommandKeys(ctx: CommandContext, { capture = false } = {}): void {
  const latest = useRef(ctx);
  latest.current = ctx;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isTyping(e.target)) return;
      const context = latest.current;
      // Space and Enter on a focused button belong to the button (unless a slide number is being typed).
      if ((e.key === ' ' || (e.key === 'Enter' && !context.digits)) && isButtonLike(e.target)) return;
      if (!runKey(e.key, context)) return;
      // Ours, not the map's: the map would pan on the arrow keys.
      e.preventDefault();
      e.stopPropagation();
    };
    // In the capture phase the deck sees the keys before the focused map does.
    window.addEventListener('keydown', listener, capture);
    return () => window.removeEventListener('keydown', listener, capture);
  }, [capture]);
}
