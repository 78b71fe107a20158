import { createContext, useContext } from 'react';
import type { Topology } from 'topojson-specification';
import type { GeoData } from '../geo/geoData';
import type { GeoMeta } from '../geo/types';
import { appShellMessages } from '../i18n/catalogue/app-shell';
import { t } from '../i18n/messages';

/** The boundaries every screen draws and queries: the default ones or those a user imported. */
export const GeoContext = createContext<GeoData | null>(null);

export function useGeo(): GeoData {
  const geo = useContext(GeoContext);
  if (!geo) throw new Error('useGeo() outside <GeoContext.Provider>');
  return geo;
}

/** Switching the boundaries: the boundaries panel's side of the same context. */
export interface BoundarySwitch {
  /** The built-in boundaries: the reference an import is checked against. */
  defaultGeo: GeoData;
  imported: boolean;
  accept: (topology: Topology, meta: GeoMeta) => Promise<void>;
  restoreDefault: () => Promise<void>;
}

export const BoundaryContext = createContext<BoundarySwitch | null>(null);

/** Null where no GeoProvider is mounted (component tests of a single screen). */
export function useBoundarySwitch(): BoundarySwitch | null {
  return useContext(BoundaryContext);
}

/** What the header says about the boundaries in use. */
export function boundaryLabel(geo: GeoData): string {
  return geo.meta.source.imported ? t(appShellMessages.importedBoundaries, { file: geo.meta.source.file }) : t(appShellMessages.defaultBoundaries);
}
