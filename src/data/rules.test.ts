import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRules, checkTranslationDays, writtenDays } from './rules';
import { fixtureRaw, fixtureStory } from './test-fixture';
import { validateDataset } from './validate';
import { DATA_FILES, type RawDataset } from './dataset';
import { TRANSLATION_FILES, TRANSLATION_LANGS, type TranslationFiles } from './translation-schema';

type Rec = Record<string, unknown>;
const incidentsOf = (raw: RawDataset) => (raw.incidents as { incidents: Rec[] }).incidents;
const byId = (raw: RawDataset, id: string) => incidentsOf(raw).find((i) => i.id === id)!;

/** The unit fixture, made to follow every editorial rule. */
function clean(): RawDataset {
  const raw = fixtureRaw();
  raw.sources = {
    sources: [
      {
        id: 'src-a',
        title: 'Article A',
        publisher: 'Publisher A',
        url: 'https://example.org/a',
        archiveSearch: 'https://web.archive.org/web/*/https://example.org/a',
        languages: ['en'],
      },
    ],
  };
  byId(raw, 'zhanaozen-protest-2022').sources = [
    { source: 'src-a', quotes: [{ text: 'On January 2 protests began' }] },
  ];
  byId(raw, 'almaty-shutdown-2022').sources = [
    { source: 'src-a', quotes: [{ text: 'From January 5 to 10 the internet was shut down' }] },
  ];
  return raw;
}

const problems = (raw: RawDataset) => {
  const { dataset, issues } = validateDataset(raw);
  expect(issues).toEqual([]);
  return checkRules(dataset).map((i) => `${i.file}: ${i.id}: ${i.field}: ${i.message}`);
};

