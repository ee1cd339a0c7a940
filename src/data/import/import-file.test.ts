import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate';
import type { RawDataset } from '../dataset';
import { importFile, IMPORT_MAX_BYTES, NO_TRANSLATION, type ImportProblem, type ImportResult } from './index';

const NOW = new Date('2026-01-10T12:00:00Z');
const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (bytes: Uint8Array, name = 'test.csv', options = {}) => importFile(bytes, name, { now: NOW, ...options });

interface Inc {
  id: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  date: string;
  dateNote?: string;
  place: string | null;
  locationPrecision: string;
  placeNote?: string;
  category: string;
  actors: { actor: string; role: string }[];
  sources: { source: string; quotes: { text: string; lang: string; translation?: string }[] }[];
  cases: string[];
}
const incidents = (r: ImportResult) => (r.files.incidents as { incidents: Inc[] }).incidents;
const byId = (r: ImportResult, id: string) => incidents(r).find((i) => i.id === id)!;
const places = (r: ImportResult) =>
  (
    r.files.places as {
      places: {
        id: string;
        kind: string;
        region: string | null;
        lat: number;
        lon: number;
        name: Record<string, string>;
      }[];
    }
  ).places;
const sources = (r: ImportResult) => (r.files.sources as { sources: Record<string, unknown>[] }).sources;
const brief = (p: ImportProblem) => [p.line, p.column, p.value, p.code, p.severity];

/** Every imported record passes the app's own validation, with no issue at all. */
function expectValid(r: ImportResult) {
  const { dataset, issues } = validateDataset(r.files as RawDataset);
  expect(issues).toEqual([]);
  expect(dataset.incidents).toHaveLength(r.summary.shown);
  return dataset;
}

describe('the template', () => {
  const r = run(fixture('template.csv'), 'template.csv');

  it('keeps the good rows, skips the bad one and counts them', () => {
    expect(r.summary).toEqual({
      format: 'template',
      encoding: 'utf-8',
      delimiter: ',',
      linesRead: 6,
      shown: 5,
      skipped: 1,
      warned: 3,
    });
    expect(incidents(r).map((i) => i.id)).toEqual(['row-2', 'row-3', 'row-4', 'row-6', 'row-7']);
    expectValid(r);
  });

  it('names every problem by spreadsheet line, column, value and reason', () => {
    expect(r.problems.map(brief)).toEqual([
      [4, 'category', '', 'category-unknown', 'warning'],
      // Row 4's summary spans two physical lines; the row without a date is still spreadsheet line 5.
      [5, 'date', '', 'missing-date', 'error'],
      [6, 'title', '=1+2 Fictional test row: unknown place', 'formula-neutralised', 'warning'],
      [6, 'place', 'Atlantis', 'place-unknown', 'warning'],
      [6, 'source_url', 'not a url', 'source-url-invalid', 'warning'],
      [7, 'latitude', '95', 'latitude-out-of-range', 'warning'],
      [7, 'place', '', 'place-missing', 'warning'],
    ]);
    for (const p of r.problems) expect(p.message.length).toBeGreaterThan(10);
  });

  it('matches places by name and old name, and makes a site of bare coordinates', () => {
    expect(byId(r, 'row-2')).toMatchObject({
      place: 'oskemen',
      locationPrecision: 'settlement',
      date: '2024-03-15',
      category: 'protest',
    });
    // Алма-Ата is Almaty's old name; the published place keeps its id.
    expect(byId(r, 'row-3')).toMatchObject({
      place: 'almaty',
      locationPrecision: 'settlement',
      date: '2024-03',
      category: 'summons',
    });
    expect(byId(r, 'row-4')).toMatchObject({
      place: 'point-43-2382-76-9455',
      locationPrecision: 'exact',
      date: '2023',
    });
    expect(places(r).find((p) => p.id === 'point-43-2382-76-9455')).toMatchObject({
      kind: 'site',
      lat: 43.2382,
      lon: 76.9455,
    });
    expect(byId(r, 'row-6')).toMatchObject({
      place: null,
      locationPrecision: 'unknown',
      date: '2022-01-05/2022-01-07',
    });
    expect(places(r).map((p) => p.id)).toEqual(['oskemen', 'almaty', 'point-43-2382-76-9455']);
  });

  it('keeps a formula as plain text, and translations from title__ru', () => {
    expect(byId(r, 'row-6').title.en).toBe('=1+2 Fictional test row: unknown place');
    expect(byId(r, 'row-2').title).toEqual({
      en: 'Fictional test row: sit-in at the akimat',
      ru: 'Вымышленная строка: сидячая акция',
    });
  });

  it('cites the row’s web address, else the file, with the row’s own words as the quote', () => {
    expect(byId(r, 'row-2').sources).toEqual([
      {
        source: 'example-org-news-sit-in',
        quotes: [{ text: 'Residents held a sit-in on 15 March, the fictional report says.', lang: 'en' }],
      },
    ]);
    expect(byId(r, 'row-3').sources).toEqual([
      { source: 'reader-file', quotes: [{ text: 'Fictional test row: blogger summoned', lang: 'en' }] },
    ]);
    expect(byId(r, 'row-4').sources[0]!.quotes[0]!.text).toBe(
      'A row placed only by coordinates, with a "quoted" word,\nand a line break in the summary.',
    );
    expect(sources(r)).toEqual([
      {
        id: 'example-org-news-sit-in',
        title: 'example.org',
        publisher: 'example.org',
        url: 'https://example.org/news/sit-in',
        archiveSearch: 'https://web.archive.org/web/*/https://example.org/news/sit-in',
        languages: ['en'],
      },
      { id: 'reader-file', title: 'template.csv', languages: ['en'] },
    ]);
  });

  it('explains a day that the quote does not name, and not one it names', () => {
    expect(byId(r, 'row-2').dateNote).toBeUndefined();
    expect(byId(r, 'row-7').dateNote).toBe('The day is as the imported file gives it in its “date” column.');
  });

  it('reads actors with roles, and cases', () => {
    expect(byId(r, 'row-2').actors).toEqual([
      { actor: 'fictional-residents-group', role: 'organiser' },
      // "Police" is a published actor's name: the published record is used.
      { actor: 'kazakhstan-police', role: 'mentioned' },
    ]);
    expect(byId(r, 'row-3').actors).toEqual([{ actor: 'fictional-blogger', role: 'target' }]);
    expect(byId(r, 'row-2').cases).toEqual(['fictional-case-a']);
    expect(r.files.cases).toEqual({ cases: [{ id: 'fictional-case-a', title: { en: 'Fictional case A' } }] });
  });

  it('writes files shaped like data/', () => {
    expect(r.files.incidents).toMatchObject({ version: '0.0.0', updated: '2026-01-10', redirects: [] });
  });
});

