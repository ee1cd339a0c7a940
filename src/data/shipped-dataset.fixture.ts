/**
 * The shipped dataset as the page indexes it, for tests that pin behaviour to
 * the real records: checked, with the translation files laid over it (their
 * Russian and Kazakh titles are searched too), then packed into columns.
 */
import { readFileSync } from 'node:fs';
import { DATA_FILES, type RawDataset } from './dataset';
import { indexPacked, type DataIndex } from './data-index';
import { packDataset } from './pipeline';
import { TRANSLATION_FILES, TRANSLATION_LANGS } from './translation-schema';
import { readTranslationFiles } from './translations';
import { validateDataset } from './validate';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));

let shipped: DataIndex | null = null;

export function shippedIndex(): DataIndex {
  if (shipped) return shipped;
  const raw: Partial<RawDataset> = {};
  for (const { key, file } of DATA_FILES) raw[key] = read(file);
  const checked = validateDataset(raw as RawDataset);
  if (checked.issues.length > 0) throw new Error(`the shipped dataset has issues: ${checked.issues[0]!.message}`);
  const translations = readTranslationFiles(
    Object.fromEntries(TRANSLATION_LANGS.map((lang) => [lang, read(TRANSLATION_FILES[lang])])),
  );
  const { packed, meta, texts } = packDataset(checked.dataset, translations.files);
  shipped = indexPacked(packed, meta, texts);
  return shipped;
}
