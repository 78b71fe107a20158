import { hasPartialMembers, isSchematic } from '../../layouts/queries';
import { FACT_KIND_BADGE, OPEN_LIST_NOTE } from '../../layouts/labels';
import type { FactKind, LayoutElement } from '../../layouts/types';

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
  return (
    <>
      {isSchematic(element) && (
        <span className="badge badge-derived" title={FACT_KIND_BADGE.derived.title}>
          示意
        </span>
      )}
      {hasPartialMembers(element) && (
        <span className="badge badge-partial" title="部分镇街只有部分区域属于此布局">
          部分
        </span>
      )}
      {element.openList?.length ? (
        <span className="badge badge-open" title={OPEN_LIST_NOTE} aria-label={OPEN_LIST_NOTE}>
          等
        </span>
      ) : null}
    </>
  );
}
