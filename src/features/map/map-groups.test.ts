import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { REGION_ANCHORS } from '../../data/basemap/regions';
import { clusterAction, mapGroups, siteFeatures } from './map-groups';

const raw = fixtureRaw();
const incidents = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
incidents.push({ ...incidents[1], id: 'almaty-second', category: 'detention', date: '2022-01-06' });
// Known only to the country.
incidents.push({
  ...incidents[1],
  id: 'somewhere-in-kazakhstan',
  date: '2022-01-07',
  place: 'kazakhstan',
  locationPrecision: 'country',
  cases: [],
});
const ix = buildIndex(validateDataset(raw).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const spreadOf = (id: string) => ix.spread[ix.idToIndex.get(id)!];

describe('mapGroups', () => {
  const groups = mapGroups(ix, all);

  it('takes country-level incidents off the map and into the nationwide control', () => {
    const countryIds = ix.ids.filter((id) => spreadOf(id) === 2);
    expect(countryIds.length).toBeGreaterThan(0);
    expect(groups.countryTotal).toBe(countryIds.length);
    expect(groups.countryLevel.every((g) => g.spread === 'country')).toBe(true);
    expect(groups.mapped.features.some((f) => f.properties.spread === 'country')).toBe(false);
  });

  it('counts every located incident once, on the map or in the control', () => {
    const located = ix.ids.filter((_, i) => ix.place[i]! >= 0).length;
    const onMap = groups.mapped.features.reduce((n, f) => n + f.properties.count, 0);
    expect(onMap + groups.countryTotal).toBe(located);
    expect(groups.total).toBe(located);
  });

  it('puts a region-level marker at the region’s label point, named in three languages', () => {
    const region = groups.mapped.features.find((f) => f.properties.place === 'mangystau-region');
    expect(region?.geometry.coordinates).toEqual(REGION_ANCHORS.get('mangystau-region'));
    expect(region?.properties).toMatchObject({
      spread: 'region',
      name_en: 'Mangystau Region',
      name_kk: 'Маңғыстау облысы',
    });
    expect(groups.markedRegions).toEqual(['mangystau-region']);
  });

  it('answers the same visible set with the same groups, and a new set anew', () => {
    expect(mapGroups(ix, all)).toBe(groups);
    expect(mapGroups(ix, Uint32Array.of(0))).not.toBe(groups);
  });
});

describe('clusterAction', () => {
  it('opens the chooser for incidents at one place, however far one could zoom', () => {
    expect(clusterAction(['76.9,43.2', '76.9,43.2'], 7, 10)).toBe('chooser');
  });

  it('zooms in while that separates places, and chooses once it cannot', () => {
    expect(clusterAction(['76.9,43.2', '77.2,43.3'], 8, 10)).toBe('zoom');
    expect(clusterAction(['76.9,43.2', '76.95,43.21'], 11, 10)).toBe('chooser');
  });
});

describe('siteFeatures', () => {
  it('draws only site-level places, with their names', () => {
    const places = [
      ...ix.dataset.places.values(),
      {
        id: 'square',
        kind: 'site' as const,
        name: { en: 'Republic Square', ru: 'Площадь Республики', kk: 'Республика алаңы' },
        country: 'KZ',
        region: null,
        lat: 43.24,
        lon: 76.95,
      },
    ];
    const fc = siteFeatures(places);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.properties).toEqual({
      name_en: 'Republic Square',
      name_ru: 'Площадь Республики',
      name_kk: 'Республика алаңы',
    });
  });
});
