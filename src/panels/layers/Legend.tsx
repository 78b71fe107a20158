import type { LegendSection } from '../../map/legend';
import { LegendSymbol } from './LegendSymbol';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';

/** One legend section (layers and selection, or the town fill's classes), drawn with the map's own symbols. */
export function Legend({ section, listLabel, columns = 1 }: { section: LegendSection; listLabel?: string; columns?: number }) {
  const t = useT();
  if (section.rows.length === 0) return null;
  const isLayers = section.kind === 'layers';
  // A long list folds into columns (rows top to bottom, then the next column) instead of being cut off.
  const perColumn = Math.ceil(section.rows.length / Math.max(1, columns));
  const chunks = Array.from({ length: Math.ceil(section.rows.length / perColumn) }, (_, i) => section.rows.slice(i * perColumn, (i + 1) * perColumn));
  return (
    <section className={`legend${chunks.length > 1 ? ' legend-folded-columns' : ''}`} aria-label={isLayers ? t(m.legend) : undefined} role={isLayers ? 'region' : undefined}>
      <h3>{section.title}</h3>
      <div className="legend-columns">
        {chunks.map((rows, i) => (
          <ul key={i} aria-label={listLabel}>
            {rows.map((row) => (
              <li key={row.key} data-element={row.elementId}>
                <LegendSymbol symbol={row.symbol} />
                <span>{row.label}</span>
              </li>
            ))}
          </ul>
        ))}
      </div>
    </section>
  );
}
