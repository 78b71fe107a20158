import { rowBars } from '../../targets/targets';
import type { TargetRow, TargetTable as TargetTableData } from '../../targets/types';
import { targetPanelMessages as msg } from '../../i18n/catalogue/panels-targets';
import { useT } from '../../i18n/messages';
import { hasChinese } from '../../i18n/names';
import { ZhBeside } from '../../i18n/ZhBeside';
import { OurWords } from '../OurWords';

/** The English the target data gives beside a quoted indicator or a worded figure (our translation), read loosely. */
const englishOf = (item: object, key: 'indicatorEn' | 'textEn'): string | undefined => (item as Record<string, string | undefined>)[key];

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Small horizontal bars, one per year, against the row's final target (the dashed line at 100 %). */
function Bars({ row, years }: { row: TargetRow; years: number[] }) {
  const bars = rowBars(row);
  const t = useT();
  if (bars.length === 0) return <span className="tg-nobars">—</span>;
  const against = row.against ? row.against.label : t(msg.yearTarget, { year: years[years.length - 1] });
  const width = 120;
  const barH = 7;
  const gap = 3;
  const height = bars.length * (barH + gap);
  const label = bars.map((b) => t(row.against ? msg.barShareCumulative : msg.barShare, { year: b.year, against, share: pct(b.share) })).join(t(msg.barsJoin));
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

/** A figure as printed; in English its English where the figure is worded, else the figure itself (Chinese kept marked). */
function FigureText({ value }: { value: { text: string } | undefined }) {
  if (!value) return null;
  return <OurWords zh={value.text} en={englishOf(value, 'textEn') ?? (hasChinese(value.text) ? undefined : value.text)} />;
}

/** One plan's targets: indicator, unit, the figure of each year as printed, bars, and the source. */
export function TargetTable({ table }: { table: TargetTableData }) {
  const hasBars = table.rows.some((r) => rowBars(r).length > 0);
  const baselineYears = new Set(table.rows.flatMap((r) => r.values.filter((v) => v.baseline).map((v) => v.year)));
  const t = useT();
  return (
    <section className="tg-table" aria-labelledby={`tg-${table.id}`}>
      <h2 id={`tg-${table.id}`}>{table.title}</h2>
      {table.caption && <p className="tg-caption">{table.caption}</p>}
      {/* Focusable, so a keyboard user can scroll a table wider than a phone. */}
      <div className="tg-scroll" tabIndex={0} role="region" aria-label={t(msg.scrollable, { title: table.title })}>
        <table aria-label={table.title}>
          <thead>
            <tr>
              <th scope="col">{t(msg.indicator)}</th>
              <th scope="col">{t(msg.unit)}</th>
              {table.years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                  {baselineYears.has(y) ? t(msg.baseline) : ''}
                </th>
              ))}
              {hasBars && <th scope="col">{t(msg.against)}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">
                  <ZhBeside zh={row.indicator} en={englishOf(row, 'indicatorEn')} />
                  {row.note && <small className="tg-note">{row.note}</small>}
                </th>
                <td>{row.unit}</td>
                {table.years.map((y) => (
                  <td key={y} className="tg-figure">
                    <FigureText value={row.values.find((v) => v.year === y)} />
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
        {t(msg.source)}
        <ZhBeside zh={`《${table.source.document}》${table.source.section}`} />
      </p>
    </section>
  );
}
