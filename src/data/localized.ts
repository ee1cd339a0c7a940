/** Dataset text in the reader's language, falling back to English (and saying so). */
import type { Localized } from './schema';
import type { UiLang } from '../lib/langs';

export function pick(value: Localized | undefined, lang: UiLang): string {
  if (!value) return '';
  return value[lang] ?? value.en;
}

/** True when the reader asked for another language and only English exists. */
export function isFallback(value: Localized | undefined, lang: UiLang): boolean {
  return !!value && lang !== 'en' && !value[lang];
}

export function placeName(place: { name: { en: string; ru: string; kk: string } } | undefined, lang: UiLang): string {
  return place ? place.name[lang] || place.name.en : '';
}
