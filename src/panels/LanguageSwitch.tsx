import { appMessages } from '../i18n/catalogue/app';
import { switchLanguage, useLanguageStore } from '../i18n/language';
import { useT } from '../i18n/messages';

/**
 * The header's language switch: names the other language in that language (its accessible name is
 * that word, marked with its language, so a screen reader says 中文 in Chinese); the choice is
 * remembered and put in the link.
 */
export function LanguageSwitch() {
  const language = useLanguageStore((s) => s.language);
  const t = useT();
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <button type="button" className="header-button language-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} title={t(appMessages.languageSwitchLabel)} onClick={() => switchLanguage(other)}>
      {t(appMessages.otherLanguage)}
    </button>
  );
}
