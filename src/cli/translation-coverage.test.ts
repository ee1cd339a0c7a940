/**
 * Every text a reader sees must exist in Russian and in Kazakh, translated
 * from the English the dataset holds now (a stale translation counts as
 * missing). `npm run data:check -- --gaps ru` lists what is left.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from './check-data-dir';
import { TRANSLATION_FILES, TRANSLATION_LANGS } from '../data/translation-schema';

const DATA = resolve(import.meta.dirname, '../../data');

describe.each(TRANSLATION_LANGS)('the dataset in %s', (lang) => {
  it('has its translation file', () => {
    expect(existsSync(join(DATA, TRANSLATION_FILES[lang]))).toBe(true);
  });

  it('translates every reader-facing text from its current English', () => {
    const report = checkDataDir(DATA).translations;
    expect(report).toBeDefined();
    const gaps = report!.gaps.filter((g) => g.lang === lang).map((g) => `${g.stale ? 'stale' : 'missing'} ${g.key}`);
    expect(gaps).toEqual([]);
  });
});
