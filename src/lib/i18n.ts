/**
 * Interface strings. English is the reference; other languages add resources
 * with the same keys.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';

export const UI_LANGUAGES = ['en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes; interpolated values are never parsed as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
