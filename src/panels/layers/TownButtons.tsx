import { useSelectionStore } from '../../state/selectionStore';
import { displayTownName } from '../../towns/townNames';

/** Towns as a row of links, each selecting its town and framing the map on it. */
export function TownButtons({ towns, label }: { towns: string[]; label: string }) {
  const select = useSelectionStore((s) => s.select);
  return (
    <ul aria-label={label} className="compact-list inline-list">
      {towns.map((t) => (
        <li key={t}>
          <button type="button" className="link" onClick={() => select(t, { zoom: true })}>
            {displayTownName(t)}
          </button>
        </li>
      ))}
    </ul>
  );
}