describe('an ACLED export', () => {
  const r = run(fixture('acled-sample.csv'), 'acled.csv');

  it('imports nine of ten rows and validates', () => {
    expect(r.summary).toEqual({
      format: 'acled',
      encoding: 'utf-8',
      delimiter: ',',
      linesRead: 10,
      shown: 9,
      skipped: 1,
      warned: 3,
    });
    expectValid(r);
    expect(r.problems.map(brief)).toEqual([
      [8, 'event_date', '31 February 2024', 'date-unreadable', 'error'],
      [9, 'latitude', '95.5', 'latitude-out-of-range', 'warning'],
      [9, 'location', 'Fictional Village', 'place-unknown', 'warning'],
      [10, 'location', 'Fictional Hamlet', 'place-unknown', 'warning'],
      [11, 'sub_event_type', 'Something New', 'acled-event-type-unknown', 'warning'],
    ]);
  });

  it('keeps time_precision honest: a day, a range around the coded day, a month', () => {
    expect(byId(r, 'tst001').date).toBe('2024-03-15');
    expect(byId(r, 'tst002').date).toBe('2024-03-13/2024-03-27');
    expect(byId(r, 'tst002').dateNote).toMatch(/time_precision 2/);
    expect(byId(r, 'tst003').date).toBe('2024-04');
    expect(byId(r, 'tst003').dateNote).toMatch(/time_precision 3/);
  });

  it('keeps geo_precision honest: the town, near the town, only the region', () => {
    expect(byId(r, 'tst001')).toMatchObject({ place: 'zhanaozen', locationPrecision: 'settlement' });
    // geo_precision 3 with admin1 "Qaraghandy": the region, not Karaganda city's point.
    expect(byId(r, 'tst003')).toMatchObject({ place: 'karaganda-region', locationPrecision: 'region' });
    // geo_precision 2, "Ust-Kamenogorsk" (Oskemen's Russian name): near the town.
    expect(byId(r, 'tst006')).toMatchObject({ place: 'oskemen', locationPrecision: 'district' });
    // "Nur-Sultan" is Astana.
    expect(byId(r, 'tst005')).toMatchObject({ place: 'astana', locationPrecision: 'settlement' });
    // An out-of-range latitude and an unknown location: the region from admin1.
    expect(byId(r, 'tst008')).toMatchObject({ place: 'pavlodar-region', locationPrecision: 'region' });
    // An unknown location with good (decimal-comma) coordinates: a place of its own, in its admin1 region.
    expect(byId(r, 'tst009')).toMatchObject({ place: 'fictional-hamlet', locationPrecision: 'settlement' });
    expect(places(r).find((p) => p.id === 'fictional-hamlet')).toMatchObject({
      kind: 'city',
      region: 'turkistan-region',
      lat: 42.3,
      lon: 68.25,
    });
    // Almaty city belongs to no region, whatever admin1 says.
    expect(places(r).find((p) => p.id === 'almaty')!.region).toBeNull();
  });

  it('maps event types to categories, with deaths making an attack a killing', () => {
    expect(incidents(r).map((i) => [i.id, i.category])).toEqual([
      ['tst001', 'protest'],
      ['tst002', 'protest'],
      ['tst003', 'violence'],
      ['tst004', 'killing'],
      ['tst005', 'detention'],
      ['tst006', 'disappearance'],
      ['tst008', 'protest'],
      ['tst009', 'violence'],
      ['tst010', 'statement'],
    ]);
  });

  it('gives every actor the neutral role participant and a title in ACLED’s words', () => {
    expect(byId(r, 'tst002').actors).toEqual([
      { actor: 'protesters-kazakhstan', role: 'participant' },
      { actor: 'police-forces-of-kazakhstan-2019', role: 'participant' },
    ]);
    expect(byId(r, 'tst001').title.en).toBe('Peaceful protest in Zhanaozen');
    expect(byId(r, 'tst001').sources).toEqual([
      {
        source: 'acled-fictional-daily',
        quotes: [{ text: 'Fictional test row: workers rallied over wages.', lang: 'en' }],
      },
    ]);
    expect(sources(r)[0]).toMatchObject({ id: 'acled-fictional-daily', title: 'Fictional Daily', publisher: 'ACLED' });
  });
});

