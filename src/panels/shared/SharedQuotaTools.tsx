import { useSharedStore } from '../../quotas/shared/sharedStore';
import { CellHistory } from './CellHistory';
import { SharedImportPanel } from './SharedImportPanel';
import './shared.css';

/** Under the table in server mode: the focused cell's history, and (planners) moving the browser's quotas into the record. */
export function SharedQuotaTools() {
  const user = useSharedStore((s) => s.user);
  if (!user) return null;
  return (
    <>
      <CellHistory />
      {user.role === 'planner' && <SharedImportPanel />}
    </>
  );
}
