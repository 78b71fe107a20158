import { useLanguageStore } from '../i18n/language';

/**
 * Text in our own words (a description, a note), not a quote: in English its English where the plan
 * file has one, otherwise the Chinese marked lang="zh-CN" (shown rather than guessed).
 */
export function OurWords({ zh, en }: { zh: string; en?: string }) {
  const language = useLanguageStore((s) => s.language);
  if (language !== 'en') return <>{zh}</>;
  if (en) return <>{en}</>;
  return <span lang="zh-CN">{zh}</span>;
}
