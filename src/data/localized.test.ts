import { describe, expect, it } from 'vitest';
import { collator, datasetText, draftOriginals, pick, textStatus } from './localized';
import type { TranslatedText } from './translations';

const draft: TranslatedText = { en: 'Detained', ru: 'Задержан', review: { ru: 'draft' } };
const reviewed: TranslatedText = { en: 'Detained', kk: 'Ұсталды', review: { kk: 'reviewed' } };
const inline: TranslatedText = { en: 'Almaty', ru: 'Алматы' };

describe('textStatus', () => {
  it('shows English as the original to English readers', () => {
    expect(textStatus(draft, 'en')).toBe('original');
  });
  it('marks a draft translation as a draft', () => {
    expect(textStatus(draft, 'ru')).toBe('draft');
  });
  it('treats a translation without a recorded review as a draft, never as reviewed', () => {
    expect(textStatus(inline, 'ru')).toBe('draft');
  });
  it('lets only a reviewed translation through unmarked', () => {
    expect(textStatus(reviewed, 'kk')).toBe('reviewed');
  });
  it('falls back to English when there is no translation', () => {
    expect(textStatus(draft, 'kk')).toBe('fallback');
    expect(pick(draft, 'kk')).toBe('Detained');
  });
});

describe('draftOriginals', () => {
  it('gives the English original of every draft shown, so each gets the mark', () => {
    expect(draftOriginals([draft, reviewed, inline, undefined], 'ru')).toEqual(['Detained', 'Almaty']);
  });
  it('asks for no mark where nothing shown is a draft', () => {
    expect(draftOriginals([reviewed, draft], 'kk')).toEqual([]);
    expect(draftOriginals([draft], 'en')).toEqual([]);
  });
});

describe('datasetText', () => {
  const texts = new Map([['incidents/x/dateNote', { en: 'Day unknown.', ru: 'День неизвестен.' }]]);
  it('finds a plain-text field by key', () => {
    expect(datasetText(texts, 'incidents/x/dateNote', 'Day unknown.')?.ru).toBe('День неизвестен.');
  });
  it('ignores a translation of other English than the record holds', () => {
    expect(datasetText(texts, 'incidents/x/dateNote', 'Month unknown.')).toEqual({ en: 'Month unknown.' });
  });
  it('has nothing to show for an absent field', () => {
    expect(datasetText(texts, 'incidents/x/dateNote', undefined)).toBeUndefined();
  });
});

describe('collator', () => {
  const words = ['Іле', 'Ырғыз', 'Үштөбе', 'Ұлан', 'Өскемен', 'Орал', 'Иван', 'Әлия', 'Ақтау', 'Бота'];
  it('sorts Kazakh in the order of the Kazakh alphabet', () => {
    expect([...words].sort(collator('kk').compare)).toEqual([
      'Ақтау',
      'Әлия',
      'Бота',
      'Иван',
      'Орал',
      'Өскемен',
      'Ұлан',
      'Үштөбе',
      'Ырғыз',
      'Іле',
    ]);
  });
  it('sorts Russian with ё beside е', () => {
    expect(['Ежов', 'Жук', 'Ёлка'].sort(collator('ru').compare)).toEqual(['Ежов', 'Ёлка', 'Жук']);
  });
});
