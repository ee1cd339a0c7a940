/**
 * Importing the explorer's own export gives back its incidents, as far as the
 * export's columns carry them (actor and case ids are not exported: actors come
 * back by name, matched to the published actors where their names or aliases
 * say so, and cases by title). Tests may import any layer.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data-index';
import { fixtureRaw } from '../test-fixture';
import { validateDataset } from '../validate';
import type { RawDataset } from '../dataset';
import { CSV_COLUMNS, guardCell, toCsv } from '../../features/export/csv';
import { toGeoJson } from '../../features/export/geojson';
import { EXPLORER_COLUMNS } from './columns';
import { importFile, neutraliseFormula } from './index';

const META = { link: 'https://example.org/explorer/#years=2022', accessed: '2026-01-10' };
const NOW = new Date('2026-01-10T12:00:00Z');

function exported() {
  const { dataset, issues } = validateDataset(fixtureRaw());
  expect(issues).toEqual([]);
  const ix = buildIndex(dataset);
  return { ix, all: Uint32Array.from({ length: ix.n }, (_, i) => i) };
}

/** What the fixture's incidents are, written out by hand. */
const EXPECTED = [
  {
    id: 'zhanaozen-protest-2022',
    title: { en: 'Protest over gas prices begins' },
    summary: { en: 'Workers protest in Zhanaozen.' },
    date: '2022-01-02',
    place: 'zhanaozen',
    locationPrecision: 'settlement',
    category: 'protest',
    actors: [],
    cases: ['january-2022-uprising'],
  },
  {
    id: 'almaty-shutdown-2022',
    title: { en: 'Internet shut down' },
    summary: { en: 'Internet access cut in Almaty.' },
    date: '2022-01-05/2022-01-10',
    place: 'almaty',
    locationPrecision: 'settlement',
    category: 'shutdown',
    actors: [{ actor: 'kassym-jomart-tokayev', role: 'perpetrator' }],
    cases: ['january-2022-uprising'],
  },
  {
    id: 'mangystau-summons-2026',
    title: { en: 'Atajurt member summoned' },
    summary: { en: 'Summoned by police.' },
    date: '2026-01',
    place: 'mangystau-region',
    locationPrecision: 'region',
    category: 'summons',
    actors: [
      { actor: 'atajurt', role: 'target' },
      { actor: 'kazakhstan-police', role: 'perpetrator' },
    ],
    cases: [],
  },
  {
    id: 'unknown-place-2025',
    title: { en: 'Account blocked' },
    summary: { en: 'An account was blocked.' },
    date: '2025',
    place: null,
    locationPrecision: 'unknown',
    category: 'content-removal',
    actors: [{ actor: 'atajurt', role: 'target' }],
    cases: [],
  },
];

const pick = (i: Record<string, unknown>) => Object.fromEntries(Object.keys(EXPECTED[0]!).map((k) => [k, i[k]]));

describe('explorer export round trip', () => {
  it('knows every column of the CSV export', () => {
    expect(Object.keys(EXPLORER_COLUMNS)).toEqual([...CSV_COLUMNS]);
  });

  it('gives back the incidents of a CSV export', () => {
    const { ix, all } = exported();
    const csv = toCsv(ix, all, META);
    const r = importFile(new TextEncoder().encode(csv), 'export.csv', { now: NOW });
    expect(r.summary).toMatchObject({ format: 'explorer-csv', linesRead: 4, shown: 4, skipped: 0 });
    expect(r.problems).toEqual([]);
    const incidents = (r.files.incidents as { incidents: Record<string, unknown>[] }).incidents;
    expect(incidents.map(pick)).toEqual(EXPECTED);
    expect(r.files.cases).toEqual({ cases: [{ id: 'january-2022-uprising', title: { en: 'January 2022 uprising' } }] });
    expect(validateDataset(r.files as RawDataset).issues).toEqual([]);
  });

  it('gives back the incidents of a GeoJSON export', () => {
    const { ix, all } = exported();
    const json = JSON.stringify(toGeoJson(ix, all, META));
    const r = importFile(new TextEncoder().encode(json), 'export.geojson', { now: NOW });
    expect(r.summary).toMatchObject({ format: 'geojson', shown: 4, skipped: 0 });
    const incidents = (r.files.incidents as { incidents: Record<string, unknown>[] }).incidents;
    expect(incidents.map(pick)).toEqual(EXPECTED);
    expect(validateDataset(r.files as RawDataset).issues).toEqual([]);
  });
});

describe('formula guard', () => {
  it('neutralises exactly what the CSV export neutralises', () => {
    for (const v of ['=1+1', '+1', '-2', '@SUM(1)', '\tx', '\rx', 'plain', "'quoted", ' =spaced', '']) {
      expect(neutraliseFormula(v)).toBe(guardCell(v));
    }
  });
});
