/**
 * One hash-routing scheme for the three ways in:
 *   #/map?town=长安镇,虎门镇&layers=belt-west,base-yinping&quota=landing.quota.2025
 *   #/town/长安镇                      the town leader view
 *   #/present/3                        presenter mode, slide 3 (1-based)
 *   #/present/console                  the presenter console (a second window that drives the first)
 *   #/targets                          the plans' own targets and periods (规划目标)
 *   #/quotas                           the quota table at full width
 *   #/plans                            the plans: import, export, copy as draft, delete
 * Hash routing keeps the app a static bundle that works from any folder and offline.
 */
export type Route =
  | { mode: 'map' }
  | { mode: 'town'; town: string }
  | { mode: 'present'; slide: number }
  | { mode: 'console' }
  | { mode: 'targets' }
  | { mode: 'quotas' }
  | { mode: 'plans' };

export interface LocationState {
  route: Route;
  /** Query parameters of the map route, e.g. { town: '长安镇', layers: 'belt-west' }. */
  params: Record<string, string>;
}

export function parseHash(hash: string): LocationState {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(queryPart)) params[key] = value;
  if (segments[0] === 'town' && segments[1]) return { route: { mode: 'town', town: segments[1] }, params };
  if (segments[0] === 'present' && segments[1] === 'console') return { route: { mode: 'console' }, params };
  if (segments[0] === 'targets') return { route: { mode: 'targets' }, params };
  if (segments[0] === 'quotas') return { route: { mode: 'quotas' }, params };
  if (segments[0] === 'plans') return { route: { mode: 'plans' }, params };
  if (segments[0] === 'present') {
    const slide = Number.parseInt(segments[1] ?? '1', 10);
    return { route: { mode: 'present', slide: Number.isFinite(slide) && slide >= 1 ? slide : 1 }, params };
  }
  return { route: { mode: 'map' }, params };
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
