import { describe, expect, it } from 'vitest';
import { collator, datasetText, draftOriginals, pick, quoteInLang, textStatus } from './localized';
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

describe('quoteInLang', () => {
  const english = { lang: 'en', text: 'Police detained him.' };
  const chinese = { lang: 'zh', text: '警察拘留了他。', translation: 'Police detained him.' };
  const texts = new Map<string, TranslatedText>([
    ['incidents/x/sources.0.quotes.0.text', { en: 'Police detained him.', ru: 'Полиция задержала его.' }],
    [
      'incidents/x/sources.1.quotes.0.translation',
      { en: 'Police detained him.', kk: 'Полиция оны ұстады.', review: { kk: 'reviewed' } },
    ],
    // Translated from an English that has since changed: stale, so not shown.
    ['incidents/x/sources.0.quotes.1.text', { en: 'Old wording.', ru: 'Старая формулировка.' }],
  ]);

  it('gives the translation of an English quote, or of a quote’s English translation, with its review status', () => {
    expect(quoteInLang(texts, 'x', 0, 0, english, 'ru')).toEqual({
      text: 'Полиция задержала его.',
      lang: 'ru',
      draft: true,
    });
    expect(quoteInLang(texts, 'x', 1, 0, chinese, 'kk')).toEqual({
      text: 'Полиция оны ұстады.',
      lang: 'kk',
      draft: false,
    });
  });

  it('gives nothing in English, in the quote’s own language, without a translation or from stale English', () => {
    expect(quoteInLang(texts, 'x', 0, 0, english, 'en')).toBeNull();
    expect(quoteInLang(texts, 'x', 0, 0, { lang: 'kk', text: 'Ұстады.' }, 'kk')).toBeNull();
    expect(quoteInLang(texts, 'x', 0, 0, english, 'kk')).toBeNull();
    expect(quoteInLang(texts, 'x', 0, 1, { lang: 'en', text: 'New wording.' }, 'ru')).toBeNull();
  });
});
