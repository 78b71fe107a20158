// The geo build writes these files; Vite serves them as hashed assets from the app's own origin.
import topologyUrl from '../../geo/build/towns.topo.json?url';
import metaUrl from '../../geo/build/towns.meta.json?url';
import { fetchGeo, type GeoData } from './geoData';

let loading: Promise<GeoData> | null = null;

/**
 * The default boundaries, fetched and decoded once per page: the remembered first frame
 * (src/map/firstFrame/rememberedFrame.ts) and the app share one download and one decoding.
 * A failed load is forgotten, so the next call tries again.
 */
export function loadAppGeo(): Promise<GeoData> {
  if (!loading) {
    const started = fetchGeo(topologyUrl, metaUrl);
    loading = started;
    started.catch(() => {
      if (loading === started) loading = null;
    });
  }
  return loading;
}
