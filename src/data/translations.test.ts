import { describe, expect, it } from 'vitest';
import { fixtureRaw } from './test-fixture';
import { validateDataset } from './validate';
import type { Dataset } from './dataset';
import { buildIndex } from './data-index';
import { fold } from '../lib/fold';
import { applyTranslations, readerTexts, readTranslationFiles, translationReport } from './translations';
import type { TranslationFiles } from './translation-schema';

const fresh = (): Dataset => validateDataset(fixtureRaw()).dataset;

const files = (): TranslationFiles => ({
  ru: {
    lang: 'ru',
    entries: {
      'incidents/mangystau-summons-2026/title': {
        text: 'Участника «Атажурта» вызвали в полицию',
        status: 'draft',
        en: 'Atajurt member summoned',
      },
      // Translated from an English text that has since changed.
      'incidents/mangystau-summons-2026/summary': { text: 'Старый перевод.', status: 'reviewed', en: 'Old English.' },
      'disputes/official-response/claims.1.text': { text: 'Вызовы', status: 'draft', en: 'Summonses' },
      'cases/uprising-2022/title': {
        text: 'Январское восстание 2022 года',
        status: 'reviewed',
        en: 'January 2022 uprising',
      },
    },
  },
});

describe('readerTexts', () => {
  it('keys every reader-facing field by collection, record id and field path, array items by index', () => {
    const keys = readerTexts(fresh()).map((t) => t.key);
    expect(keys).toContain('incidents/mangystau-summons-2026/title');
    expect(keys).toContain('disputes/official-response/topic');
    expect(keys).toContain('disputes/official-response/claims.1.text');
    expect(keys).toContain('actors/atajurt/name');
    expect(keys).toContain('cases/uprising-2022/title');
    // Sources' own titles are the articles' words.
    expect(keys.some((k) => k.endsWith('/title') && k.startsWith('sources/'))).toBe(false);
  });

  it('offers an English quote, or the English translation of another, for translating beside the original', () => {
    const raw = fixtureRaw();
    const incidents = (raw.incidents as { incidents: { sources: { quotes: object[] }[] }[] }).incidents;
    incidents[0]!.sources[0]!.quotes.push({ text: '抗议开始了', lang: 'zh', translation: 'Protests began' });
    const texts = readerTexts(validateDataset(raw).dataset);
    const quoteKeys = texts.filter((t) => t.key.includes('quotes')).map((t) => [t.key, t.en]);
    expect(quoteKeys).toContainEqual(['incidents/zhanaozen-protest-2022/sources.0.quotes.0.text', 'protests began']);
    expect(quoteKeys).toContainEqual([
      'incidents/zhanaozen-protest-2022/sources.0.quotes.1.translation',
      'Protests began',
    ]);
    // The Chinese original is not English, so it is not offered as English to translate.
    expect(quoteKeys.some(([key]) => key === 'incidents/zhanaozen-protest-2022/sources.0.quotes.1.text')).toBe(false);
  });

  it('never changes a quote: its translation goes beside it, through the texts', () => {
    const ds = fresh();
    const texts = applyTranslations(ds, {
      ru: {
        lang: 'ru',
        entries: {
          'incidents/zhanaozen-protest-2022/sources.0.quotes.0.text': {
            text: 'протесты начались',
            status: 'draft',
            en: 'protests began',
          },
        },
      },
    });
    expect(ds.incidents[0]!.sources[0]!.quotes[0]!.text).toBe('protests began');
    expect(texts.get('incidents/zhanaozen-protest-2022/sources.0.quotes.0.text')?.ru).toBe('протесты начались');
  });
});

