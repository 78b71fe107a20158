import { useMemo } from 'react';
import { useGeo } from '../app/GeoContext';
import { selectionArea, unitsWithinKm } from '../geo/queries';
import { usePlanner, usePlannerDispatch } from '../state/screens/plannerState';
import { formatKm, formatKm2, formatShare } from './format';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { joinList, useT } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';

/** Turf answers: units within N km, area and city share of the selection, units under a click. */
export function SpatialQueryPanel() {
  const geo = useGeo();
  const selected = usePlanner((s) => s.selected);
  const dispatch = usePlannerDispatch();
  const radiusKm = usePlanner((s) => s.query.radiusKm);
  const lastClick = usePlanner((s) => s.query.lastClick);
  const primary = selected[0];
  const nearby = useMemo(() => (primary ? unitsWithinKm(geo, primary, radiusKm) : []), [geo, primary, radiusKm]);
  const area = useMemo(() => selectionArea(geo, selected), [geo, selected]);
  const t = useT();

  return (
    <section className="panel query-panel" aria-label={t(m.spatialQuery)}>
      <h3>{t(m.spatialQuery)}</h3>
      {selected.length > 0 && (
        <p aria-label={t(m.selectedArea)}>
          {t(m.selectedAreaText, { count: selected.length, area: formatKm2(area.areaKm2), share: formatShare(area.shareOfCity) })}
        </p>
      )}
      {primary && (
        <>
          <label className="inline">
            {t(m.around, { town: displayTownName(primary) })}
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={radiusKm}
              aria-label={t(m.distanceKm)}
              onChange={(e) => dispatch({ type: 'query/setRadius', km: Number(e.target.value) })}
            />
            {t(m.townsWithinKm)}
          </label>
          <ul aria-label={t(m.townsWithin)} className="compact-list">
            {nearby.map((n) => (
              <li key={n.name}>
                <button type="button" className="link" onClick={() => dispatch({ type: 'selection/select', unit: n.name, zoom: true })}>
                  {displayTownName(n.name)}
                </button>{' '}
                <small>{n.distanceKm === 0 ? t(m.touching) : formatKm(n.distanceKm)}</small>
              </li>
            ))}
            {nearby.length === 0 && <li className="hint">{t(m.none)}</li>}
          </ul>
          {nearby.length > 0 && (
            <button type="button" onClick={() => dispatch({ type: 'selection/set', units: [primary, ...nearby.map((n) => n.name)] })}>
              {t(m.selectAllAndMeasure)}
            </button>
          )}
        </>
      )}
      {lastClick && (
        <p aria-label={t(m.clickedPoint)}>
          {t(m.clickedAt, { lon: lastClick.lonLat[0].toFixed(4), lat: lastClick.lonLat[1].toFixed(4) })}
          {lastClick.units.length ? joinList(lastClick.units.map((n) => displayTownName(n))) : t(m.outsideCity)}
          {lastClick.units.length > 1 && <small>{t(m.overlapHere)}</small>}
        </p>
      )}
    </section>
  );
}
