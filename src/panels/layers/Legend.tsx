import { LAYOUT_ELEMENTS } from '../../layouts/model';
import { useLayerStore } from '../../state/layerStore';
import { LegendSymbol } from './LegendSymbol';
import { legendEntries } from './legendEntries';

/** Shows exactly what is visible, in model order, with the map's own symbols. */
export function Legend() {
  const visible = useLayerStore((s) => s.visible);
  const shown = LAYOUT_ELEMENTS.filter((e) => visible.includes(e.id));
  if (shown.length === 0) return null;
  return (
    <section className="legend" aria-label="图例" role="region">
      <h3>图例</h3>
      <ul>
        {shown.flatMap((element) =>
          legendEntries(element).map((entry) => (
            <li key={entry.key} data-element={element.id}>
              <LegendSymbol symbol={entry.symbol} />
              <span>{entry.label}</span>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
