import { legendSections } from '../map/legend';
import type { MapState } from '../state/mapState';
import { statusYear, usePlanYearStore } from '../state/planYearStore';
import { useRememberedFlag } from '../state/rememberedFlag';
import { Legend } from './layers/Legend';

export const LEGEND_FOLDED_KEY = 'dgmap.legend.folded';
/** On a narrow screen the legend starts folded, so the map stays visible. */
const foldedByDefault = () => typeof window !== 'undefined' && window.innerWidth < 720;

/**
 * Every legend of a map, read from the state the map shows: layout layers and selection, then the
 * town fill. The box folds (remembered) and never grows past its share of the map: longer legends
 * scroll inside it. Printed pages always carry the legend.
 */
export function MapLegends({ state }: { state: Pick<MapState, 'overlays' | 'selected' | 'fillLegend'> }) {
  const [folded, setFolded] = useRememberedFlag(LEGEND_FOLDED_KEY, foldedByDefault, '图例折叠设置');
  // 已到期 is judged against the year the layer panel's year control shows (today's when none).
  const year = statusYear(usePlanYearStore((s) => s.year));
  const sections = legendSections(state, undefined, year);
  if (sections.length === 0) return null;
  return (
    <div className="map-overlay-bottom-left map-legends">
      <button type="button" className="legend-fold" aria-expanded={!folded} aria-controls="map-legend-body" onClick={() => setFolded(!folded)}>
        {folded ? '显示图例 ▸' : '收起图例 ▾'}
      </button>
      <div className="legend-body" id="map-legend-body" tabIndex={folded ? -1 : 0} role="group" aria-label="地图图例" hidden={folded}>
        {sections.map((section) => (
          <Legend key={section.kind} section={section} listLabel={section.kind === 'fill' ? (state.fillLegend?.label ?? undefined) : undefined} />
        ))}
      </div>
    </div>
  );
}
