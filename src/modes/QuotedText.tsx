import { useLanguageStore } from '../i18n/language';
import { hasChinese } from '../i18n/names';
import { ZhBeside } from '../i18n/ZhBeside';

/**
 * Text built in plain form (a slide's caption or notes) that may hold quotes kept in Chinese in 「」
 * (`quoteBeside`): each quote is marked lang="zh-CN", as `ZhBeside` marks it, so screen readers
 * switch voice and the English checks pass over it.
 */
export function QuotedText({ text }: { text: string }) {
  const parts = text.split(/(「[^」]*」)/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="zh-CN" className="zh-beside">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * A citation as written in the plans (《东莞市…规划》五、发展布局): in English the Chinese stays, as a quote
 * in 「」 marked lang="zh-CN"; a citation that is already English, or holds its quotes in 「」, is shown as it is.
 */
export function CitedText({ text }: { text: string }) {
  const language = useLanguageStore((s) => s.language);
  const outsideQuotes = text.replace(/「[^」]*」/g, '');
  if (language === 'en' && hasChinese(outsideQuotes)) return <ZhBeside zh={text} />;
  return <QuotedText text={text} />;
}
