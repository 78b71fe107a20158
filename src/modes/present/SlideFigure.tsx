import { PlanTimeline } from '../../panels/targets/PlanTimeline';
import { TargetTable } from '../../panels/targets/TargetTable';
import { PLAN_PERIODS, TARGET_TABLES } from '../../targets/targets';
import type { SlideFigure as Figure } from './slide';
import { presentMessages } from '../../i18n/catalogue/present';
import { useT } from '../../i18n/messages';
import '../targets/targets.css';

/**
 * A slide's chart or table: the same components as the 规划目标 view (#/targets), drawn large over
 * the map so a room reads the figures instead of a caption full of numbers.
 */
export function SlideFigure({ figure }: { figure: Figure }) {
  const t = useT();
  const table = figure.kind === 'target-table' ? TARGET_TABLES.find((t) => t.id === figure.table) : undefined;
  return (
    <section className="slide-figure" aria-label={t(presentMessages.slideFigure)} data-figure={figure.kind === 'target-table' ? figure.table : figure.kind}>
      {figure.kind === 'plan-periods' && <PlanTimeline periods={PLAN_PERIODS} />}
      {table && <TargetTable table={table} />}
    </section>
  );
}
