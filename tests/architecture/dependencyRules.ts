/**
 * The folders point one way: data (i18n, towns, geo, layouts, plans, quotas, targets, lib) → state → map → panels, export
 * → modes → app. These rules are checked on every import in src/ by dependencyRules.test.ts (part of
 * `npm test`), so an arrow that turns back fails the run. (dependency-cruiser needs Node 22; this is
 * the same check on the import graph, with no extra package.)
 */
export interface DependencyRule {
  name: string;
  /** Importing files (path relative to the project, e.g. src/quotas/store.ts). */
  from: RegExp;
  /** Forbidden targets: a resolved src path, or a package name. */
  to: RegExp;
  /** Type-only imports are allowed (`import type`). */
  allowTypeOnly?: boolean;
}

const DATA = 'src/(i18n|towns|geo|layouts|plans|quotas|targets|lib)/';

export const DEPENDENCY_RULES: DependencyRule[] = [
  { name: 'data does not depend on state, map, UI or modes', from: new RegExp(`^${DATA}`), to: /^src\/(state|map|panels|export|modes|app)\/|^src\/(App|Root|main)\.tsx$/ },
  { name: 'lib is generic: it imports nothing of the app', from: /^src\/lib\//, to: /^src\/(?!lib\/)/ },
  { name: 'the message catalogue is the bottom layer: it imports only lib', from: /^src\/i18n\//, to: /^src\/(?!(i18n|lib)\/)/ },
  { name: 'state does not depend on the map, UI, export or modes', from: /^src\/state\//, to: /^src\/(map|panels|export|modes|app)\/|^src\/(App|Root|main)\.tsx$/ },
  {
    name: 'the map does not depend on UI, export, modes, or the quota and planner stores (it gets a MapState)',
    from: /^src\/map\//,
    to: /^src\/(panels|export|modes)\/|^src\/(App|Root|main)\.tsx$|^src\/state\/screens\/planner(State|Actions)|^src\/quotas\/(store|useQuotaChoropleth)/,
  },
  {
    name: 'a symbol kind (src/map/symbols) is read by the renderers and the legend, and imports none of them',
    from: /^src\/map\/symbols\//,
    to: /^src\/map\/(canvas|layers|firstFrame|page)\/|^src\/map\/(baseStyle|mapAdapter|legend|createView|mapView|MapPane)\.tsx?$/,
    allowTypeOnly: true,
  },
  { name: 'export does not depend on panels or modes', from: /^src\/export\//, to: /^src\/(panels|modes)\/|^src\/(App|Root|main)\.tsx$/ },
  { name: 'panels do not depend on modes', from: /^src\/panels\//, to: /^src\/modes\/|^src\/(App|Root|main)\.tsx$/ },
  { name: 'only the map adapter imports maplibre-gl', from: /^src\/(?!map\/mapAdapter\.ts$)/, to: /^maplibre-gl(\/|$)/, allowTypeOnly: true },
  { name: 'maplibre-gl types stay in the map folder', from: /^src\/(?!map\/)/, to: /^maplibre-gl(\/|$)/ },
];