describe('a Russian-locale Excel CSV (Windows-1251, semicolons, DD.MM.YYYY, decimal commas)', () => {
  const r = run(fixture('ru-excel-1251.csv'), 'ru.csv');

  it('is read as Windows-1251 and says so', () => {
    expect(r.summary).toEqual({
      format: 'template',
      encoding: 'windows-1251',
      delimiter: ';',
      linesRead: 3,
      shown: 2,
      skipped: 1,
      warned: 0,
    });
    expect(r.problems.map(brief)).toEqual([
      [null, null, '', 'encoding-windows-1251', 'warning'],
      [null, null, '', 'quotes-untranslated', 'warning'],
      [4, 'date', '32.13.2024', 'date-unreadable', 'error'],
    ]);
    expectValid(r);
  });

  it('reads Cyrillic text, old place names and decimal commas', () => {
    expect(byId(r, 'row-2')).toMatchObject({
      title: { en: 'Вымышленная тестовая строка: задержание активиста' },
      date: '2024-03-15',
      place: 'atyrau',
      category: 'detention',
    });
    expect(byId(r, 'row-2').sources[0]!.quotes[0]).toEqual({
      text: 'Вымышленный активист задержан 15 марта.',
      lang: 'ru',
      translation: NO_TRANSLATION,
    });
    expect(byId(r, 'row-3')).toMatchObject({
      date: '2024-04-05',
      place: 'point-43-2382-76-9455',
      locationPrecision: 'exact',
    });
  });
});

describe('a TimelineJS sheet', () => {
  const r = run(fixture('timeline.csv'), 'timeline.csv');

  it('skips the title slide, strips HTML and reads start and end dates', () => {
    expect(r.summary).toMatchObject({ format: 'timelinejs', linesRead: 4, shown: 2, skipped: 2, warned: 1 });
    expect(r.problems.map(brief)).toEqual([
      [null, null, '', 'no-place-columns', 'warning'],
      [null, null, '', 'no-category-column', 'warning'],
      [2, 'Type', 'title', 'timeline-slide-skipped', 'error'],
      [3, 'Text', '<p>Fictional text with <b>markup</b> &amp; an entity.</p>', 'html-removed', 'warning'],
      [5, 'Year', '2020-13-01', 'date-unreadable', 'error'],
    ]);
    expect(byId(r, 'row-3')).toMatchObject({
      date: '2022-01-02/2022-01-11',
      summary: { en: 'Fictional text with markup & an entity.' },
      category: 'protest',
      place: null,
      locationPrecision: 'unknown',
    });
    expect(byId(r, 'row-3').sources[0]!.source).toBe('example-org-timeline-1');
    expect(byId(r, 'row-4')).toMatchObject({ date: '2021-06', category: 'statement' });
    expectValid(r);
  });
});

