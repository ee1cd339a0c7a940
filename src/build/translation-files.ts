/**
 * Reads the dataset's translation files from disk for build-time code, the
 * way the app reads them over the network (data/load.ts): each language is
 * optional, and each file goes through readTranslationFiles, so it is checked
 * against the same schema and a bad entry costs only itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../data/dataset.ts';
import {
  TRANSLATION_FILES,
  TRANSLATION_LANGS,
  type TranslationFiles,
  type TranslationLang,
} from '../data/translation-schema.ts';
import { readTranslationFiles } from '../data/translations.ts';

export function readTranslationDir(dataDir: string): { files: TranslationFiles; issues: DataIssue[] } {
  const raw: Partial<Record<TranslationLang, unknown>> = {};
  const unreadable: DataIssue[] = [];
  for (const lang of TRANSLATION_LANGS) {
    const file = TRANSLATION_FILES[lang];
    const path = join(dataDir, file);
    if (!existsSync(path)) continue;
    try {
      raw[lang] = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      // As in the app: a file that cannot be read leaves its language in English, and says so.
      unreadable.push({ file, id: '-', field: '(file)', message: 'is not valid JSON; its texts stay in English' });
    }
  }
  const { files, issues } = readTranslationFiles(raw);
  return { files, issues: [...unreadable, ...issues] };
}
