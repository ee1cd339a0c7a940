/**
 * Interface strings. English is the reference; Russian and Kazakh mirror its
 * keys (a test fails on any gap). The language itself is owned by the store
 * (and the link, never storage); i18next follows it (app/language-sync.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { kk } from './locales/kk';
import { IMPORT_PROBLEMS } from './locales/import-problems';

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, importProblem: IMPORT_PROBLEMS.en } },
    ru: { translation: { ...ru, importProblem: IMPORT_PROBLEMS.ru } },
    kk: { translation: { ...kk, importProblem: IMPORT_PROBLEMS.kk } },
  },
  lng: 'en',
  fallbackLng: 'en',
  // React escapes; interpolated values are never parsed as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
