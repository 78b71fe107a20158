import { hasPartialMembers, isSchematic } from '../../layouts/queries';
import { FACT_KIND_BADGE } from '../../layouts/labels';
import type { FactKind, LayoutElement, PlanGroup } from '../../layouts/types';
import { PLAN_STATUS_LABEL, periodText, planStatus } from '../../plans/status';
import { statusYear, usePlanYearStore } from '../../state/planYearStore';
import { layerPanelMessages as m } from '../../i18n/catalogue/panels-layers';
import { useT } from '../../i18n/messages';

/** 已到期 for a plan whose period has ended (in the chosen year, or this year), 草稿 for a draft; nothing for a plan in force. */
export function PlanStatusBadge({ group }: { group: Pick<PlanGroup, 'draft' | 'period'> }) {
  const year = statusYear(usePlanYearStore((s) => s.year));
  const status = planStatus(group, year);
  const t = useT();
  if (status === 'in-force') return null;
  return (
    <span className={`badge badge-plan-${status}`} title={status === 'ended' ? t(m.endedTitle, { period: periodText(group), year }) : t(m.draftTitle)}>
      {PLAN_STATUS_LABEL[status]}
    </span>
  );
}

export function FactKindBadge({ kind }: { kind: FactKind }) {
  const badge = FACT_KIND_BADGE[kind];
  return (
    <span className={`badge badge-${kind}`} title={badge.title}>
      {badge.short}
    </span>
  );
}

/** 示意 for anything derived, 部分 for anything with partial members, 等 for a list the plan leaves open: shown wherever the element is. */
export function ElementBadges({ element }: { element: LayoutElement }) {
  const t = useT();
  return (
    <>
      {isSchematic(element) && (
        <span className="badge badge-derived" title={FACT_KIND_BADGE.derived.title}>
          {t(m.schematic)}
        </span>
      )}
      {hasPartialMembers(element) && (
        <span className="badge badge-partial" title={t(m.partialTitle)}>
          {t(m.partial)}
        </span>
      )}
      {element.openList?.length ? (
        <span className="badge badge-open" title={t(m.openListTitle)} aria-label={t(m.openListTitle)}>
          {t(m.openList)}
        </span>
      ) : null}
    </>
  );
}
