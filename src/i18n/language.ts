import { create } from 'zustand';
import { installLibWords } from './libWords';

/** The two languages of the app: Chinese by default, English for briefings to partners and investors. */
export type Language = 'zh' | 'en';

export const LANGUAGES: readonly Language[] = ['zh', 'en'];
const STORAGE_KEY = 'dgmap.language';

function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

/**
 * The language a page opens in: `?lang=` in the link first (a shared English link opens in English),
 * then the choice remembered in this browser, then Chinese.
 */
export function initialLanguage(search: string, remembered: string | null): Language {
  const fromLink = new URLSearchParams(search).get('lang');
  if (isLanguage(fromLink)) return fromLink;
  if (isLanguage(remembered)) return remembered;
  return 'zh';
}

function readRemembered(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function startingLanguage(): Language {
  const search = typeof location === 'undefined' ? '' : location.search;
  return initialLanguage(search, readRemembered());
}

interface LanguageState {
  language: Language;
}

/**
 * The language is fixed for the life of a page: messages built once at start (legend rows, MapLibre's
 * placed labels, the deck) would otherwise stay in the old language. Switching reloads the page with
 * `?lang=` (see `switchLanguage`); every screen's state is in its URL or a saved record, so nothing is lost.
 */
export const useLanguageStore = create<LanguageState>(() => ({ language: startingLanguage() }));

export function currentLanguage(): Language {
  return useLanguageStore.getState().language;
}

/** Sets the language without a reload: tests, and the export of one deck in the other language. */
export function setLanguageForThisPage(language: Language): void {
  useLanguageStore.setState({ language });
}

/** The link to this page in another language: `?lang=` replaced, the hash (screen and its state) kept. */
export function linkInLanguage(href: string, language: Language): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const url = new URL(hashAt >= 0 ? href.slice(0, hashAt) : href);
  if (language === 'zh') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  // The hash is kept as written: URL would percent-encode the Chinese town names in it.
  return url.toString() + hash;
}

/** Remembers the choice in this browser and reopens the page in it. */
export function switchLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the link still carries the language.
  }
  location.assign(linkInLanguage(location.href, language));
}

// src/lib writes its sentences through words the catalogue gives it (lib imports nothing of the app):
// installed here, since every message and every reading of the language comes through this module.
installLibWords();
