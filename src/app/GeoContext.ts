import { createContext, useContext } from 'react';
import type { GeoData } from '../geo/geoData';

export const GeoContext = createContext<GeoData | null>(null);

export function useGeo(): GeoData {
  const geo = useContext(GeoContext);
  if (!geo) throw new Error('useGeo() outside <GeoContext.Provider>');
  return geo;
}
