import { currentLanguage, useLanguageStore, type Language } from './language';

/** One message in both languages. `{name}` marks a parameter. */
export interface Message {
  zh: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;

/**
 * A catalogue is a plain object of messages. Both languages are required by the type, so a message
 * without its English fails the type check in `npm test`; `catalogue.test.ts` checks the rest.
 */
export function defineMessages<T extends Record<string, Message>>(messages: T): T {
  return messages;
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return String(value);
  });
}

/** The message in the page's language (or the given one), parameters filled in (format numbers with `formatNumber`). */
export function t(message: Message, params?: MessageParams, language: Language = currentLanguage()): string {
  return fill(message[language], params);
}

/** `t` for components: re-renders when the language changes in a test or an export. */
export function useT(): (message: Message, params?: MessageParams) => string {
  const language = useLanguageStore((s) => s.language);
  return (message, params) => t(message, params, language);
}

/** The BCP 47 locale for Intl: numbers, dates and MapLibre's controls. */
export function localeOf(language: Language = currentLanguage()): string {
  return language === 'en' ? 'en-GB' : 'zh-CN';
}

export function formatNumber(value: number, language: Language = currentLanguage(), options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2, useGrouping: Math.abs(value) >= 10000, ...options }).format(value);
}

/** A list joined the language's way: 长安、虎门 / Chang'an, Humen. */
export function joinList(items: readonly string[], language: Language = currentLanguage()): string {
  return items.join(language === 'en' ? ', ' : '、');
}
