import { resolveConflict } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import { describeCell, formatWhen } from './format';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT } from '../../i18n/messages';

/** Edits the server refused because someone changed the cell first: both values, and a choice. */
export function ConflictList() {
  const conflicts = useSharedStore((s) => s.conflicts);
  const t = useT();
  if (conflicts.length === 0) return null;
  return (
    <section className="sh-conflicts" role="alert" aria-label={t(m.conflicts)}>
      <h3>{t(m.conflictsTitle)}</h3>
      <ul>
        {conflicts.map((c) => (
          <li key={c.key}>
            <strong>{describeCell(c.key)}</strong>
            {t(m.yourValue)}
            <b>{c.mine ?? t(m.cleared)}</b>
            {t(m.theirChange, { who: c.theirs.updatedBy ?? t(m.someone) })}
            {c.theirs.updatedAt ? t(m.onWhen, { when: formatWhen(c.theirs.updatedAt) }) : ''}
            {t(m.changedTo)}
            <b>{c.theirs.value ?? t(m.unset)}</b>
            <span className="sh-buttons">
              <button type="button" onClick={() => void resolveConflict(c.key, 'mine')}>
                {t(m.useMine, { value: c.mine ?? t(m.cleared) })}
              </button>
              <button type="button" onClick={() => void resolveConflict(c.key, 'theirs')}>
                {t(m.keep, { value: c.theirs.value ?? t(m.unset) })}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