describe('editorial rules', () => {
  it('finds nothing in a dataset that follows them', () => {
    expect(problems(clean())).toEqual([]);
  });

  it('needs a quote with the day, or a note, for a day-precise date', () => {
    const raw = clean();
    byId(raw, 'almaty-shutdown-2022').sources = [{ source: 'src-a', quotes: [{ text: 'the internet was shut down' }] }];
    expect(problems(raw)).toEqual([
      'incidents.json: almaty-shutdown-2022: date: gives day 5, which no quote contains; quote it or explain it in dateNote',
      'incidents.json: almaty-shutdown-2022: date: gives day 10, which no quote contains; quote it or explain it in dateNote',
    ]);
    // "15" is not the day 5.
    byId(raw, 'almaty-shutdown-2022').sources = [{ source: 'src-a', quotes: [{ text: 'On 15 and 10 January' }] }];
    expect(problems(raw)).toHaveLength(1);
    byId(raw, 'almaty-shutdown-2022').dateNote = 'Days from the photo captions.';
    expect(problems(raw)).toEqual([]);
  });

  it('needs a note wherever a date or place does not come from the source text', () => {
    const raw = clean();
    Object.assign(byId(raw, 'unknown-place-2025'), { dateBasis: 'external' });
    Object.assign(byId(raw, 'mangystau-summons-2026'), { placeBasis: 'inferred' });
    expect(problems(raw)).toEqual([
      'incidents.json: mangystau-summons-2026: placeNote: placeBasis "inferred" needs a note',
      'incidents.json: unknown-place-2025: dateNote: dateBasis "external" needs a note',
    ]);
  });

  it('finds internal file numbers in reader-facing text', () => {
    const raw = clean();
    byId(raw, 'zhanaozen-protest-2022').summary = { en: 'Workers protest, according to source 003.' };
    byId(raw, 'unknown-place-2025').dateNote = 'Year from 004_bc65b14c19d20a6f.txt.';
    (raw.disputes as { disputes: Rec[] }).disputes[0]!.topic = { en: 'ok', ru: 'по источнику 000' };
    const found = problems(raw);
    expect(found).toContain(
      'incidents.json: zhanaozen-protest-2022: summary: names an internal file number; name the publication instead',
    );
    expect(found).toContain(
      'incidents.json: unknown-place-2025: dateNote: names an internal file number; name the publication instead',
    );
    expect(found).toHaveLength(2);
    (raw.disputes as { disputes: Rec[] }).disputes[0]!.topic = { en: 'Source 002 says' };
    expect(problems(raw)).toContain(
      'disputes.json: official-response: topic: names an internal file number; name the publication instead',
    );
  });

  it('needs an address, a publisher and the matching archive search for every source', () => {
    const raw = clean();
    const source = (raw.sources as { sources: Rec[] }).sources[0]!;
    delete source.publisher;
    source.archiveSearch = 'https://web.archive.org/web/*/https://example.org/b';
    expect(problems(raw)).toEqual([
      'sources.json: src-a: publisher: every source needs a publisher',
      'sources.json: src-a: archiveSearch: must be the Wayback Machine search for the url: https://web.archive.org/web/*/https://example.org/a',
    ]);
    delete source.url;
    delete source.archiveSearch;
    expect(problems(raw)).toContain('sources.json: src-a: url: every source needs an address a reader can check');
  });

  it('finds days written in prose more precisely than the record’s date', () => {
    const raw = clean();
    const summons = byId(raw, 'mangystau-summons-2026'); // dated 2026-01
    summons.summary = { en: 'Summoned by police on 12 January 2026.' };
    summons.dateNote = 'The report (January 14, 2026) gives the month; see also 2026-01-15.';
    expect(problems(raw)).toEqual([
      'incidents.json: mangystau-summons-2026: summary: names the day 2026-01-12 (“12 January 2026”), but the record is dated 2026-01; write the date only as precisely as the record gives it',
      'incidents.json: mangystau-summons-2026: dateNote: names the day 2026-01-14 (“January 14, 2026”), but the record is dated 2026-01; write the date only as precisely as the record gives it',
      'incidents.json: mangystau-summons-2026: dateNote: names the day 2026-01-15 (“2026-01-15”), but the record is dated 2026-01; write the date only as precisely as the record gives it',
    ]);
    // The publication day of a cited source is a date of the article, not of the event.
    (raw.sources as { sources: Rec[] }).sources[0]!.published = '2026-01-19';
    summons.summary = { en: 'Summoned by police, according to a report of 19 January 2026.' };
    summons.dateNote = 'The report gives the month only.';
    expect(problems(raw)).toEqual([]);
    // A day without its year, or a recurring day, is not a date of the record.
    summons.summary = { en: 'Summoned by police, not on 9 May; the report of 19 January says so.' };
    expect(problems(raw)).toEqual([]);
  });

  it('lets a record name the day-precise ends of its own date, and a day-precise record any day', () => {
    const raw = clean();
    const shutdown = byId(raw, 'almaty-shutdown-2022'); // 2022-01-05/2022-01-10
    shutdown.summary = { en: 'From 5 to 10 January 2022 the internet was cut; the cut began on 5 January 2022.' };
    expect(problems(raw)).toEqual([]);
    shutdown.summary = { en: 'The internet was cut on 7 January 2022.' };
    expect(problems(raw)).toEqual([
      'incidents.json: almaty-shutdown-2022: summary: names the day 2022-01-07 (“7 January 2022”), but the record is dated 2022-01-05/2022-01-10; write the date only as precisely as the record gives it',
    ]);
    shutdown.summary = { en: 'Internet access cut in Almaty.' };
    byId(raw, 'zhanaozen-protest-2022').summary = {
      en: 'Workers protest on 2 January 2022, a day after 1 January 2022.',
    };
    expect(problems(raw)).toEqual([]);
  });

  it('finds a day in a case, story or dispute that no incident it cites is dated to', () => {
    const raw = clean();
    // The uprising case holds a protest dated 2022-01-02 and a shutdown dated 2022-01-05/2022-01-10.
    const c = (raw.cases as { cases: Rec[] }).cases[0]!;
    c.summary = { en: 'Protests that began in Zhanaozen on 1 January 2022 grew into an uprising.' };
    expect(problems(raw)).toEqual([
      'cases.json: uprising-2022: summary: names the day 2022-01-01 (“1 January 2022”), but no incident of the case is dated to that day',
    ]);
    // The date of an incident it cites, or the exact range of one, is fine; a range's end alone is not a day.
    c.summary = { en: 'Protests began on 2 January 2022; the internet was cut from 5 to 10 January 2022.' };
    expect(problems(raw)).toEqual([]);
    c.summary = { en: 'The internet was cut on 5 January 2022.' };
    expect(problems(raw)).toHaveLength(1);
    c.summary = { en: 'Uprising.' };

    const story = fixtureStory();
    story.steps[0]!.caption = { en: 'It begins on 2 January 2022.' };
    story.steps[1]!.caption = { en: 'The shutdown follows the protest of 2 January 2022.' };
    raw.narratives = { narratives: [story] };
    expect(problems(raw)).toEqual([
      'narratives.json: uprising: steps.1.caption: names the day 2022-01-02 (“2 January 2022”), but no incident of the step is dated to that day',
    ]);
    story.steps[1]!.caption = { en: 'Shutdown' };
    (story as { intro: { en: string } }).intro = { en: 'In Russian: протесты начались 1 января 2022 года.' };
    expect(problems(raw)).toEqual([
      'narratives.json: uprising: intro: names the day 2022-01-01 (“1 января 2022”), but no incident of the story is dated to that day',
    ]);
    delete raw.narratives;

    (raw.disputes as { disputes: Rec[] }).disputes[0]!.note = { en: 'Written on 20 January 2026.' };
    expect(problems(raw)).toEqual([
      'disputes.json: official-response: note: names the day 2026-01-20 (“20 January 2026”), but no incident the disagreement concerns is dated to that day',
    ]);
  });

  it('reads days in English, Russian and Kazakh, with or without the year', () => {
    const days = (text: string) => writtenDays(text).map((w) => [w.year ?? null, w.month, w.days, w.range]);
    expect(days('From 17 to 19 December 1986')).toEqual([[1986, 12, [17, 19], true]]);
    expect(days('December 17-19, 1986 and January 5')).toEqual([
      [1986, 12, [17, 19], true],
      [null, 1, [5], false],
    ]);
    expect(days('2022 жылғы 1 қаңтарда; 5 и 6 января')).toEqual([
      [2022, 1, [1], false],
      [null, 1, [5, 6], false],
    ]);
    expect(days('in January 2022, in May 2025, it may well be')).toEqual([]);
  });

  it('finds a day a translation names and its English does not', () => {
    const files: TranslationFiles = {
      ru: {
        lang: 'ru',
        entries: {
          'cases/uprising-2022/summary': {
            text: '1 января 2022 года начались протесты.',
            status: 'draft',
            en: 'In January 2022 protests began.',
          },
          'incidents/almaty-shutdown-2022/summary': {
            text: 'С 5 по 10 января интернет был отключён.',
            status: 'draft',
            en: 'From 5 to 10 January the internet was cut.',
          },
        },
      },
      kk: {
        lang: 'kk',
        entries: {
          'cases/uprising-2022/summary': {
            text: '2022 жылғы 1 қаңтарда наразылық басталды.',
            status: 'draft',
            en: 'In January 2022 protests began.',
          },
        },
      },
    };
    expect(checkTranslationDays(files).map((i) => `${i.file}: ${i.id}: ${i.field}: ${i.message}`)).toEqual([
      'translations/ru.json: cases/uprising-2022/summary: text: names the day “1 января 2022”, which its English does not',
      'translations/kk.json: cases/uprising-2022/summary: text: names the day “2022 жылғы 1 қаңтарда”, which its English does not',
    ]);
  });
});

const DATA = resolve(import.meta.dirname, '../../data');

describe.skipIf(!existsSync(join(DATA, 'incidents.json')))('the shipped dataset', () => {
  it('follows every editorial rule', () => {
    const raw: Partial<RawDataset> = {};
    for (const { key, file } of DATA_FILES) {
      if (existsSync(join(DATA, file))) raw[key] = JSON.parse(readFileSync(join(DATA, file), 'utf8'));
    }
    expect(problems(raw as RawDataset)).toEqual([]);
  });

  it('has no translation that names a day its English does not', () => {
    const files: TranslationFiles = {};
    for (const lang of TRANSLATION_LANGS) {
      const path = join(DATA, TRANSLATION_FILES[lang]);
      if (existsSync(path)) files[lang] = JSON.parse(readFileSync(path, 'utf8'));
    }
    expect(checkTranslationDays(files)).toEqual([]);
  });
});
