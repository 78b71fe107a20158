import { Suspense, useRef } from 'react';
import { useGeo } from '../../app/GeoContext';
import { NO_PADDING } from '../../state/mapState';
import { useStore } from 'zustand';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { lazyAfterFirstCommit } from '../../app/afterFirstCommit';
import { ExportMenu } from '../../export/ExportMenu';
import { appMessages } from '../../i18n/catalogue/app';
import { useT } from '../../i18n/messages';
import { MapPane } from '../../map/MapPane';
import { PrintMap } from '../print/PrintMap';
import type { MapClick } from '../../map/mapView';
import type { OverlaySpec } from '../../map/overlaySpec';
import { MapKeyboard } from '../../panels/MapKeyboard';
import { MapLegends } from '../../panels/MapLegends';
import { Notices } from '../../panels/Notices';
import { usePlanner, usePlannerStateStore } from '../../state/screens/plannerState';
import type { PlannerStore } from '../../state/screens/plannerStore';
import { usePlannerFraming } from './usePlannerFraming';
import { usePlannerMapState } from './usePlannerScreen';

// The info card loads after the first frame (an element's card, opened from the layer panel or the address).
const InfoCard = lazyAfterFirstCommit(() => import('../../panels/layers/InfoCard').then((m) => m.InfoCard));

/**
 * The planner's map area: the map, its legend, buttons and info card. It is the part of the
 * planner that shows the map state, so a layer toggle or a hover renders it (and the layer panel)
 * again, not the header or the side panel's other tabs: one toggle is one map frame and as little
 * React work as the map and its legend need.
 */
export function PlannerMapArea({ store, overlays, onClick, framing }: { store: PlannerStore; overlays: OverlaySpec; onClick: (click: MapClick) => void; framing: boolean }) {
  const t = useT();
  const plannerState = usePlannerStateStore();
  const state = usePlannerMapState(store);
  const hover = useStore(store, (s) => s.hover);
  const fitCity = useStore(store, (s) => s.fitCity);
  const userMoved = useStore(store, (s) => s.userMoved);
  const multiSelect = usePlanner((s) => s.multiSelect);
  // On a wide screen the city camera keeps the shown layers clear of the legend and the buttons.
  const mapAreaRef = useRef<HTMLDivElement>(null);
  usePlannerFraming(store, plannerState, mapAreaRef, overlays, state, framing);
  return (
    <div className="map-area" ref={mapAreaRef}>
      {/* Over the map, not the header: the header's height varies with the window (its buttons wrap
          at 1366×768), and a notice over it hid the sign-in button and the 3840 export. */}
      <Notices />
      <ErrorBoundary what={t(appMessages.map)}>
        <MapPane overlays={overlays} state={state} onClick={onClick} onHover={hover} onUserMove={userMoved} onCityButton={fitCity} />
        <button
          type="button"
          className="map-multi-toggle"
          aria-pressed={multiSelect}
          onClick={() => plannerState.dispatch({ type: 'selection/setMultiSelect', on: !multiSelect })}
          title={t(appMessages.multiSelectHint)}
        >
          {t(appMessages.multiSelect)}
        </button>
        <MapKeyboard onHover={hover} />
        {/* In the first render, so Ctrl+P finds it; its drawing loads after the first frame. */}
        <PrintMap alt={t(appMessages.cityMapAlt)} paper="landscape" />
        <MapLegends state={state} />
      </ErrorBoundary>
      <ErrorBoundary what={t(appMessages.infoCard)}>
        <Suspense fallback={null}>
          <InfoCard mapStore={store} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

/**
 * The planner's export menu: it exports the map state the planner's map shows. While the camera is
 * the one the planner asked for (the city, or the towns chosen), the image frames that area round
 * its own legend; once the user has moved the map by hand, it shows their view.
 */
export function PlannerExportMenu({ store, overlays }: { store: PlannerStore; overlays: OverlaySpec }) {
  const geo = useGeo();
  const state = usePlannerMapState(store);
  const framedPage = async () => {
    if (store.getState().movedByUser) return null;
    const asked = { ...state, hovered: null, camera: { ...state.camera, padding: NO_PADDING } };
    // (Loaded with the first export: the page's subject is the page layout's, not the first view's.)
    const { pageSubject } = await import('../../map/page/subjectMarks');
    return { state: asked, subject: pageSubject(geo, overlays, asked) };
  };
  return <ExportMenu state={state} framedPage={framedPage} />;
}
