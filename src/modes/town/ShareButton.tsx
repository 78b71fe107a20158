import { useState } from 'react';
import { townMessages as m } from '../../i18n/catalogue/town';
import { useT } from '../../i18n/messages';

/**
 * Shares the town's link: the system share sheet where the browser has one (phones), else the
 * link is copied; where neither works the link is shown to copy by hand. No Fullscreen API needed.
 */
export function ShareButton({ title, url }: { title: string; url: () => string }) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  const share = async () => {
    const link = url();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: link });
        return;
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t(m.linkCopied));
    } catch {
      setStatus(t(m.copyLink, { link }));
    }
  };
  return (
    <>
      <button type="button" className="share-button" onClick={share} aria-label={t(m.shareLabel, { title })}>
        {t(m.share)}
      </button>
      {status && (
        <span role="status" className="share-status">
          {status}
        </span>
      )}
    </>
  );
}
