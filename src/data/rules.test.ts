import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRules } from './rules';
import { fixtureRaw } from './test-fixture';
import { validateDataset } from './validate';
import { DATA_FILES, type RawDataset } from './dataset';

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
});
