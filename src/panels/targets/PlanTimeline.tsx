import type { PlanPeriod } from '../../targets/types';
import { targetPanelMessages as msg } from '../../i18n/catalogue/panels-targets';
import { joinList, useT } from '../../i18n/messages';

/** The plan periods on one year axis, each with the years it sets targets for. */
export function PlanTimeline({ periods }: { periods: readonly PlanPeriod[] }) {
  const first = Math.min(...periods.map((p) => p.start));
  const last = Math.max(...periods.map((p) => p.end));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const span = years.length;
  const left = (year: number) => `${((year - first) / span) * 100}%`;
  const width = (from: number, to: number) => `${((to - from + 1) / span) * 100}%`;
  const t = useT();
  return (
    <section className="tg-timeline" aria-labelledby="tg-timeline">
      <h2 id="tg-timeline">{t(msg.periods)}</h2>
      <div className="tg-axis" aria-hidden="true">
        {years.map((y) => (
          <span key={y} style={{ left: left(y), width: width(y, y) }}>
            {String(y).slice(2)}
          </span>
        ))}
      </div>
      <ol className="tg-periods" aria-label={t(msg.periods)}>
        {periods.map((p) => (
          <li key={p.id} data-period={p.id}>
            <span className="tg-period-label">
              {p.label} <small>{t(msg.periodLine, { period: p.start === p.end ? p.start : `${p.start}—${p.end}`, years: joinList(p.milestones.map(String)) })}</small>
            </span>
            <span className="tg-track" aria-hidden="true">
              <span className="tg-span" style={{ left: left(p.start), width: width(p.start, p.end) }} />
              {p.milestones.map((m) => (
                <span key={m} className="tg-milestone" style={{ left: left(m), width: width(m, m) }} title={t(msg.yearTarget, { year: m })} />
              ))}
            </span>
          </li>
        ))}
      </ol>
      <p className="tg-source">{t(msg.timelineNote)}</p>
    </section>
  );
}
