import type { LegendRow, LegendSection } from '../../map/legend';
import { LegendSymbol } from './LegendSymbol';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';

type Item = { kind: 'group'; text: string } | { kind: 'row'; row: LegendRow };

/** The section's rows with each plan's heading (its title and status: 已到期 once per plan) above its rows. */
function withGroups(rows: readonly LegendRow[]): Item[] {
  const items: Item[] = [];
  let group: string | undefined;
  for (const row of rows) {
    if (row.group && row.group !== group) items.push({ kind: 'group', text: row.group });
    group = row.group;
    items.push({ kind: 'row', row });
  }
  return items;
}

/** A column's items as headings and lists: each run of rows is one list. */
function runs(items: readonly Item[]): (Item & { kind: 'group' } | { kind: 'rows'; rows: LegendRow[] })[] {
  const out: (Item & { kind: 'group' } | { kind: 'rows'; rows: LegendRow[] })[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.kind === 'group') out.push(item);
    else if (last?.kind === 'rows') last.rows.push(item.row);
    else out.push({ kind: 'rows', rows: [item.row] });
  }
  return out;
}

/** One legend section (layers and selection, or the town fill's classes), drawn with the map's own symbols. */
export function Legend({ section, listLabel, columns = 1 }: { section: LegendSection; listLabel?: string; columns?: number }) {
  const t = useT();
  if (section.rows.length === 0) return null;
  const isLayers = section.kind === 'layers';
  // A long list folds into columns (items top to bottom, then the next column) instead of being cut off.
  const items = withGroups(section.rows);
  const perColumn = Math.ceil(items.length / Math.max(1, columns));
  const chunks = Array.from({ length: Math.ceil(items.length / perColumn) }, (_, i) => items.slice(i * perColumn, (i + 1) * perColumn));
  return (
    <section className={`legend${chunks.length > 1 ? ' legend-folded-columns' : ''}`} aria-label={isLayers ? t(m.legend) : undefined} role={isLayers ? 'region' : undefined}>
      <h3>{section.title}</h3>
      <div className="legend-columns">
        {chunks.map((chunk, i) => (
          <div key={i} className="legend-column">
            {runs(chunk).map((run, j) =>
              run.kind === 'group' ? (
                <h4 key={`g${j}`} className="legend-plan">
                  {run.text}
                </h4>
              ) : (
                <ul key={`r${j}`} aria-label={listLabel}>
                  {run.rows.map((row) => (
                    <li key={row.key} data-element={row.elementId}>
                      <LegendSymbol symbol={row.symbol} />
                      <span>{row.label}</span>
                    </li>
                  ))}
                </ul>
              ),
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
