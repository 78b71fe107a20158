import { elementName, planName } from '../../layouts/displayNames';
import type { Plan } from '../../plans/planFile';
import './planConflicts.css';
import { resolvePlanConflict, useServerPlansStore } from '../../state/serverPlans';
import { planConflictMessages as msg } from '../../i18n/catalogue/panels-planConflicts';
import { joinList, t, useT } from '../../i18n/messages';


function summary(plan: Plan): string {
  const towns = new Set(plan.elements.flatMap((e) => e.members.map((m) => m.town)));
  return t(msg.summary, { name: planName(plan.group), elements: plan.elements.length, towns: towns.size, draft: plan.group.draft ? t(msg.draft) : '' });
}

/** Element names only one of the two versions has, so the planner sees what differs. */
function differences(mine: Plan, theirs: Plan): string {
  const names = (p: Plan) => new Set(p.elements.map((e) => elementName(e)));
  const a = names(mine);
  const b = names(theirs);
  const onlyMine = [...a].filter((n) => !b.has(n));
  const onlyTheirs = [...b].filter((n) => !a.has(n));
  return [onlyMine.length ? t(msg.onlyMine, { names: joinList(onlyMine) }) : '', onlyTheirs.length ? t(msg.onlyTheirs, { names: joinList(onlyTheirs) }) : ''].filter(Boolean).join(t(msg.join));
}

/**
 * Saves the shared record refused because another planner changed (or deleted) the plan first:
 * both versions, and a choice. Nothing is lost whichever is chosen: saving a copy keeps both.
 */
export function PlanConflicts() {
  const conflicts = useServerPlansStore((s) => s.conflicts);
  const tr = useT();
  if (conflicts.length === 0) return null;
  return (
    <section className="pl-conflicts" role="alert" aria-label={tr(msg.label)}>
      <h2>{tr(msg.title)}</h2>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id} data-conflict={c.id}>
            <p>{c.message}</p>
            <dl>
              <dt>{tr(msg.yours)}</dt>
              <dd>{summary(c.mine)}</dd>
              <dt>{c.theirs ? tr(msg.theirs, { who: c.theirsBy ?? tr(msg.someone) }) : tr(msg.inShared)}</dt>
              <dd>{c.theirs ? summary(c.theirs) : tr(msg.deleted)}</dd>
            </dl>
            {c.theirs && differences(c.mine, c.theirs) ? <p className="pl-diff">{differences(c.mine, c.theirs)}</p> : null}
            <span className="pl-choice">
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'mine')}>
                {c.theirs ? tr(msg.overwrite) : tr(msg.saveAgain)}
              </button>
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'theirs')}>
                {c.theirs ? tr(msg.takeTheirs) : tr(msg.dontSave)}
              </button>
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'copy')}>
                {tr(msg.saveCopy)}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
