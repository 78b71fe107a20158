import { Fragment, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Topology } from 'topojson-specification';
import { clearSavedBoundaries, saveBoundaries, SAVED_BOUNDARIES_VERSION } from '../boundaries/savedBoundaries';
import { decodeGeo, type GeoData } from '../geo/geoData';
import { setBoundaryAttribution } from '../map/attribution';
import type { GeoMeta } from '../geo/types';
import { BoundaryContext, GeoContext, type BoundarySwitch } from './GeoContext';

/**
 * Holds the boundaries in use. Accepting an import or restoring the default replaces the one
 * GeoData every screen reads, and remounts the screens so each map is built from it afresh.
 */
export function GeoProvider({ defaultGeo, initialGeo, children }: { defaultGeo: GeoData; initialGeo: GeoData; children: ReactNode }) {
  const [geo, setGeo] = useState(() => {
    setBoundaryAttribution(initialGeo.meta.source.attribution);
    return initialGeo;
  });
  const [generation, setGeneration] = useState(0);
  const use = useCallback((next: GeoData) => {
    setBoundaryAttribution(next.meta.source.attribution);
    setGeo(next);
    setGeneration((g) => g + 1);
  }, []);
  const accept = useCallback(
    async (topology: Topology, meta: GeoMeta) => {
      await saveBoundaries({ version: SAVED_BOUNDARIES_VERSION, savedAt: new Date().toISOString(), fileName: meta.source.file, topology, meta });
      use(decodeGeo(topology, meta));
    },
    [use],
  );
  const restoreDefault = useCallback(async () => {
    await clearSavedBoundaries();
    use(defaultGeo);
  }, [defaultGeo, use]);
  const boundarySwitch = useMemo<BoundarySwitch>(
    () => ({ defaultGeo, imported: geo !== defaultGeo, accept, restoreDefault }),
    [defaultGeo, geo, accept, restoreDefault],
  );
  return (
    <BoundaryContext.Provider value={boundarySwitch}>
      <GeoContext.Provider value={geo}>
        <Fragment key={generation}>{children}</Fragment>
      </GeoContext.Provider>
    </BoundaryContext.Provider>
  );
}
