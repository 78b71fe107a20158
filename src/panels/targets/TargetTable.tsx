import { rowBars } from '../../targets/targets';
import type { TargetRow, TargetTable as TargetTableData } from '../../targets/types';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Small horizontal bars, one per year, against the row's final target (the dashed line at 100 %). */
function Bars({ row, years }: { row: TargetRow; years: number[] }) {
  const bars = rowBars(row);
  if (bars.length === 0) return <span className="tg-nobars">—</span>;
  const against = row.against ? row.against.label : `${years[years.length - 1]} 年目标`;
  const width = 120;
  const barH = 7;
  const gap = 3;
  const height = bars.length * (barH + gap);
  const label = bars.map((b) => `${b.year} 年${row.against ? '累计' : ''}为${against}的 ${pct(b.share)}`).join('；');
  return (
    <svg className="tg-bars" width={width + 36} height={height} role="img" aria-label={label}>
      {bars.map((b, i) => (
        <g key={b.year} transform={`translate(0 ${i * (barH + gap)})`}>
          <rect width={Math.min(1, b.share) * width} height={barH} className={b.baseline ? 'tg-bar-base' : 'tg-bar'} />
          <text x={width + 4} y={barH} className="tg-bar-text">
            {pct(b.share)}
          </text>
        </g>
      ))}
      <line x1={width} x2={width} y1={0} y2={height} className="tg-target-line" />
    </svg>
  );
}

/** One plan's targets: indicator, unit, the figure of each year as printed, bars, and the source. */
export function TargetTable({ table }: { table: TargetTableData }) {
  const hasBars = table.rows.some((r) => rowBars(r).length > 0);
  const baselineYears = new Set(table.rows.flatMap((r) => r.values.filter((v) => v.baseline).map((v) => v.year)));
  return (
    <section className="tg-table" aria-labelledby={`tg-${table.id}`}>
      <h2 id={`tg-${table.id}`}>{table.title}</h2>
      {table.caption && <p className="tg-caption">{table.caption}</p>}
      {/* Focusable, so a keyboard user can scroll a table wider than a phone. */}
      <div className="tg-scroll" tabIndex={0} role="region" aria-label={`${table.title}（可横向滚动）`}>
        <table aria-label={table.title}>
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">单位</th>
              {table.years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                  {baselineYears.has(y) ? '（基数）' : ''}
                </th>
              ))}
              {hasBars && <th scope="col">对照目标</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">
                  {row.indicator}
                  {row.note && <small className="tg-note">{row.note}</small>}
                </th>
                <td>{row.unit}</td>
                {table.years.map((y) => (
                  <td key={y} className="tg-figure">
                    {row.values.find((v) => v.year === y)?.text ?? ''}
                  </td>
                ))}
                {hasBars && (
                  <td>
                    <Bars row={row} years={table.years} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="tg-source">
        来源：《{table.source.document}》{table.source.section}
      </p>
    </section>
  );
}
