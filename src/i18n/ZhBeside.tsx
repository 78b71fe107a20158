import { useLanguageStore } from './language';

/**
 * A quote from a plan, or a name, on screen: in Chinese the Chinese; in English the English with the
 * original beside it, marked lang="zh-CN" (screen readers switch voice; the English checks skip it).
 */
export function ZhBeside({ zh, en }: { zh: string; en?: string }) {
  const language = useLanguageStore((s) => s.language);
  if (language !== 'en') return <>{zh}</>;
  return (
    <>
      {en ? `${en} ` : ''}
      <span lang="zh-CN" className="zh-beside">
        「{zh}」
      </span>
    </>
  );
}
