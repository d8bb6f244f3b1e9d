import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES } from './messages';

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
const STORAGE_KEY = 'relais.locale';

/** Signed out: the last choice made here, else the browser's language, else French. */
export function initialLocale(): Locale {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'fr';
  return preferred.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: LOCALES as Locale[],
  ns: Object.keys(MESSAGES.en),
  defaultNS: 'common',
  resources: MESSAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Switches the interface's language now: texts, dates, numbers, plurals and the page's `lang`. */
export function applyLocale(locale: Locale): void {
  safeStorage()?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

document.documentElement.lang = i18n.language;
