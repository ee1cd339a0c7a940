import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { caseThread, incidentsInGroups, placeFeatures, totalOnMap } from './incident-features';

const raw = fixtureRaw();
const incidents = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
// A second incident in Almaty, of another category, to make a mixed group.
incidents.push({ ...incidents[1], id: 'almaty-second', category: 'detention', date: '2022-01-06' });
const ix = buildIndex(validateDataset(raw).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);

describe('placeFeatures', () => {
  const fc = placeFeatures(ix, all);
  const byPlace = Object.fromEntries(fc.features.map((f) => [f.properties.place, f.properties]));

  it('draws one feature per place, and leaves unlocated incidents off the map', () => {
    expect(fc.features).toHaveLength(3);
    expect(totalOnMap(fc)).toBe(ix.n - 1);
  });

  it('keeps a single incident selectable and labels groups with their count', () => {
    expect(byPlace['zhanaozen']).toMatchObject({
      count: 1,
      id: 'zhanaozen-protest-2022',
      label: '⚑',
      spread: 'point',
    });
    expect(byPlace['almaty']).toMatchObject({ count: 2, id: '', i: -1, label: '2', color: '#26344f' });
  });

  it('marks region-level incidents as spread over the region', () => {
    expect(byPlace['mangystau-region']?.spread).toBe('region');
  });

  it('follows the visible set', () => {
    expect(totalOnMap(placeFeatures(ix, Uint32Array.of(0)))).toBe(1);
    expect(placeFeatures(ix, new Uint32Array()).features).toEqual([]);
  });
});

describe('incidentsInGroups', () => {
  it('lists the incidents of a group in date order', () => {
    const almaty = placeFeatures(ix, all).features.find((f) => f.properties.place === 'almaty')!;
    const ids = incidentsInGroups(ix, all, new Set([almaty.properties.key])).map((i) => ix.ids[i]);
    expect(ids).toEqual(['almaty-shutdown-2022', 'almaty-second']);
  });
});

describe('caseThread', () => {
  it('joins the places of a case in date order', () => {
    const line = caseThread(ix, 'almaty-shutdown-2022').features[0];
    expect(line?.geometry.coordinates).toEqual([
      [52.8, 43.34],
      [76.89, 43.24],
    ]);
  });

  it('draws nothing without a selection or a case', () => {
    expect(caseThread(ix, null).features).toEqual([]);
    expect(caseThread(ix, 'unknown-place-2025').features).toEqual([]);
  });
});
