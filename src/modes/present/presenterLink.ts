/**
 * The audience window (#/present/n) and the presenter console (#/present/console) talk over a
 * BroadcastChannel (same browser, same origin; no server). The audience window owns the slide
 * number and announces it; the console sends commands and follows the announcements. Messages
 * from the channel are checked before use (another page could post anything).
 */
import { useEffect, useRef } from 'react';
import type { NavAction } from './deck';

export const PRESENTER_CHANNEL = 'dgmap-presenter';

/** Opens the audience window (the slides on the projector) from the console, or focuses it. */
export const openAudienceWindow = () => window.open('#/present/1', 'dgmap-presenter-audience');
/** Opens the console from the audience window, or focuses it. */
export const openConsoleWindow = () => window.open('#/present/console', 'dgmap-presenter-console', 'popup,width=1280,height=800');

export interface AudienceState {
  slide: number;
  count: number;
  blank: boolean;
}

export type LinkMessage =
  /** audience → console: where the deck is. */
  | ({ type: 'state' } & AudienceState)
  /** audience → console: the audience window is closing or left presenter mode. */
  | { type: 'bye' }
  /** console → audience: please announce your state. */
  | { type: 'hello' }
  /** console → audience: move. */
  | { type: 'nav'; action: NavAction }
  /** console → audience: blank or unblank the screen. */
  | { type: 'blank' };

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10_000;

function isNavAction(v: unknown): v is NavAction {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  if (a.type === 'jump') return isCount(a.slide);
  return a.type === 'next' || a.type === 'prev' || a.type === 'first' || a.type === 'last';
}

/** The message, if it is one of ours and well formed; null otherwise. */
export function readLinkMessage(data: unknown): LinkMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'state':
      return isCount(m.slide) && isCount(m.count) && typeof m.blank === 'boolean' ? { type: 'state', slide: m.slide, count: m.count, blank: m.blank } : null;
    case 'bye':
    case 'hello':
    case 'blank':
      return { type: m.type };
    case 'nav':
      return isNavAction(m.action) ? { type: 'nav', action: m.action } : null;
    default:
      return null;
  }
}

export interface LinkPort {
  post: (message: LinkMessage) => void;
  close: () => void;
}

export type OpenLink = (onMessage: (message: LinkMessage) => void) => LinkPort | null;

/** The browser's BroadcastChannel (null where there is none: the console then says so). */
export const openBroadcastLink: OpenLink = (onMessage) => {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    const message = readLinkMessage(e.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
};

/**
 * For the audience window: announces the slide (and on every console's hello) and runs the
 * console's commands. `onNav` and `onBlank` may change every render.
 */
export function useAudienceLink(state: AudienceState, onNav: (action: NavAction) => void, onBlank: () => void, open: OpenLink = openBroadcastLink): void {
  const latest = useRef({ state, onNav, onBlank });
  latest.current = { state, onNav, onBlank };
  const port = useRef<LinkPort | null>(null);
  useEffect(() => {
    const link = open((message) => {
      if (message.type === 'hello') link?.post({ type: 'state', ...latest.current.state });
      else if (message.type === 'nav') latest.current.onNav(message.action);
      else if (message.type === 'blank') latest.current.onBlank();
    });
    port.current = link;
    const bye = () => link?.post({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      link?.close();
      port.current = null;
    };
  }, [open]);
  useEffect(() => {
    port.current?.post({ type: 'state', slide: state.slide, count: state.count, blank: state.blank });
  }, [state.slide, state.count, state.blank]);
}
