/** Scale bar for a printed map image. */

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km across a bounding box at its middle latitude ([west, south, east, north]). */
export function widthKm([west, south, east, north]: readonly [number, number, number, number]): number {
  const lat = ((south + north) / 2) * (Math.PI / 180);
  const dLon = (east - west) * (Math.PI / 180);
  // Haversine along one parallel.
  const h = Math.cos(lat) ** 2 * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const NICE = [0.5, 1, 2, 5, 10, 20, 50];

/**
 * The longest round length (0.5, 1, 2, 5, 10 … km) that takes at most `maxFraction` of an image
 * showing `acrossKm` from left to right, and the fraction of the image's width it takes.
 */
export function scaleBar(acrossKm: number, maxFraction = 0.3): { km: number; fraction: number; label: string } | null {
  if (!(acrossKm > 0)) return null;
  const fits = NICE.filter((km) => km / acrossKm <= maxFraction);
  const km = fits.length > 0 ? fits[fits.length - 1] : null;
  if (km === null) return null;
  return { km, fraction: km / acrossKm, label: `${km} km` };
}