describe('applyTranslations', () => {
  it('lays current translations over the records, with their review status', () => {
    const ds = fresh();
    const texts = applyTranslations(ds, files());
    const inc = ds.incidents.find((i) => i.id === 'mangystau-summons-2026')!;
    expect(inc.title).toEqual({
      en: 'Atajurt member summoned',
      ru: 'Участника «Атажурта» вызвали в полицию',
      review: { ru: 'draft' },
    });
    expect(ds.cases.get('uprising-2022')!.title.ru).toBe('Январское восстание 2022 года');
    expect(ds.disputes[0]!.claims[1]!.text.ru).toBe('Вызовы');
    expect(texts.get('disputes/official-response/claims.1.text')?.ru).toBe('Вызовы');
  });

  it('finds plain-text fields by key and leaves their English in the record', () => {
    const ds = fresh();
    const inc = ds.incidents.find((i) => i.id === 'mangystau-summons-2026')!;
    inc.dateNote = 'The report gives the month only.';
    const f = files();
    f.ru!.entries['incidents/mangystau-summons-2026/dateNote'] = {
      text: 'В докладе указан только месяц.',
      status: 'draft',
      en: 'The report gives the month only.',
    };
    const texts = applyTranslations(ds, f);
    expect(inc.dateNote).toBe('The report gives the month only.');
    expect(texts.get('incidents/mangystau-summons-2026/dateNote')).toMatchObject({
      ru: 'В докладе указан только месяц.',
      review: { ru: 'draft' },
    });
  });

  it('leaves out a stale translation, so the English shows', () => {
    const ds = fresh();
    const texts = applyTranslations(ds, files());
    const inc = ds.incidents.find((i) => i.id === 'mangystau-summons-2026')!;
    expect(inc.summary.ru).toBeUndefined();
    expect(texts.get('incidents/mangystau-summons-2026/summary')).toEqual({ en: 'Summoned by police.' });
  });

  it('makes incidents findable by their translated text', () => {
    const ds = fresh();
    const ix = buildIndex(ds, applyTranslations(ds, files()));
    const i = ix.idToIndex.get('mangystau-summons-2026')!;
    expect(ix.matchText(fold('вызвали в полицию').split(' '))[i]).toBe(1);
    expect(ix.matchText([fold('посадили')])[i]).toBe(0);
  });
});

describe('translationReport', () => {
  it('counts translated, reviewed, stale and missing texts per language and field', () => {
    const report = translationReport(fresh(), files());
    const title = report.coverage.find((c) => c.lang === 'ru' && c.field === 'incidents/title')!;
    expect(title).toMatchObject({ total: 4, translated: 1, reviewed: 0, stale: 0, missing: 3 });
    const summary = report.coverage.find((c) => c.lang === 'ru' && c.field === 'incidents/summary')!;
    expect(summary).toMatchObject({ total: 4, translated: 0, stale: 1, missing: 3 });
    const cases = report.coverage.find((c) => c.lang === 'kk' && c.field === 'cases/title')!;
    expect(cases).toMatchObject({ total: 1, translated: 0, missing: 1 });
    expect(report.gaps).toContainEqual({
      lang: 'ru',
      key: 'incidents/mangystau-summons-2026/summary',
      en: 'Summoned by police.',
      stale: true,
    });
  });

  it('names entries that point at no text of the dataset', () => {
    const f = files();
    f.ru!.entries['incidents/no-such-incident/title'] = { text: 'x', status: 'draft', en: 'x' };
    expect(translationReport(fresh(), f).orphans).toEqual([{ lang: 'ru', key: 'incidents/no-such-incident/title' }]);
  });
});

describe('readTranslationFiles', () => {
  it('keeps the good entries of a file and reports the bad ones', () => {
    const { files: read, issues } = readTranslationFiles({
      ru: {
        lang: 'ru',
        entries: {
          'cases/uprising-2022/title': { text: 'Январское восстание', status: 'draft', en: 'January 2022 uprising' },
          'cases/uprising-2022/summary': { text: 'Текст', status: 'approved', en: 'Text' },
          'not a key': { text: 'x', status: 'draft', en: 'x' },
        },
      },
      kk: { lang: 'ru', entries: {} },
    });
    expect(Object.keys(read.ru!.entries)).toEqual(['cases/uprising-2022/title']);
    expect(read.kk).toBeUndefined();
    expect(issues.map((i) => `${i.file} ${i.id} ${i.field}`)).toEqual([
      'translations/ru.json cases/uprising-2022/summary status',
      'translations/ru.json not a key (key)',
      'translations/kk.json - (file)',
    ]);
  });
});
