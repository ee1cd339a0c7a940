import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { type Dataset } from '../../data/dataset';
import { CSV_COLUMNS, guardCell, toCsv } from './csv';
import { incidentLink } from './incident-record';
import { applyTranslations } from '../../data/translations';

const META = { link: 'https://example.org/explorer/#years=2022&q=a%20b', accessed: '2026-11-21' };
const TRICKY = 'He said "stop", then left,\nquietly; «Алматы» — 阿拉木图 ✊🏽 Қазақстан';

let dataset: Dataset;
let ix: DataIndex;

beforeEach(() => {
  const raw = fixtureRaw();
  const { dataset: ds, issues } = validateDataset(raw);
  expect(issues).toEqual([]);
  dataset = ds;
  const [protest, shutdown, summons] = dataset.incidents;
  protest!.title = { en: TRICKY };
  protest!.summary = { en: '=HYPERLINK("https://evil.example","click")' };
  protest!.people = { count: 120, qualifier: 'about' };
  shutdown!.title = { en: '+cmd|" /C calc"!A0' };
  shutdown!.summary = { en: '-2+3' };
  summons!.title = { en: '@SUM(1,2)' };
  // Validation trims text, so a leading tab or carriage return only reaches an export through another path.
  summons!.summary = { en: '\t=1+1' };
  dataset.incidents[3]!.summary = { en: '\r=1+1\nsecond line' };
  dataset.incidents[3]!.sources[0]!.quotes.push({ text: '=multi\nline', lang: 'ru', translation: undefined });
  ix = buildIndex(dataset);
});

const all = () => Uint32Array.from({ length: ix.n }, (_, i) => i);

function parse(csv: string) {
  const result = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and the header', () => {
    const csv = toCsv(ix, all(), META);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(CSV_COLUMNS.join(','));
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes one row per visible incident, in the order given', () => {
    const visible = Uint32Array.from([2, 0]);
    const { data, meta } = parse(toCsv(ix, visible, META));
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => r.id)).toEqual(['mangystau-summons-2026', 'zhanaozen-protest-2022']);
    expect(parse(toCsv(ix, all(), META)).data).toHaveLength(4);
  });

  it('writes only the header for an empty view', () => {
    const csv = toCsv(ix, new Uint32Array(), META);
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(parse(csv).data).toHaveLength(0);
  });

  it('round-trips quotes, commas, newlines and any script', () => {
    const row = parse(toCsv(ix, all(), META)).data[0]!;
    expect(row.title).toBe(TRICKY);
  });

  it('guards every text cell that a spreadsheet would run as a formula', () => {
    const rows = parse(toCsv(ix, all(), META)).data;
    expect(rows[0]!.summary).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(rows[1]!.title).toBe('\'+cmd|" /C calc"!A0');
    expect(rows[1]!.summary).toBe("'-2+3");
    expect(rows[2]!.title).toBe("'@SUM(1,2)");
    expect(rows[2]!.summary).toBe("'\t=1+1");
    expect(rows[3]!.summary).toBe("'\r=1+1\nsecond line");
    // Text in the middle of a cell cannot start a formula and is left alone.
    expect(rows[3]!.sources).toBe('Article A: “blocked” | “=multi\nline”');
    for (const row of rows) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps negative coordinates as numbers', () => {
    dataset.places.get('almaty')!.lon = -76.8912345678;
    const rows = parse(toCsv(buildIndex(dataset), all(), META)).data;
    expect(rows[1]!.longitude).toBe('-76.891235');
  });

  it('resolves places, dates, people, actors, sources, disputes and cases', () => {
    const rows = parse(toCsv(ix, all(), META)).data;
    const [protest, shutdown, summons, unlocated] = rows;
    expect(protest).toMatchObject({
      date: '2022-01-02',
      date_start: '2022-01-02',
      date_end: '2022-01-02',
      date_precision: 'day',
      place_id: 'zhanaozen',
      place: 'Zhanaozen',
      region: 'Mangystau Region',
      country: 'KZ',
      latitude: '43.34',
      longitude: '52.8',
      location_precision: 'settlement',
      category: 'protest',
      actors: '',
      people_count: '120',
      people_qualifier: 'about',
      sources: 'Article A: “protests began”',
      contested: 'no',
      disputes: '',
      cases: 'January 2022 uprising',
      link: 'https://example.org/explorer/#id=zhanaozen-protest-2022&data=1.0.0',
      dataset_version: '1.0.0',
      view_link: META.link,
      accessed: '2026-11-21',
    });
    expect(shutdown).toMatchObject({
      date: '2022-01-05/2022-01-10',
      date_start: '2022-01-05',
      date_end: '2022-01-10',
      date_precision: 'range',
      region: '',
      actors: 'Kassym-Jomart Tokayev (perpetrator)',
      people_count: '',
    });
    expect(summons).toMatchObject({
      date_start: '2026-01-01',
      date_end: '2026-01-31',
      date_precision: 'month',
      place_id: 'mangystau-region',
      place: 'Mangystau Region',
      region: 'Mangystau Region',
      country: 'KZ',
      // The region's centre is not where the summons happened.
      latitude: '',
      longitude: '',
      location_precision: 'region',
      actors: 'Atajurt (target); Police (perpetrator)',
      contested: 'yes',
      disputes: 'official response: No response [Article A] vs Summonses [Article A]',
    });
    expect(unlocated).toMatchObject({
      date_end: '2025-12-31',
      place_id: '',
      place: '',
      region: '',
      country: '',
      latitude: '',
      longitude: '',
      location_precision: 'unknown',
    });
  });
});

