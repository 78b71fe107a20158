import { useLanguageStore } from '../i18n/language';

/**
 * Plain text that may hold quotes kept in Chinese (what `quoteBeside` and the data modules' labels
 * write: a citation, a role in 「」): in English each 「…」 is marked lang="zh-CN", as `ZhBeside` marks
 * them, so screen readers switch voice and the English checks skip them. In Chinese the text as it is.
 */
export function QuotedText({ text }: { text: string }) {
  const language = useLanguageStore((s) => s.language);
  if (language !== 'en' || !text.includes('「')) return <>{text}</>;
  const parts = text.split(/(「[^」]*」)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('「') ? (
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
