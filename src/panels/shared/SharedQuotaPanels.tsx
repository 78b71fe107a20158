import { useSharedStore } from '../../quotas/shared/sharedStore';
import { ConflictList } from './ConflictList';
import { ReportsInbox } from './ReportsInbox';
import './shared.css';

/** What the quota tab shows in server mode besides the table: by role. */
export function SharedQuotaIntro() {
  const user = useSharedStore((s) => s.user);
  if (!user) {
    return (
      <p className="sh-note" role="note">
        指标为服务器上的共享记录。请点右上角「登录」查看和填报。
      </p>
    );
  }
  return (
    <>
      <p className="sh-note" role="note">
        {user.role === 'planner'
          ? '你可以修改所有指标和实际完成数，并确认镇街的填报。'
          : user.role === 'town'
            ? `你可以填报 ${user.unit} 的实际完成数（发现实际、落地实际），其他数值只读。填报后由市里确认。`
            : '只读账号：可以查看，不能修改。'}
      </p>
      <ConflictList />
      {user.role === 'planner' && <ReportsInbox />}
    </>
  );
}
