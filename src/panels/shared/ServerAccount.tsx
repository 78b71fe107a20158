import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../lib/dates';
import { signIn, signOut } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import './shared.css';
import { sharedPanelMessages as m } from '../../i18n/catalogue/panels-shared';
import { useT } from '../../i18n/messages';
import { displayTownName } from '../../towns/townNames';

const DATABASE_LABELS = { pglite: m.builtInDatabase, postgresql: { zh: 'PostgreSQL', en: 'PostgreSQL' } } as const;
const ROLE_LABELS = { planner: m.rolePlanner, town: m.roleTown, viewer: m.roleViewer } as const;

/** In the header, with a server (src/panels/shared/ServerBadge.tsx): the shared record, who is signed in, and the sign-in form. */
export function ServerAccount() {
  const mode = useSharedStore((s) => s.mode);
  const database = useSharedStore((s) => s.database);
  const user = useSharedStore((s) => s.user);
  const live = useSharedStore((s) => s.live);
  const offlineAt = useSharedStore((s) => s.offlineAt);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const t = useT();

  if (mode !== 'server') return null;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError('');
    try {
      await signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
      setOpen(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="sh-session">
      <span className="sh-badge sh-badge-server" title={t(m.serverTitle, { database: database ? t(DATABASE_LABELS[database]) : '' })}>
        {t(m.shared)}
        {offlineAt ? (
          <span className="sh-offline" title={t(m.offlineTitle)}>
            {t(m.offline, { when: formatDateTime(new Date(offlineAt)) })}
          </span>
        ) : (
          user && <span className={live ? 'sh-live' : 'sh-offline'}>{live ? t(m.live) : t(m.connecting)}</span>
        )}
      </span>
      {user ? (
        <>
          <span className="sh-user">
            {t(m.userLine, { user: user.username, role: user.role in ROLE_LABELS ? t(ROLE_LABELS[user.role as keyof typeof ROLE_LABELS]) : user.roleLabel, unit: user.unit ? ` · ${displayTownName(user.unit)}` : '' })}
          </span>
          <button type="button" className="header-button" onClick={() => void signOut()}>
            {t(m.signOut)}
          </button>
        </>
      ) : (
        <button type="button" className="header-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t(m.signIn)}
        </button>
      )}
      {open && !user && (
        <form className="sh-signin" onSubmit={submit} aria-label={t(m.signInForm)}>
          <label>
            {t(m.username)} <input name="username" autoComplete="username" required autoFocus />
          </label>
          <label>
            {t(m.password)} <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p role="alert" className="sh-error">
              {error}
            </p>
          )}
          <div className="sh-buttons">
            <button type="submit" disabled={busy}>
              {t(m.signIn)}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t(m.cancel)}
            </button>
          </div>
        </form>
      )}
    </span>
  );
}
