/**
 * Interface words for the static pages, from the same locale files as the app,
 * through an i18next instance of their own (the app's instance follows the
 * reader's choice; these pages fix one language each).
 */
import { createInstance, type TFunction } from 'i18next';
import { en } from '../../lib/locales/en.ts';
import { ru } from '../../lib/locales/ru.ts';
import { kk } from '../../lib/locales/kk.ts';
import type { PageLang } from '../../lib/permanent-path.ts';

const instance = createInstance();
void instance.init({
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // React escapes every value it renders; i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type PageT = TFunction;

const fixed = new Map<PageLang, PageT>();

/**
 * The words of one language. A build renders thousands of pages from the
 * same few hundred strings, so a string without values is looked up once.
 */
export function pageT(lang: PageLang): PageT {
  let t = fixed.get(lang);
  if (!t) {
    const lookup = instance.getFixedT(lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
    const plain = new Map<string, string>();
    t = ((key: string, options?: Record<string, unknown>) => {
      if (options !== undefined) return lookup(key, options);
      let text = plain.get(key);
      if (text === undefined) {
        text = lookup(key);
        plain.set(key, text);
      }
      return text;
    }) as PageT;
    fixed.set(lang, t);
  }
  return t;
}

/** Language tags for Open Graph (og:locale). */
export const OG_LOCALE: Record<PageLang, string> = { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' };
