import { useEffect, useRef, useState } from 'react';
import { useGeo } from '../app/GeoContext';
import { unitsAtPoint } from '../geo/queries';
import { useLayerStore } from '../state/layerStore';
import { useQueryStore } from '../state/queryStore';
import { useSelectionStore } from '../state/selectionStore';
import { createMapView } from './mapAdapter';
import { useMapViewStore } from './mapViewStore';
import type { MapView } from './mapView';
import type { OverlaySpec } from './overlaySpec';
import { exposeProbe } from './probe';
import { useTownFill } from './useTownFill';

interface MapPaneProps {
  overlays: OverlaySpec;
  onElementClick?: (elementId: string) => void;
  /** Town leader view: dim everything outside this town and outline these others (keep the object stable). */
  focus?: { town: string; outlined: readonly string[]; labelled: readonly string[] } | null;
  /** Hide the "whole city" button (presenter mode drives the camera itself). */
  hideCityButton?: boolean;
  /** Town label scale: presenter mode uses larger type, readable from the back of a room. */
  labelScale?: number;
}

/** The map is a view of the stores: it subscribes to them and reports clicks back as actions. */
export function MapPane({ overlays, onElementClick, focus = null, hideCityButton = false, labelScale = 1 }: MapPaneProps) {
  const geo = useGeo();
  const container = useRef<HTMLDivElement>(null);
  // This pane's own map: another screen's map may still be in the shared store during our first render.
  const [view, setLocalView] = useState<MapView | null>(null);
  const selected = useSelectionStore((s) => s.selected);
  const hovered = useSelectionStore((s) => s.hovered);
  const zoomRequest = useSelectionStore((s) => s.zoomRequest);
  const visibleLayers = useLayerStore((s) => s.visible);
  const opacity = useLayerStore((s) => s.opacity);
  const townFill = useTownFill();
  const elementClick = useRef(onElementClick);
  elementClick.current = onElementClick;

  useEffect(() => {
    const created = createMapView(container.current!, geo, overlays, {
      onHover: (name) => useSelectionStore.getState().hover(name),
      onClick: ({ names, lonLat, shiftKey, elementId }) => {
        useQueryStore.getState().setLastClick({ lonLat, units: unitsAtPoint(geo, lonLat) });
        if (elementId && elementClick.current) elementClick.current(elementId);
        const selection = useSelectionStore.getState();
        if (names.length === 0) {
          if (!shiftKey) selection.clear();
        } else if (shiftKey) {
          selection.toggle(names[0]);
        } else {
          selection.select(names[0]);
        }
      },
    });
    setLocalView(created);
    useMapViewStore.getState().setView(created);
    exposeProbe(created);
    const initial = useSelectionStore.getState().selected;
    if (initial.length > 0) created.fitTowns(initial, { animate: false });
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      if (useMapViewStore.getState().view === created) useMapViewStore.getState().setView(null);
      created.destroy();
    };
  }, [geo, overlays]);

  useEffect(() => view?.setSelection(selected), [view, selected]);
  useEffect(() => view?.setHover(hovered), [view, hovered]);
  useEffect(() => {
    if (view && zoomRequest) view.fitTowns(zoomRequest.names);
  }, [view, zoomRequest]);
  useEffect(() => view?.setLayoutVisibility(visibleLayers, opacity), [view, visibleLayers, opacity]);
  useEffect(() => view?.setTownFill(townFill.colors, townFill.unsetColor), [view, townFill]);
  useEffect(() => {
    if (labelScale !== 1) view?.setLabelScale(labelScale);
  }, [view, labelScale]);
  useEffect(() => {
    view?.setFocus(focus?.town ?? null, focus?.outlined, focus?.labelled);
  }, [view, focus]);

  return (
    <div className="map-pane">
      <div ref={container} className="map-canvas" data-testid="map" aria-label="东莞镇街地图" role="application" />
      {!hideCityButton && (
        <button type="button" className="map-city-button" onClick={() => view?.fitCity()} title="缩放到全市">
          全市
        </button>
      )}
    </div>
  );
}
