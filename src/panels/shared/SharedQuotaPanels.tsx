import { useSharedStore } from '../../quotas/shared/sharedStore';
import { ConflictList } from './ConflictList';
import { ReportsInbox } from './ReportsInbox';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

/** What the quota tab shows in server mode besides the table: by role. */
export function SharedQuotaIntro() {
  const user = useSharedStore((s) => s.user);
  const t = useT();
  if (!user) {
    return (
      <p className="sh-note" role="note">
        {t(m.signInToSee)}
      </p>
    );
  }
  return (
    <>
      <p className="sh-note" role="note">
        {user.role === 'planner'
          ? t(m.plannerCan)
          : user.role === 'town'
            ? t(m.townCan, { unit: displayTownName(user.unit ?? '') })
            : t(m.viewerCan)}
      </p>
      <ConflictList />
      {user.role === 'planner' && <ReportsInbox />}
    </>
  );
}
