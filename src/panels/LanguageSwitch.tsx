import { appMessages } from '../i18n/catalogue/app';
import { switchLanguage, useLanguageStore } from '../i18n/language';
import { useT } from '../i18n/messages';

/**
 * The header's language switch: names the other language; the choice is remembered and put in the link.
 * Its accessible name is the language it names, as shown (axe: the visible text must be in the name);
 * what it does is its title.
 */
export function LanguageSwitch() {
  const language = useLanguageStore((s) => s.language);
  const t = useT();
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <button type="button" className="language-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} title={t(appMessages.languageSwitchLabel)} onClick={() => switchLanguage(other)}>
      {t(appMessages.otherLanguage)}
    </button>
  );
}
