/** Dataset text in the reader's language, falling back to English (and saying so). */
import type { Localized } from './schema.ts';
import type { TranslatedText } from './translations.ts';
import type { UiLang } from '../lib/langs.ts';

/**
 * How a text is shown to a reader of `lang`: in the original English, as a
 * reviewed or a draft translation, or in English because there is no
 * (current) translation. A translation whose review is not recorded counts as
 * a draft: nothing is passed off as reviewed.
 */
export type TextStatus = 'original' | 'reviewed' | 'draft' | 'fallback';

export function pick(value: Localized | undefined, lang: UiLang): string {
  if (!value) return '';
  return value[lang] ?? value.en;
}

export function textStatus(value: TranslatedText | undefined, lang: UiLang): TextStatus {
  if (!value || lang === 'en') return 'original';
  if (!value[lang]) return 'fallback';
  return value.review?.[lang] === 'reviewed' ? 'reviewed' : 'draft';
}

/** True when the reader asked for another language and only English exists. */
export function isFallback(value: Localized | undefined, lang: UiLang): boolean {
  return textStatus(value, lang) === 'fallback';
}

/** The English originals of the texts a reader of `lang` sees as draft translations: each needs the draft mark. */
export function draftOriginals(values: readonly (TranslatedText | undefined)[], lang: UiLang): string[] {
  return values.filter((v): v is TranslatedText => textStatus(v, lang) === 'draft').map((v) => v.en);
}

/** A reader-facing text by key (see data/translations.ts), with the English of the record as the last resort. */
export function datasetText(
  texts: ReadonlyMap<string, TranslatedText> | undefined,
  key: string,
  en: string | undefined,
): TranslatedText | undefined {
  if (en === undefined) return undefined;
  const found = texts?.get(key);
  return found && found.en === en ? found : { en };
}

/**
 * A quote of incident `id` (its `k`th source, `j`th quote) in the reader's
 * language, beside the verbatim original: the translation of the English quote,
 * or of a quote's English translation. Null when there is none or the reader
 * reads the quote's own language or English.
 */
export function quoteInLang(
  texts: ReadonlyMap<string, TranslatedText> | undefined,
  id: string,
  k: number,
  j: number,
  quote: { lang: string; text: string; translation?: string | undefined },
  lang: UiLang,
): { text: string; lang: UiLang; draft: boolean } | null {
  if (lang === 'en' || quote.lang === lang) return null;
  const english = quote.lang === 'en' ? quote.text : quote.translation;
  const field = quote.lang === 'en' ? 'text' : 'translation';
  const found = datasetText(texts, `incidents/${id}/sources.${k}.quotes.${j}.${field}`, english);
  const status = textStatus(found, lang);
  return found && (status === 'draft' || status === 'reviewed')
    ? { text: found[lang]!, lang, draft: status === 'draft' }
    : null;
}

export function placeName(place: { name: { en: string; ru: string; kk: string } } | undefined, lang: UiLang): string {
  return place ? place.name[lang] || place.name.en : '';
}

/** Compares names and titles in the order readers of `lang` expect. */
export function collator(lang: UiLang): Intl.Collator {
  return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
}
