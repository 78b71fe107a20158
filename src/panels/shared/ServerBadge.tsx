import { useState, type FormEvent } from 'react';
import { formatDateTime } from '../../lib/dates';
import { signIn, signOut } from '../../quotas/shared/sharedSource';
import { useSharedStore } from '../../quotas/shared/sharedStore';
import './shared.css';

const DATABASE_LABELS = { pglite: '内置数据库', postgresql: 'PostgreSQL' } as const;

/** In the header: where the quotas are kept, who is signed in, and the sign-in form. */
export function ServerBadge() {
  const mode = useSharedStore((s) => s.mode);
  const database = useSharedStore((s) => s.database);
  const user = useSharedStore((s) => s.user);
  const live = useSharedStore((s) => s.live);
  const offlineAt = useSharedStore((s) => s.offlineAt);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (mode === 'detecting') return null;
  if (mode === 'local') {
    return (
      <span className="sh-badge" title="没有连接服务器：指标保存在本浏览器中">
        本机保存
      </span>
    );
  }

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
      <span className="sh-badge sh-badge-server" title={`指标为服务器上的共享记录（${database ? DATABASE_LABELS[database] : ''}）`}>
        共享记录
        {offlineAt ? (
          <span className="sh-offline" title="网络不通：显示的是上次从服务器取得的记录，修改无法保存">
            {` · 离线数据（${formatDateTime(new Date(offlineAt))}）`}
          </span>
        ) : (
          user && <span className={live ? 'sh-live' : 'sh-offline'}>{live ? ' · 实时' : ' · 连接中…'}</span>
        )}
      </span>
      {user ? (
        <>
          <span className="sh-user">
            {user.username}（{user.roleLabel}
            {user.unit ? ` · ${user.unit}` : ''}）
          </span>
          <button type="button" className="header-button" onClick={() => void signOut()}>
            退出
          </button>
        </>
      ) : (
        <button type="button" className="header-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          登录
        </button>
      )}
      {open && !user && (
        <form className="sh-signin" onSubmit={submit} aria-label="登录共享记录">
          <label>
            用户名 <input name="username" autoComplete="username" required autoFocus />
          </label>
          <label>
            密码 <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && (
            <p role="alert" className="sh-error">
              {error}
            </p>
          )}
          <div className="sh-buttons">
            <button type="submit" disabled={busy}>
              登录
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              取消
            </button>
          </div>
        </form>
      )}
    </span>
  );
}
