// The geo build writes these files; Vite serves them as hashed assets from the app's own origin.
import topologyUrl from '../../geo/build/towns.topo.json?url';
import metaUrl from '../../geo/build/towns.meta.json?url';
import { fetchGeo, type GeoData } from './geoData';

export function loadAppGeo(): Promise<GeoData> {
  return fetchGeo(topologyUrl, metaUrl);
}
