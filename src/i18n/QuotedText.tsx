import { useLanguageStore } from './language';
import { hasChineseOutsideQuotes } from './names';
import { ZhBeside } from './ZhBeside';

/**
 * Plain text that may hold quotes kept in Chinese (what `quoteBeside` and the data modules' labels
 * write: a citation, a role in 「」, the plan's word in “…”): in English each such quote is marked
 * lang="zh-CN", as `ZhBeside` marks them, so screen readers switch voice and the English checks skip
 * them. In Chinese the text as it is.
 */
const QUOTE = /(「[^」]*」|“[^”]*[\u3400-\u9fff][^”]*”)/;

export function QuotedText({ text }: { text: string }) {
  const language = useLanguageStore((s) => s.language);
  if (language !== 'en' || !QUOTE.test(text)) return <>{text}</>;
  const parts = text.split(QUOTE);
  return (
    <>
      {parts.map((part, i) =>
        QUOTE.test(part) && (part.startsWith('「') || part.startsWith('“')) ? (
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
  if (language === 'en' && hasChineseOutsideQuotes(text)) return <ZhBeside zh={text} />;
  return <QuotedText text={text} />;
}
