import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useGeo } from '../app/GeoContext';
import type { MapState } from '../state/mapState';
import { attributionLine } from './attribution';
import { drawFirstFrame, sceneOf } from './firstFrame/drawFirstFrame';
import { retireEarlyFrame } from './firstFrame/earlyFrame';
import { currentContext, rememberFrame } from './firstFrame/rememberedFrame';
import { createView } from './createView';
import { useMapViewStore } from './mapViewStore';
import type { RendererChoice } from './rendererChoice';
import { MapDestroyedError, type MapClick, type MapView } from './mapView';
import type { OverlaySpec } from './overlaySpec';
import { exposeProbe, markFirstFrame, markFirstIdle, retireProbe } from './probe';
import { useMotionPreference } from './reducedMotion';
import { mapMessages } from '../i18n/catalogue/map';
import { useT } from '../i18n/messages';
import { currentLanguage } from '../i18n/language';

/** The address the page was opened with: only the first map of that address is remembered. */
const OPENED_AT = typeof location === 'undefined' ? '' : location.search + location.hash;
let rememberedOne = false;


interface MapPaneProps {
  overlays: OverlaySpec;
  /** What the map shows: the screen derives it from its own store. */
  state: MapState;
  onClick?: (click: MapClick) => void;
  onHover?: (name: string | null) => void;
  onUserMove?: () => void;
  /** A "whole city" button (the planner's); presenter mode and the town view drive the camera themselves. */
  onCityButton?: () => void;
}

/**
 * A map on screen: it shows `state` (MapView.sync applies only what changed) and reports clicks and
 * hovering back to the screen. One map per mount; nothing of another screen's map carries over.
 */
export function MapPane({ overlays, state: asked, onClick, onHover, onUserMove, onCityButton }: MapPaneProps) {
  const t = useT();
  // With the user's reduce-motion setting every camera change jumps (src/map/reducedMotion.ts).
  const state = useMotionPreference(asked);
  const geo = useGeo();
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const lastSync = useRef<Promise<void>>(Promise.resolve());
  const handlers = useRef({ onClick, onHover, onUserMove });
  handlers.current = { onClick, onHover, onUserMove };
  const firstFrame = useRef<HTMLCanvasElement>(null);
  const [handedOver, setHandedOver] = useState(false);
  const [renderer, setRenderer] = useState<RendererChoice | null>(null);
  const firstState = useRef(state);

  // The first frame, drawn with Canvas2D from the same state before MapLibre is even loaded.
  useLayoutEffect(() => {
    const canvas = firstFrame.current;
    if (!canvas?.getContext('2d')) return; // jsdom
    const initial = firstState.current;
    const scene = sceneOf(initial, geo);
    drawFirstFrame(canvas, geo, scene, geo.city.geometry);
    // The remembered frame drawn before the app (src/boot.ts), if any, goes in the same task.
    retireEarlyFrame();
    if (initial.overlays.length !== 0) return;
    markFirstFrame('canvas');
    // The first map of a page opened at this address is remembered, so the next visit draws it
    // before the app has loaded (a map reached by navigating may depend on what was done before).
    const context = currentContext(currentLanguage());
    if (rememberedOne || context.address !== OPENED_AT) return;
    // A choropleth's colours are quota values, which may have changed by the next visit (another
    // town's edit in the shared record): such a map is not drawn early from memory, so the page never
    // shows last visit's figures as if they were today's. Its next visit draws the app's first frame.
    if (scene.fill) return;
    rememberedOne = true;
    const box = canvas.getBoundingClientRect();
    const frame = {
      ...context,
      geometry: geo.meta.source.sha256,
      box: { left: box.left + window.scrollX, top: box.top + window.scrollY, width: box.width, height: box.height },
      scene,
      attribution: attributionLine(),
    };
    setTimeout(() => rememberFrame(frame), 0);
  }, [geo]);

  useEffect(() => {
    let created: MapView | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    // The renderer (MapLibre on WebGL2, else Canvas2D) loads after the first frame, and takes over at its first idle.
    void createView(container.current!, geo, overlays, {
      onClick: (click) => handlers.current.onClick?.(click),
      onHover: (name) => handlers.current.onHover?.(name),
      onUserMove: () => handlers.current.onUserMove?.(),
    }).then(({ view, choice }) => {
      if (cancelled) {
        view.destroy();
        return;
      }
      created = view;
      setRenderer(choice);
      setView(view);
      useMapViewStore.getState().setView(view);
      exposeProbe(view, () => lastSync.current);
      observer = new ResizeObserver(() => view.resize());
      observer.observe(container.current!);
      view.whenIdle().then(
        () => {
          markFirstIdle();
          if (!cancelled) setHandedOver(true);
        },
        () => {},
      );
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      if (created && useMapViewStore.getState().view === created) useMapViewStore.getState().setView(null);
      if (created) retireProbe(created);
      created?.destroy();
    };
  }, [geo, overlays]);

  useEffect(() => {
    if (!view) return;
    if (useMapViewStore.getState().view === view) useMapViewStore.setState({ state });
    lastSync.current = view.sync(state).catch((error: unknown) => {
      // A map replaced while drawing (screen change) has nothing left to show.
      if (!(error instanceof MapDestroyedError)) console.error(error);
    });
  }, [view, state]);

  return (
    <div className="map-pane">
      <div ref={container} className="map-canvas" data-testid="map" aria-label={t(mapMessages.mapLabel)} role="application" />
      {!handedOver && (
        <>
          <canvas ref={firstFrame} className="map-first-frame" aria-hidden />
          <p className="map-first-frame-attribution">{attributionLine()}</p>
        </>
      )}
      {renderer?.reason === 'no-webgl2' && (
        <p className="map-renderer-notice" role="status">
          {t(mapMessages.noWebgl2)}
        </p>
      )}
      {onCityButton && (
        <button type="button" className="map-city-button" onClick={onCityButton} title={t(mapMessages.zoomToCity)}>
          {t(mapMessages.wholeCity)}
        </button>
      )}
    </div>
  );
}
