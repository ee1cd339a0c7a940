import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { toGeoJson } from './geojson';

const META = { link: 'https://example.org/#contested=1', accessed: '2026-11-21' };

let ix: DataIndex;
beforeEach(() => {
  const { dataset } = validateDataset(fixtureRaw());
  dataset.places.get('almaty')!.lat = 43.238949123456;
  dataset.places.get('almaty')!.lon = 76.889709987654;
  ix = buildIndex(dataset);
});

const all = () => Uint32Array.from({ length: ix.n }, (_, i) => i);

/** The parts of RFC 7946 a reader relies on, checked on the serialised text as a file would hold it. */
function expectValidCollection(text: string) {
  const fc = JSON.parse(text) as Record<string, unknown>;
  expect(fc.type).toBe('FeatureCollection');
  expect(fc).not.toHaveProperty('crs');
  expect(Array.isArray(fc.features)).toBe(true);
  for (const f of fc.features as Record<string, unknown>[]) {
    expect(f.type).toBe('Feature');
    expect(f).not.toHaveProperty('crs');
    expect(['string', 'number']).toContain(typeof f.id);
    expect(f.properties).toBeTypeOf('object');
    expect(f).toHaveProperty('geometry');
    const g = f.geometry as { type: string; coordinates: unknown } | null;
    if (g === null) continue;
    expect(g.type).toBe('Point');
    expect(Array.isArray(g.coordinates)).toBe(true);
    const [lon, lat, ...rest] = g.coordinates as number[];
    expect(rest).toEqual([]);
    expect(lon).toBeTypeOf('number');
    expect(lat).toBeTypeOf('number');
    expect(lon).toBeGreaterThanOrEqual(-180);
    expect(lon).toBeLessThanOrEqual(180);
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
  }
  return fc;
}

describe('toGeoJson', () => {
  it('is a valid RFC 7946 FeatureCollection', () => {
    const fc = toGeoJson(ix, all(), META);
    expectValidCollection(JSON.stringify(fc));
    expect(fc.features.map((f) => f.id)).toEqual(ix.ids);
  });

  it('has one feature per visible incident and says how many in its metadata', () => {
    const fc = toGeoJson(ix, Uint32Array.from([3, 1]), META);
    expect(fc.features.map((f) => f.id)).toEqual(['unknown-place-2025', 'almaty-shutdown-2022']);
    expect(fc.metadata).toEqual({
      dataset_version: '1.0.0',
      geometry_note:
        'geometry is null when location_precision is region or country (the incident is known only to that area; ' +
        'join it by place_id, region or country) and when it is unknown (no place)',
      lang: 'en',
      view_link: META.link,
      accessed: '2026-11-21',
      count: 2,
      generator: 'Kazakhstan Incident Explorer',
    });
    expect(toGeoJson(ix, new Uint32Array(), META).features).toEqual([]);
  });

  it('puts longitude first, rounded to six decimals', () => {
    const almaty = toGeoJson(ix, all(), META).features[1]!;
    expect(almaty.geometry).toEqual({ type: 'Point', coordinates: [76.88971, 43.238949] });
  });

  it('keeps unlocated incidents with a null geometry', () => {
    const fc = toGeoJson(ix, all(), META);
    const unlocated = fc.features.find((f) => f.id === 'unknown-place-2025')!;
    expect(unlocated.geometry).toBeNull();
    expect(unlocated.properties.place_id).toBeNull();
    expect(unlocated.properties.location_precision).toBe('unknown');
  });

  it('gives region-wide incidents no point at the region centre, but their place and precision', () => {
    const summons = toGeoJson(ix, all(), META).features.find((f) => f.id === 'mangystau-summons-2026')!;
    expect(summons.geometry).toBeNull();
    expect(summons.properties).toMatchObject({
      place_id: 'mangystau-region',
      place: 'Mangystau Region',
      region: 'Mangystau Region',
      country: 'KZ',
      location_precision: 'region',
    });
  });

  it('gives country-wide incidents no point at the country centre, but their place and precision', () => {
    const { dataset } = validateDataset(fixtureRaw());
    Object.assign(dataset.incidents[1]!, { place: 'kazakhstan', locationPrecision: 'country' });
    const shutdown = toGeoJson(buildIndex(dataset), all(), META).features[1]!;
    expect(shutdown.id).toBe('almaty-shutdown-2022');
    expect(shutdown.geometry).toBeNull();
    expect(shutdown.properties).toMatchObject({
      place_id: 'kazakhstan',
      place: 'Kazakhstan',
      region: null,
      country: 'KZ',
      location_precision: 'country',
    });
  });

  it('gives a Point only to incidents placed at a site, settlement or district', () => {
    const fc = toGeoJson(ix, all(), META);
    expect(fc.features.map((f) => [f.id, f.properties.location_precision, f.geometry?.type ?? null])).toEqual([
      ['zhanaozen-protest-2022', 'settlement', 'Point'],
      ['almaty-shutdown-2022', 'settlement', 'Point'],
      ['mangystau-summons-2026', 'region', null],
      ['unknown-place-2025', 'unknown', null],
    ]);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [52.8, 43.34] });
  });

  it('names the place in the view’s language beside its id', () => {
    const summons = toGeoJson(ix, all(), { ...META, lang: 'kk' }).features[2]!.properties;
    expect(summons.place_id).toBe('mangystau-region');
    expect(summons.place).toBe('Маңғыстау облысы');
  });

  it('keeps lists as arrays of objects', () => {
    const summons = toGeoJson(ix, all(), META).features[2]!.properties;
    expect(summons).not.toHaveProperty('latitude');
    expect(summons.actors).toEqual([
      { id: 'atajurt', name: 'Atajurt', role: 'target', role_name: 'target' },
      { id: 'police', name: 'Police', role: 'perpetrator', role_name: 'perpetrator' },
    ]);
    expect(summons.sources).toEqual([
      {
        id: 'src-a',
        title: 'Article A',
        publisher: null,
        publisher_description: null,
        author: null,
        published: null,
        published_note: null,
        url: null,
        archive_search: null,
        related: null,
        quotes: [{ text: 'summoned by police', lang: 'en', translation: null }],
      },
    ]);
    expect(summons.contested).toBe(true);
    expect(summons.disputes[0]!.claims).toHaveLength(2);
    expect(summons.link).toBe('https://example.org/#id=mangystau-summons-2026&data=1.0.0');
    expect(summons.date_end).toBe('2026-01-31');
  });
});
