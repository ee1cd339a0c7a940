/**
 * Translations of the dataset's reader-facing text live beside it, one file
 * per language (data/translations/<lang>.json), so that translators never
 * edit the records and a record's English text stays the one reference.
 * Each entry keeps the exact English it translates: when the English changes,
 * the translation is stale and is not shown until it is redone.
 */
import { z } from 'zod';

/** The languages the dataset is translated into (English is the original). */
export const TRANSLATION_LANGS = ['ru', 'kk'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** Only a native speaker who did not write a translation may mark it reviewed. */
export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The data file of each language, relative to data/. */
export const TRANSLATION_FILES: Record<TranslationLang, string> = {
  ru: 'translations/ru.json',
  kk: 'translations/kk.json',
};

/** `<collection>/<record id>/<field path>`; array items by index, e.g. `narratives/x/steps.2.caption`. */
export const TEXT_KEY = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*\/[A-Za-z]+(?:\.(?:[A-Za-z]+|\d+))*$/;

const text = z.string().trim().min(1, 'must not be empty').max(20_000);

export const translationEntrySchema = z.object({
  text,
  status: z.enum(TRANSLATION_STATUSES),
  /** The exact English text this translates. */
  en: text,
});

export const translationFileSchema = z.object({
  lang: z.enum(TRANSLATION_LANGS),
  entries: z.record(z.string().regex(TEXT_KEY, 'must be collection/record id/field path'), translationEntrySchema),
});

export type TranslationEntry = z.infer<typeof translationEntrySchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
export type TranslationFiles = Partial<Record<TranslationLang, TranslationFile>>;
