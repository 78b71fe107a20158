import { useEffect, useRef, useState } from 'react';
import { useGeo } from '../app/GeoContext';
import type { MapState } from '../state/mapState';
import { createMapView } from './mapAdapter';
import { useMapViewStore } from './mapViewStore';
import { MapDestroyedError, type MapClick, type MapView } from './mapView';
import type { OverlaySpec } from './overlaySpec';
import { exposeProbe } from './probe';

interface MapPaneProps {
  overlays: OverlaySpec;
  /** What the map shows: the screen derives it from its own store. */
  state: MapState;
  onClick?: (click: MapClick) => void;
  onHover?: (name: string | null) => void;
  /** A "whole city" button (the planner's); presenter mode and the town view drive the camera themselves. */
  onCityButton?: () => void;
}

/**
 * A map on screen: it shows `state` (MapView.sync applies only what changed) and reports clicks and
 * hovering back to the screen. One map per mount; nothing of another screen's map carries over.
 */
export function MapPane({ overlays, state, onClick, onHover, onCityButton }: MapPaneProps) {
  const geo = useGeo();
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<MapView | null>(null);
  const lastSync = useRef<Promise<void>>(Promise.resolve());
  const handlers = useRef({ onClick, onHover });
  handlers.current = { onClick, onHover };

  useEffect(() => {
    const created = createMapView(container.current!, geo, overlays, {
      onClick: (click) => handlers.current.onClick?.(click),
      onHover: (name) => handlers.current.onHover?.(name),
    });
    setView(created);
    useMapViewStore.getState().setView(created);
    exposeProbe(created, () => lastSync.current);
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      if (useMapViewStore.getState().view === created) useMapViewStore.getState().setView(null);
      created.destroy();
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
      <div ref={container} className="map-canvas" data-testid="map" aria-label="东莞镇街地图" role="application" />
      {onCityButton && (
        <button type="button" className="map-city-button" onClick={onCityButton} title="缩放到全市">
          全市
        </button>
      )}
    </div>
  );
}
