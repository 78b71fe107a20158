import { useState } from 'react';

/**
 * Shares the town's link: the system share sheet where the browser has one (phones), else the
 * link is copied; where neither works the link is shown to copy by hand. No Fullscreen API needed.
 */
export function ShareButton({ title, url }: { title: string; url: () => string }) {
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
      setStatus('链接已复制');
    } catch {
      setStatus(`请复制链接：${link}`);
    }
  };
  return (
    <>
      <button type="button" className="share-button" onClick={share} aria-label={`分享${title}的链接`}>
        分享
      </button>
      {status && (
        <span role="status" className="share-status">
          {status}
        </span>
      )}
    </>
  );
}
