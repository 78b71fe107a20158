import { legendSections } from '../map/legend';
import type { MapState } from '../state/mapState';
import { Legend } from './layers/Legend';

/** Every legend of a map, read from the state the map shows: layout layers and selection, then the town fill. */
export function MapLegends({ state }: { state: Pick<MapState, 'overlays' | 'selected' | 'fillLegend'> }) {
  return (
    <div className="map-overlay-bottom-left">
      {legendSections(state).map((section) => (
        <Legend key={section.kind} section={section} listLabel={section.kind === 'fill' ? (state.fillLegend?.label ?? undefined) : undefined} />
      ))}
    </div>
  );
}