describe('a GeoJSON file', () => {
  const r = run(fixture('incidents.geojson'), 'incidents.geojson');

  it('reads properties like CSV columns and Point geometry as coordinates', () => {
    expect(r.summary).toEqual({
      format: 'geojson',
      encoding: 'utf-8',
      delimiter: null,
      linesRead: 3,
      shown: 3,
      skipped: 0,
      warned: 1,
    });
    expect(incidents(r).map((i) => [i.id, i.date, i.place, i.locationPrecision, i.category])).toEqual([
      ['row-1', '2023-05', 'uralsk', 'settlement', 'protest'],
      ['row-2', '2023-06-01', 'point-42-3000-69-6000', 'exact', 'detention'],
      ['row-3', '2019', 'atyrau', 'settlement', 'statement'],
    ]);
    // Uralsk's published region comes with it.
    expect(places(r).map((p) => p.id)).toEqual(['west-kazakhstan-region', 'uralsk', 'point-42-3000-69-6000', 'atyrau']);
    expectValid(r);
  });

  it('reports a file that is not a FeatureCollection', () => {
    const bad = run(utf8('{"type":"Feature"}'), 'x.geojson');
    expect(bad.problems.map((p) => p.code)).toEqual(['geojson-invalid']);
  });
});

describe('file-level problems', () => {
  it('refuses a file over the size limit with one problem and no rows', () => {
    const r = run(utf8('title,date\nA,2024\n'), 'big.csv', { maxBytes: 5 });
    expect(r.problems.map(brief)).toEqual([[null, null, '', 'too-large', 'error']]);
    expect(r.problems[0]!.params).toEqual({ size: 18, max: 5 });
    expect(incidents(r)).toEqual([]);
    expect(IMPORT_MAX_BYTES).toBe(100 * 1024 * 1024);
  });

  it('names the missing required columns and the formats it knows', () => {
    const r = run(utf8('title,place\nA,Almaty\n'));
    expect(r.problems.map(brief)).toEqual([[1, null, 'title, place', 'header-missing-required', 'error']]);
    expect(r.problems[0]!.params.missing).toBe('date');
    expect(r.problems[0]!.message).toMatch(/ACLED: event_date, event_type/);
  });

  it('reports a header it does not recognise', () => {
    expect(run(utf8('foo,bar\n1,2\n')).problems.map((p) => p.code)).toEqual(['header-unrecognised']);
  });

  it('reports duplicate and unknown columns but reads the rest', () => {
    const r = run(utf8('Title,DATE,title,colour\nA,2024,B,red\n'));
    expect(r.problems.map(brief)).toEqual([
      [1, 'title', 'title', 'header-duplicate', 'warning'],
      [1, 'colour', 'colour', 'header-unknown-ignored', 'warning'],
      [null, null, '', 'no-place-columns', 'warning'],
      [null, null, '', 'no-category-column', 'warning'],
    ]);
    expect(incidents(r)[0]!.title.en).toBe('A');
  });

  it('never succeeds silently with nothing', () => {
    const r = run(utf8('title,date\nA,\n,2024\n'));
    expect(r.summary).toMatchObject({ linesRead: 2, shown: 0, skipped: 2 });
    expect(r.problems.map((p) => p.code)).toEqual(['no-usable-rows', 'missing-date', 'missing-title']);
  });

  it('tells a reader to save an XLSX workbook as CSV', () => {
    const r = run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'book.xlsx');
    expect(r.problems.map((p) => p.code)).toEqual(['spreadsheet-binary']);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const r = run(utf8('\uFEFFtitle,date\nA,2024\n'));
    expect(r.summary.shown).toBe(1);
  });
});

