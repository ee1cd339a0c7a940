import { describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { problem } from '../../data/import/messages';
import { problemText } from './problem-text';

const unknownPlace = problem(
  'warning',
  'place-unknown',
  { line: 9, column: 'location', value: 'Fictional Village' },
  {
    place: 'Fictional Village',
    fallback: 'placed in its region, Pavlodar Region',
    fallbackKey: 'region',
    placeEn: 'Pavlodar Region',
    placeRu: 'Павлодарская область',
    placeKk: 'Павлодар облысы',
  },
);

describe('a problem in the reader’s language', () => {
  it('says in English what the importer says', () => {
    expect(problemText(unknownPlace, i18n.getFixedT('en'), 'en')).toBe(unknownPlace.message);
  });

  it('names the place the row went to in Russian and Kazakh, with no English clause left', () => {
    const ru = problemText(unknownPlace, i18n.getFixedT('ru'), 'ru');
    expect(ru).toContain('Павлодарская область');
    expect(ru).not.toMatch(/placed|Region/);
    const kk = problemText(unknownPlace, i18n.getFixedT('kk'), 'kk');
    expect(kk).toContain('Павлодар облысы');
    expect(kk).not.toMatch(/placed|Region/);
  });

  it('names the languages of untranslated quotes in the reader’s language', () => {
    const p = problem(
      'warning',
      'quotes-untranslated',
      { line: null },
      { count: 2, langs: 'Russian', langCodes: 'ru' },
    );
    expect(problemText(p, i18n.getFixedT('ru'), 'ru')).toContain('русский');
    expect(problemText(p, i18n.getFixedT('ru'), 'ru')).not.toContain('Russian');
  });
});
