import type { Plan } from '../../plans/planFile';
import './planConflicts.css';
import { resolvePlanConflict, useServerPlansStore } from '../../state/serverPlans';

function summary(plan: Plan): string {
  const towns = new Set(plan.elements.flatMap((e) => e.members.map((m) => m.town)));
  return `“${plan.group.nameZh}”，${plan.elements.length} 个元素，涉及 ${towns.size} 个镇街${plan.group.draft ? '，草稿' : ''}`;
}

/** Element names only one of the two versions has, so the planner sees what differs. */
function differences(mine: Plan, theirs: Plan): string {
  const names = (p: Plan) => new Set(p.elements.map((e) => e.nameZh));
  const a = names(mine);
  const b = names(theirs);
  const onlyMine = [...a].filter((n) => !b.has(n));
  const onlyTheirs = [...b].filter((n) => !a.has(n));
  return [onlyMine.length ? `只在您的版本中：${onlyMine.join('、')}` : '', onlyTheirs.length ? `只在对方的版本中：${onlyTheirs.join('、')}` : ''].filter(Boolean).join('；');
}

/**
 * Saves the shared record refused because another planner changed (or deleted) the plan first:
 * both versions, and a choice. Nothing is lost whichever is chosen: 另存为副本 keeps both.
 */
export function PlanConflicts() {
  const conflicts = useServerPlansStore((s) => s.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <section className="pl-conflicts" role="alert" aria-label="规划保存冲突">
      <h2>保存冲突：以下规划在您修改时已被他人改动</h2>
      <ul>
        {conflicts.map((c) => (
          <li key={c.id} data-conflict={c.id}>
            <p>{c.message}</p>
            <dl>
              <dt>您的版本（未保存）</dt>
              <dd>{summary(c.mine)}</dd>
              <dt>{c.theirs ? `${c.theirsBy ?? '他人'}保存的版本（现在显示的）` : '共享记录中'}</dt>
              <dd>{c.theirs ? summary(c.theirs) : '已被删除'}</dd>
            </dl>
            {c.theirs && differences(c.mine, c.theirs) ? <p className="pl-diff">{differences(c.mine, c.theirs)}</p> : null}
            <span className="pl-choice">
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'mine')}>
                {c.theirs ? '用我的版本覆盖' : '重新保存我的版本'}
              </button>
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'theirs')}>
                {c.theirs ? '采用对方的版本' : '不再保存'}
              </button>
              <button type="button" onClick={() => resolvePlanConflict(c.id, 'copy')}>
                我的版本另存为副本
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