describe('rows', () => {
  it('settles day/month order from the column, or reports it as ambiguous', () => {
    const decided = run(utf8('title,date\nA,03/04/2024\nB,25/04/2024\n'));
    expect(incidents(decided).map((i) => i.date)).toEqual(['2024-04-03', '2024-04-25']);
    const open = run(utf8('title,date\nA,03/04/2024\nB,05/06/2024\nC,2024-05-05\n'));
    expect(open.problems.map(brief)).toEqual([
      [null, null, '', 'no-place-columns', 'warning'],
      [null, null, '', 'no-category-column', 'warning'],
      [2, 'date', '03/04/2024', 'date-ambiguous', 'error'],
      [3, 'date', '05/06/2024', 'date-ambiguous', 'error'],
    ]);
  });

  it('gives duplicate ids a suffix and says so', () => {
    const r = run(utf8('id,title,date\nsame,A,2024\nsame,B,2024\nSame!,C,2024\n'));
    expect(incidents(r).map((i) => i.id)).toEqual(['same', 'same-2', 'same-3']);
    expect(r.problems.filter((p) => p.code === 'id-duplicate').map((p) => [p.line, p.params.newId])).toEqual([
      [3, 'same-2'],
      [4, 'same-3'],
    ]);
  });

  it('truncates a long quote to the schema’s 1,000 characters, with a warning', () => {
    const long = 'x'.repeat(1500);
    const r = run(utf8(`title,date,quote\nA,2024,${long}\n`));
    expect(incidents(r)[0]!.sources[0]!.quotes[0]!.text).toHaveLength(1000);
    expect(r.problems.map((p) => p.code)).toContain('quote-truncated');
    expectValid(r);
  });

  it('accepts English category labels and warns on unknown ones', () => {
    const r = run(utf8('title,date,category\nA,2024,Internet shutdown\nB,2024,Parade\n'));
    expect(incidents(r).map((i) => i.category)).toEqual(['shutdown', 'statement']);
    expect(r.problems.filter((p) => p.line !== null).map(brief)).toEqual([
      [3, 'category', 'Parade', 'category-unknown', 'warning'],
    ]);
  });

  it('reads tab-separated files', () => {
    const r = run(utf8('title\tdate\tplace\nA\t2024\tSemipalatinsk\n'));
    expect(r.summary.delimiter).toBe('\t');
    expect(incidents(r)[0]!.place).toBe('semey');
  });
});

describe('a large file', () => {
  it('imports 100,000 template rows and reports progress at least every 2%', () => {
    const lines = ['title,date,place,category,summary'];
    for (let k = 0; k < 100_000; k++)
      lines.push(`Row ${k},2024-03-${String((k % 28) + 1).padStart(2, '0')},Almaty,protest,Summary of row ${k}`);
    const fractions: number[] = [];
    const r = importFile(utf8(lines.join('\n')), 'big.csv', { now: NOW, onProgress: (f) => fractions.push(f) });
    expect(r.summary).toMatchObject({ linesRead: 100_000, shown: 100_000, skipped: 0, warned: 0 });
    expect(incidents(r)[99_999]!.id).toBe('row-100001');
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    for (let k = 1; k < fractions.length; k++) {
      expect(fractions[k]!).toBeGreaterThanOrEqual(fractions[k - 1]!);
      expect(fractions[k]! - fractions[k - 1]!).toBeLessThanOrEqual(0.02 + 1e-9);
    }
  });
});

describe('the public template', () => {
  const bytes = new Uint8Array(
    readFileSync(join(import.meta.dirname, '../../../public/templates/incidents-template.csv')),
  );
  const r = run(bytes, 'incidents-template.csv');

  it('imports cleanly, with the published places and actors', () => {
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatchObject({ format: 'template', linesRead: 3, shown: 3, skipped: 0, warned: 0 });
    expectValid(r);
    expect(incidents(r).map((i) => [i.date, i.place, i.category])).toEqual([
      ['1986-12-17/1986-12-19', 'almaty', 'protest'],
      ['2011-12', 'zhanaozen', 'killing'],
      ['2016-06', 'aktobe', 'violence'],
    ]);
    expect(incidents(r)[1]!.actors).toEqual([
      { actor: 'kazakhstan-police', role: 'perpetrator' },
      { actor: 'zhanaozen-oil-workers', role: 'target' },
    ]);
  });

  it('holds only facts of published records: their titles, summaries and verbatim quotes', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/incidents.json'), 'utf8')) as {
      incidents: Inc[];
    };
    for (const inc of incidents(r)) {
      const match = published.incidents.find((p) => p.title.en === inc.title.en)!;
      expect(match, inc.title.en).toBeDefined();
      expect(inc.summary.en).toBe(match.summary.en);
      expect(inc.date).toBe(match.date);
      expect(match.sources.flatMap((s) => s.quotes.map((q) => q.text))).toContain(inc.sources[0]!.quotes[0]!.text);
    }
  });
});