describe('coordinates in the CSV', () => {
  it('leaves them empty for an incident known only to the country, as the GeoJSON does', () => {
    Object.assign(dataset.incidents[1]!, { place: 'kazakhstan', locationPrecision: 'country' });
    const shutdown = parse(toCsv(buildIndex(dataset), all(), META)).data[1]!;
    expect(shutdown).toMatchObject({
      id: 'almaty-shutdown-2022',
      place_id: 'kazakhstan',
      place: 'Kazakhstan',
      region: '',
      country: 'KZ',
      latitude: '',
      longitude: '',
      location_precision: 'country',
    });
  });

  it('keeps them for a settlement', () => {
    expect(parse(toCsv(ix, all(), META)).data[1]).toMatchObject({
      place_id: 'almaty',
      latitude: '43.24',
      longitude: '76.89',
      location_precision: 'settlement',
    });
  });
});

describe('source details and date bases in exports', () => {
  it('names who published each source, where to read it and the archive search; and where date and place come from', () => {
    const source = dataset.sources.get('src-a')!;
    Object.assign(source, {
      publisher: 'Publisher A',
      author: 'Author A',
      published: '2026-01-19',
      url: 'https://example.org/a',
      archiveSearch: 'https://web.archive.org/web/*/https://example.org/a',
      related: { relation: 'rewords', publisher: 'Journal B', url: 'https://example.org/b' },
    });
    Object.assign(dataset.incidents[0]!, {
      dateBasis: 'external',
      dateNote: 'Month from outside the sources.',
      placeBasis: 'inferred',
      placeNote: 'City inferred.',
    });
    const [protest] = parse(toCsv(buildIndex(dataset), all(), META)).data;
    expect(protest).toMatchObject({
      date_basis: 'external',
      date_note: 'Month from outside the sources.',
      place_basis: 'inferred',
      place_note: 'City inferred.',
      sources:
        'Article A (Publisher A, Author A, 2026-01-19; https://example.org/a, archive search: https://web.archive.org/web/*/https://example.org/a; rewords Journal B; https://example.org/b): “protests began”',
    });
  });
});

describe('guardCell', () => {
  it('prefixes only dangerous first characters', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(guardCell(`${c}x`)).toBe(`'${c}x`);
    expect(guardCell('plain =1')).toBe('plain =1');
    expect(guardCell('')).toBe('');
  });
});

describe('incidentLink', () => {
  it('replaces the view fragment with the incident id', () => {
    expect(incidentLink('https://example.org/a/?x=1#years=2022', 'some-id')).toBe(
      'https://example.org/a/?x=1#id=some-id',
    );
    expect(incidentLink('https://example.org/', 'some-id')).toBe('https://example.org/#id=some-id');
    expect(incidentLink('https://example.org/', 'some-id', '1.3.5')).toBe('https://example.org/#id=some-id&data=1.3.5');
  });
});

describe("toCsv in the view's language", () => {
  it('writes translated text where it exists, says how it stands, and keeps the English beside it', () => {
    const { dataset: ds } = validateDataset(fixtureRaw());
    const texts = applyTranslations(ds, {
      ru: {
        lang: 'ru',
        entries: {
          'incidents/mangystau-summons-2026/title': {
            text: 'Участника «Атажурта» вызвали в полицию',
            status: 'draft',
            en: 'Atajurt member summoned',
          },
          'incidents/mangystau-summons-2026/summary': {
            text: 'Вызван полицией.',
            status: 'draft',
            en: 'Summoned by police.',
          },
          'disputes/official-response/topic': {
            text: 'ответ властей',
            status: 'draft',
            en: 'official response',
          },
        },
      },
    });
    const rows = parse(toCsv(buildIndex(ds, texts), all(), { ...META, lang: 'ru' })).data;
    const summons = rows.find((r) => r.id === 'mangystau-summons-2026')!;
    expect(summons).toMatchObject({
      title: 'Участника «Атажурта» вызвали в полицию',
      summary: 'Вызван полицией.',
      place: 'Мангистауская область',
      lang: 'ru',
      translation_status: 'draft',
      title_en: 'Atajurt member summoned',
    });
    expect(summons.disputes).toMatch(/^ответ властей: /);
    // Untranslated text stays English and says so.
    expect(rows.find((r) => r.id === 'unknown-place-2025')).toMatchObject({
      title: 'Account blocked',
      translation_status: 'untranslated',
    });
  });
});
