import { resolveConflict } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { describeCell, formatWhen } from './format';
import './shared.css';

/** Edits the server refused because someone changed the cell first: both values, and a choice. */
export function ConflictList() {
  const conflicts = useSharedStore((s) => s.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <section className="sh-conflicts" role="alert" aria-label="修改冲突">
      <h3>修改冲突：以下数值在你修改时已被他人改动</h3>
      <ul>
        {conflicts.map((c) => (
          <li key={c.key}>
            <strong>{describeCell(c.key)}</strong>：你的值 <b>{c.mine ?? '（清除）'}</b>，{c.theirs.updatedBy ?? '他人'}
            {c.theirs.updatedAt ? `于 ${formatWhen(c.theirs.updatedAt)} ` : ''}改为 <b>{c.theirs.value ?? '未设'}</b>
            <span className="sh-buttons">
              <button type="button" onClick={() => void resolveConflict(c.key, 'mine')}>
                用我的值 {c.mine ?? '（清除）'}
              </button>
              <button type="button" onClick={() => void resolveConflict(c.key, 'theirs')}>
                保留 {c.theirs.value ?? '未设'}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
