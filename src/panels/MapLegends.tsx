import { useLayoutEffect, useRef, useState } from 'react';
import { legendSections } from '../map/legend';
import type { MapState } from '../state/mapState';
import { statusYear, usePlanYearStore } from '../state/planYearStore';
import { useRememberedFlag } from '../state/rememberedFlag';
import { Legend } from './layers/Legend';
import { measureLegendBody, nextFold, unfolded, type Fold } from './legendFold';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { t as tNow, useT } from '../i18n/messages';

export const LEGEND_FOLDED_KEY = 'dgmap.legend.folded';
/** On a narrow screen the legend starts folded, so the map stays visible. */
const foldedByDefault = () => typeof window !== 'undefined' && window.innerWidth < 720;

/**
 * Every legend of a map, read from the state the map shows: layout layers and selection, then the
 * town fill. The box folds (remembered) and never grows past its share of the map: longer legends
 * scroll inside it. Printed pages always carry the legend.
 */
export function MapLegends({ state }: { state: Pick<MapState, 'overlays' | 'selected' | 'fillLegend'> }) {
  const [folded, setFolded] = useRememberedFlag(LEGEND_FOLDED_KEY, foldedByDefault, tNow(m.legendFoldSetting));
  const t = useT();
  // 已到期 is judged against the year the layer panel's year control shows (today's when none).
  const year = statusYear(usePlanYearStore((s) => s.year));
  const sections = legendSections(state, undefined, year);
  const body = useRef<HTMLDivElement>(null);
  // Columns the lists fold into so the whole legend shows in its share of the map (no list cut off).
  const key = sections.map((s) => `${s.kind}:${s.rows.map((r) => r.key).join(',')}`).join('|');
  const [fold, setFold] = useState<Fold>(() => unfolded(key));
  const current = fold.key === key ? fold : unfolded(key);
  const columns = current.columns;
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || folded || el.clientHeight === 0) return;
    const next = nextFold(current, measureLegendBody(el));
    if (next !== current) setFold(next);
    else if (fold.key !== key) setFold(current);
  }, [folded, current, key, fold.key]);
  if (sections.length === 0) return null;
  return (
    <div className={`map-overlay-bottom-left map-legends${columns > 1 ? ' is-folded-columns' : ''}`}>
      <button type="button" className="legend-fold" aria-expanded={!folded} aria-controls="map-legend-body" onClick={() => setFolded(!folded)}>
        {folded ? t(m.showLegend) : t(m.hideLegend)}
      </button>
      <div ref={body} className="legend-body" id="map-legend-body" tabIndex={folded ? -1 : 0} role="group" aria-label={t(m.mapLegend)} hidden={folded}>
        {sections.map((section) => (
          <Legend key={section.kind} section={section} columns={columns} listLabel={section.kind === 'fill' ? (state.fillLegend?.label ?? undefined) : undefined} />
        ))}
      </div>
    </div>
  );
}
