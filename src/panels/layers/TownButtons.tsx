import { usePlannerDispatch } from '../../state/screens/plannerState';
import { displayTownName } from '../../towns/townNames';

/** Towns as a row of links, each selecting its town and framing the map on it. */
export function TownButtons({ towns, label }: { towns: string[]; label: string }) {
  const dispatch = usePlannerDispatch();
  return (
    <ul aria-label={label} className="compact-list inline-list">
      {towns.map((t) => (
        <li key={t}>
          <button type="button" className="link" onClick={() => dispatch({ type: 'selection/select', unit: t, zoom: true })}>
            {displayTownName(t)}
          </button>
        </li>
      ))}
    </ul>
  );
}
