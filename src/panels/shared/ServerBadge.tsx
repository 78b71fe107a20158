import { useEffect, useState } from 'react';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import './shared.css';
import { localBadgeMessages as m } from '../../i18n/catalogue/panels-sharedBadge';
import { useT } from '../../i18n/messages';

type Account = typeof import('./ServerAccount');
let account: Account | null = null;

/**
 * The server's account controls (sign-in, who is signed in, the shared record's state): loaded only
 * when a server answers. The app loads them before its first render in server mode (src/main.tsx),
 * so the header has them from the start; a page in local mode never loads them.
 */
export function loadServerAccount(): Promise<Account> {
  return import('./ServerAccount').then((loaded) => (account = loaded));
}

/** In the header: where the quotas are kept (this browser, or the server with who is signed in). */
export function ServerBadge() {
  const mode = useSharedStore((s) => s.mode);
  const [loaded, setLoaded] = useState(account);
  const t = useT();
  useEffect(() => {
    if (mode === 'server' && !loaded) void loadServerAccount().then(setLoaded);
  }, [mode, loaded]);

  if (mode === 'detecting') return null;
  if (mode === 'local') {
    return (
      <span className="sh-badge" title={t(m.localTitle)}>
        {t(m.local)}
      </span>
    );
  }
  return loaded ? <loaded.ServerAccount /> : null;
}
