/**
 * One hash-routing scheme for the three ways in:
 *   #/map?town=长安镇,虎门镇&layers=belt-west,base-yinping&quota=landing.quota.2025
 *   #/town/长安镇                      the town leader view
 *   #/present/3                        presenter mode, slide 3 (1-based)
 *   #/present/console                  the presenter console (a second window that drives the first)
 *   #/targets                          the plans' own targets and periods (规划目标)
 *   #/quotas                           the quota table at full width
 *   #/plans                            the plans: import, export, copy as draft, delete
 *   #/edit/plan-20261205               the plan editor for a planner's own plan (#/edit/new: a new plan)
 * Hash routing keeps the app a static bundle that works from any folder and offline.
 */
import { quoteUserText } from './noticeStore';
import { stateMessages } from '../i18n/catalogue/state';
import { t } from '../i18n/messages';

export type Route =
  | { mode: 'map' }
  | { mode: 'town'; town: string }
  | { mode: 'present'; slide: number }
  | { mode: 'console' }
  | { mode: 'targets' }
  | { mode: 'quotas' }
  | { mode: 'plans' }
  | { mode: 'planEditor'; plan: string };

export interface LocationState {
  route: Route;
  /** Query parameters of the map route, e.g. { town: '长安镇', layers: 'belt-west' }. */
  params: Record<string, string>;
  /** Why the link could not be followed as written (an unknown page, a bad slide number, an empty name): said in a notice. */
  problem?: string;
}

export function parseHash(hash: string): LocationState {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(queryPart)) params[key] = value;
  const [page, arg, ...rest] = segments;
  const shown = () => quoteUserText(pathPart.replace(/^\//, ''));
  if (page === 'town') {
    if (arg && rest.length === 0) return { route: { mode: 'town', town: arg }, params };
    return { route: { mode: 'map' }, params, problem: arg ? t(stateMessages.linkTownExtra, { link: shown() }) : t(stateMessages.linkTownEmpty) };
  }
  if (page === 'edit') {
    if (arg && rest.length === 0) return { route: { mode: 'planEditor', plan: arg }, params };
    return { route: { mode: 'plans' }, params, problem: arg ? t(stateMessages.linkEditExtra, { link: shown() }) : t(stateMessages.linkEditEmpty) };
  }
  if (page === 'present') {
    if (arg === 'console' && rest.length === 0) return { route: { mode: 'console' }, params };
    if (arg === undefined) return { route: { mode: 'present', slide: 1 }, params };
    const slide = /^\d{1,6}$/.test(arg) ? Number(arg) : NaN;
    if (slide >= 1 && rest.length === 0) return { route: { mode: 'present', slide }, params };
    return { route: { mode: 'present', slide: 1 }, params, problem: t(stateMessages.linkSlide, { slide: quoteUserText(arg) }) };
  }
  const known: Record<string, Route> = { map: { mode: 'map' }, targets: { mode: 'targets' }, quotas: { mode: 'quotas' }, plans: { mode: 'plans' } };
  if (page === undefined) return { route: { mode: 'map' }, params };
  if (Object.hasOwn(known, page) && arg === undefined) return { route: known[page], params };
  return { route: { mode: 'map' }, params, problem: t(stateMessages.linkPage, { link: shown() }) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function formatHash({ route, params }: LocationState): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  const suffix = query ? `?${query}` : '';
  switch (route.mode) {
    case 'town':
      return `#/town/${encodeURIComponent(route.town)}${suffix}`;
    case 'present':
      return `#/present/${route.slide}${suffix}`;
    case 'console':
      return `#/present/console${suffix}`;
    case 'targets':
      return `#/targets${suffix}`;
    case 'quotas':
      return `#/quotas${suffix}`;
    case 'plans':
      return `#/plans${suffix}`;
    case 'planEditor':
      return `#/edit/${encodeURIComponent(route.plan)}${suffix}`;
    default:
      return `#/map${suffix}`;
  }
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
