import type { LegendSection } from '../../map/legend';
import { LegendSymbol } from './LegendSymbol';

/** One legend section (layers and selection, or the town fill's classes), drawn with the map's own symbols. */
export function Legend({ section, listLabel }: { section: LegendSection; listLabel?: string }) {
  if (section.rows.length === 0) return null;
  const isLayers = section.kind === 'layers';
  return (
    <section className="legend" aria-label={isLayers ? '图例' : undefined} role={isLayers ? 'region' : undefined}>
      <h3>{section.title}</h3>
      <ul aria-label={listLabel}>
        {section.rows.map((row) => (
          <li key={row.key} data-element={row.elementId}>
            <LegendSymbol symbol={row.symbol} />
            <span>{row.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
