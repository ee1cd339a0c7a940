/**
 * The changelog as the app fetches it: `data/changelog/en.json` holds the
 * English versions, newest first; `ru.json` and `kk.json` hold, in the same
 * order, the translated version or null where it is missing or does not
 * mirror the English (the panel then shows the English and says so). The
 * Markdown files are published as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog, type ChangelogVersion } from '../data/changelog.ts';
import { alignTranslation, CHANGELOG_FILE, CHANGELOG_TRANSLATION_FILES } from '../data/changelog-check.ts';
import type { PageLang } from '../lib/permanent-path.ts';
import type { PageChangelog } from './static-pages/changes-page.tsx';

export type ShippedChangelog = (ChangelogVersion | null)[];

/** The files to ship, keyed by their path under the site root, from the Markdown texts. */
export function changelogFiles(en: string, translations: Partial<Record<'ru' | 'kk', string>>): Record<string, string> {
  const english = parseChangelog(en);
  const files: Record<string, string> = {
    'data/changelog/en.json': JSON.stringify(english.versions satisfies ShippedChangelog),
    [`data/${CHANGELOG_FILE}`]: en,
  };
  for (const lang of ['ru', 'kk'] as const) {
    const text = translations[lang];
    const other = text === undefined ? null : parseChangelog(text, lang);
    files[`data/changelog/${lang}.json`] = JSON.stringify(alignTranslation(english, other) satisfies ShippedChangelog);
    if (text !== undefined) files[`data/${CHANGELOG_TRANSLATION_FILES[lang]}`] = text;
  }
  return files;
}

/** The changelog files of a data folder, read again only when a Markdown file changed. */
export function shippedChangelog(dataDir: string): () => Record<string, string> {
  let signature = '';
  let shipped: Record<string, string> = {};
  const paths = [CHANGELOG_FILE, ...Object.values(CHANGELOG_TRANSLATION_FILES)].map((f) => join(dataDir, f));
  return () => {
    const stats = paths.map((p) => (existsSync(p) ? `${statSync(p).size}:${statSync(p).mtimeMs}` : '-'));
    if (stats.join('|') === signature) return shipped;
    signature = stats.join('|');
    const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
    const en = read(paths[0]!);
    shipped = en === undefined ? {} : changelogFiles(en, { ru: read(paths[1]!), kk: read(paths[2]!) });
    return shipped;
  };
}

/** The changelog per page language, as the app gets it (changelog-files.ts); none without data/changelog.md. */
export function pageChangelog(dataDir: string): Record<PageLang, PageChangelog> | undefined {
  const path = join(dataDir, CHANGELOG_FILE);
  if (!existsSync(path)) return undefined;
  const en = parseChangelog(readFileSync(path, 'utf8'));
  const local = (lang: 'ru' | 'kk') => {
    const file = join(dataDir, CHANGELOG_TRANSLATION_FILES[lang]);
    return alignTranslation(en, existsSync(file) ? parseChangelog(readFileSync(file, 'utf8'), lang) : null);
  };
  return {
    en: { en: en.versions, local: en.versions },
    ru: { en: en.versions, local: local('ru') },
    kk: { en: en.versions, local: local('kk') },
  };
}
