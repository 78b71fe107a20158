import { memo, useState } from 'react';
import { useNoticeStore, type Notice } from '../state/noticeStore';
import { panelMessages as m } from '../i18n/catalogue/panels';
import { useT } from '../i18n/messages';

/** How many notices are shown open at once; older ones are folded into one line. */
export const MAX_OPEN_NOTICES = 3;
/** A notice longer than this gets a fold-out (详情) rather than growing. */
const ONE_LINE_CHARS = 40;

function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const [open, setOpen] = useState(false);
  const long = Array.from(notice.text).length > ONE_LINE_CHARS;
  const t = useT();
  return (
    <div className={`notice notice-${notice.level}${open ? ' notice-open' : ''}`}>
      <span className="notice-text" title={open ? undefined : notice.text}>
        {notice.text}
      </span>
      {long && (
        <button type="button" className="notice-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t(m.collapse) : t(m.details)}
        </button>
      )}
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={() => {
            notice.action!.perform();
            onDismiss();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" aria-label={t(m.closeNotice)} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

/**
 * The notices of the screen: each one line with a fold-out for the rest, at most three open, the
 * older ones folded into a single line that opens into a list; none taller than a fifth of the
 * window (notices.css-like rules in app.css: the fold-out scrolls).
 */
/** Memoised: it takes no props, and the planner's map area (which renders on every hover) holds it. */
export const Notices = memo(function Notices() {
  const notices = useNoticeStore((s) => s.notices);
  const dismiss = useNoticeStore((s) => s.dismiss);
  const [olderOpen, setOlderOpen] = useState(false);
  const t = useT();
  if (notices.length === 0) return null;
  const older = notices.slice(0, Math.max(0, notices.length - MAX_OPEN_NOTICES));
  const recent = notices.slice(older.length);
  return (
    <div className="notices" role="status" aria-live="polite">
      {older.length > 0 && (
        <div className="notice notice-older">
          <button type="button" className="notice-more" aria-expanded={olderOpen} onClick={() => setOlderOpen(!olderOpen)}>
            {t(olderOpen ? m.olderNoticesHide : m.olderNoticesShow, { count: older.length })}
          </button>
          <button type="button" aria-label={t(m.closeOlderNotices)} onClick={() => older.forEach((n) => dismiss(n.id))}>
            ×
          </button>
          {olderOpen && (
            <ul className="notice-older-list">
              {older.map((n) => (
                <li key={n.id}>
                  <NoticeLine notice={n} onDismiss={() => dismiss(n.id)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {recent.map((n) => (
        <NoticeLine key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
});
