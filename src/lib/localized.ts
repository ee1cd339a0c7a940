/** Dataset text in the reader's language, falling back to English (and saying so). */
import type { Localized } from '../data/schema';

export type Lang = 'en' | 'ru' | 'kk';

export function pick(value: Localized | undefined, lang: Lang): string {
  if (!value) return '';
  return value[lang] ?? value.en;
}

/** True when the reader asked for another language and only English exists. */
export function isFallback(value: Localized | undefined, lang: Lang): boolean {
  return !!value && lang !== 'en' && !value[lang];
}

export function placeName(place: { name: { en: string; ru: string; kk: string } } | undefined, lang: Lang): string {
  return place ? place.name[lang] || place.name.en : '';
}
