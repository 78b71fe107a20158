import type { ReactNode } from 'react';
import { useGeo } from '../app/GeoContext';
import { TOUCH_QUERY, useMediaQuery } from '../app/useMediaQuery';
import { usePlanner, usePlannerDispatch } from '../state/screens/plannerState';
import { formatKm } from './format';
import { TownFacts } from './TownFacts';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { useT } from '../i18n/messages';
import { displayTownName } from '../towns/townNames';

interface TownDetailPanelProps {
  /** Further sections about the town (layout memberships, quotas), supplied by other features. */
  children?: (town: string) => ReactNode;
  onOpenTownView?: (town: string) => void;
}

export function TownDetailPanel({ children, onOpenTownView }: TownDetailPanelProps) {
  const geo = useGeo();
  const selected = usePlanner((s) => s.selected);
  const town = selected[0] ?? null;
  const dispatch = usePlannerDispatch();
  const touch = useMediaQuery(TOUCH_QUERY);
  const meta = town ? geo.metaByName.get(town) : undefined;
  const t = useT();

  return (
    <section role="region" aria-label={t(m.townDetails)} className="panel detail-panel">
      {!meta ? (
        <p className="hint">
          {touch
            ? t(m.pickTownTouch)
            : t(m.pickTownPointer)}
        </p>
      ) : (
        <>
          {selected.length > 1 && <SelectedUnits selected={selected} />}
          <h2>{displayTownName(meta.name)}</h2>
          <TownFacts meta={meta} cityAreaKm2={geo.meta.cityAreaKm2} />
          {onOpenTownView && (
            <button type="button" className="primary" onClick={() => onOpenTownView(meta.name)}>
              {t(m.openTownView)}
            </button>
          )}
          <h3>{t(m.neighboursTitle, { count: meta.neighbours.length })}</h3>
          <ul aria-label={t(m.neighbours)} className="neighbour-list">
            {meta.neighbours.map((n) => (
              <li key={n.name}>
                <button type="button" className="link" onClick={() => dispatch({ type: 'selection/select', unit: n.name, zoom: true })}>
                  {displayTownName(n.name)}
                </button>{' '}
                <small>{t(m.sharedBorder, { length: formatKm(n.sharedBorderKm) })}</small>
              </li>
            ))}
          </ul>
          {children?.(meta.name)}
        </>
      )}
    </section>
  );
}

/** Every selected unit: the first is shown below; each can be shown first or taken out of the selection. */
function SelectedUnits({ selected }: { selected: string[] }) {
  const dispatch = usePlannerDispatch();
  const setSelection = (units: string[]) => dispatch({ type: 'selection/set', units });
  const t = useT();
  return (
    <>
      <h3 id="selected-units-title">{t(m.selectedCount, { count: selected.length })}</h3>
      <ul aria-labelledby="selected-units-title" className="selected-units">
        {selected.map((name, i) => (
          <li key={name}>
            <button
              type="button"
              className="link"
              aria-current={i === 0 ? 'true' : undefined}
              onClick={() => setSelection([name, ...selected.filter((n) => n !== name)])}
            >
              {displayTownName(name)}
            </button>
            <button type="button" className="icon" aria-label={t(m.removeFromSelection, { name: displayTownName(name) })} onClick={() => setSelection(selected.filter((n) => n !== name))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
