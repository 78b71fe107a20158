/**
 * The remembered first frame drawn before the app (src/boot.ts): the map only, in the box the
 * app's map will take, until the app's own first frame replaces it (MapPane calls
 * retireEarlyFrame in the same task as it draws, so the page never shows a gap between the two).
 */
import type { GeoData } from '../../geo/geoData';
import { currentLanguage } from '../../i18n/language';
import { markFirstFrame } from '../probe';
import { drawFirstFrame } from './drawFirstFrame';
import { currentContext, recallFrame } from './rememberedFrame';

let shown: HTMLElement | null = null;

/** Draws this address's remembered first frame, if there is one; resolves with whether it did. */
export async function drawEarlyFrame(loadGeo: () => Promise<GeoData>): Promise<boolean> {
  const frame = recallFrame(currentContext(currentLanguage()));
  if (!frame) return false;
  let geo: GeoData;
  try {
    geo = await loadGeo();
  } catch {
    return false; // the app says why
  }
  // Other boundaries (an import), or the window changed while the geometry loaded.
  if (geo.meta.source.sha256 !== frame.geometry || !recallFrame(currentContext(currentLanguage()))) return false;
  const pane = document.createElement('div');
  pane.className = 'map-pane early-frame';
  const { left, top, width, height } = frame.box;
  pane.style.cssText = `position:absolute;left:${left}px;top:${top}px;width:${width}px;height:${height}px;z-index:1000;pointer-events:none`;
  const canvas = document.createElement('canvas');
  canvas.className = 'map-first-frame';
  canvas.setAttribute('aria-hidden', 'true');
  const attribution = document.createElement('p');
  attribution.className = 'map-first-frame-attribution';
  attribution.textContent = frame.attribution;
  pane.append(canvas, attribution);
  document.body.append(pane);
  drawFirstFrame(canvas, geo, frame.scene, geo.city.geometry);
  shown = pane;
  markFirstFrame('canvas (remembered)', { early: true });
  return true;
}

/** The app drew its own first frame (or could not): the early one goes. */
export function retireEarlyFrame(): void {
  shown?.remove();
  shown = null;
}
