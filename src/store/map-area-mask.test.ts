/**
 * The map-area filter over the small fixture, with literal coordinates: an
 * incident counts where its marker stands (a town's point; a region-wide one
 * at its region's marker, 53.46° E 44.04° N for Mangystau, not at the
 * gazetteer's 53.5° E 44° N); one known only to the country and one with no
 * place are never inside, and are counted as left out.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { CATEGORY_IDS } from '../data/vocabulary';
import { computeView } from './selectors';
import { EMPTY_FILTERS, type Filters } from './slices/filters';
import type { Bounds } from './camera';

let ix: DataIndex;
beforeEach(() => {
  const raw = fixtureRaw();
  const incidents = (raw.incidents as { incidents: Record<string, unknown>[] }).incidents;
  incidents.push({
    ...incidents[1]!,
    id: 'nationwide-law-2024',
    date: '2024-03-01',
    place: 'kazakhstan',
    locationPrecision: 'country',
  });
  ix = buildIndex(validateDataset(raw).dataset);
});

const view = (area: Bounds | null, f: Partial<Filters> = {}) => computeView(ix, { ...EMPTY_FILTERS, ...f, area }, null);
const ids = (area: Bounds | null, f: Partial<Filters> = {}) => [...view(area, f).visible].map((i) => ix.ids[i]).sort();

describe('the map-area filter', () => {
  it('keeps the incidents whose point is inside the box', () => {
    // Almaty is at 76.89° E, 43.24° N.
    expect(ids([76.5, 43, 77.2, 43.5])).toEqual(['almaty-shutdown-2022']);
    // Zhanaozen (52.8, 43.34) and the Mangystau region's marker (53.46, 44.04).
    expect(ids([52, 43, 54, 44.5])).toEqual(['mangystau-summons-2026', 'zhanaozen-protest-2022']);
  });

  it('puts a region-wide incident at its region marker, edges included', () => {
    expect(ids([53.46, 44.04, 53.47, 44.05])).toEqual(['mangystau-summons-2026']);
    expect(ids([53.45, 44.03, 53.46, 44.04])).toEqual(['mangystau-summons-2026']);
    expect(ids([53.3, 43.9, 53.45, 44.1])).toEqual([]);
    // The gazetteer's point of the region is not where its marker stands.
    expect(ids([53.49, 43.99, 53.51, 44.01])).toEqual([]);
  });

  it('never keeps a nationwide incident or one without a place, and counts them as left out', () => {
    const whole = view([-180, -85, 180, 85]);
    expect([...whole.visible].map((i) => ix.ids[i]).sort()).toEqual([
      'almaty-shutdown-2022',
      'mangystau-summons-2026',
      'zhanaozen-protest-2022',
    ]);
    expect(whole.areaLeftOut).toEqual({ nationwide: 1, unplaced: 1 });
    expect(view(null).areaLeftOut).toBeNull();
    // Left out among what the other filters keep: the one without a place is a content removal.
    expect(view([-180, -85, 180, 85], { categories: ['content-removal'] }).areaLeftOut).toEqual({
      nationwide: 0,
      unplaced: 1,
    });
  });

  it('narrows the facet counts like any other filter', () => {
    const v = view([76.5, 43, 77.2, 43.5]);
    expect(v.counts.categories[CATEGORY_IDS.indexOf('shutdown')]).toBe(1);
    expect(v.counts.categories[CATEGORY_IDS.indexOf('protest')]).toBe(0);
    expect(v.counts.years.get(2022)).toBe(1);
    expect(v.counts.years.get(2026)).toBeUndefined();
    expect(v.counts.places[ix.placeIndex.get('almaty')!]).toBe(1);
    expect(v.counts.places[ix.placeIndex.get('mangystau-region')!]).toBe(0);
  });

  it('combines with the other filters', () => {
    expect(ids([52, 43, 54, 44.5], { categories: ['summons'] })).toEqual(['mangystau-summons-2026']);
    expect(ids([52, 43, 54, 44.5], { years: [2022] })).toEqual(['zhanaozen-protest-2022']);
  });
});
