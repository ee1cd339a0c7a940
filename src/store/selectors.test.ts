import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../data/data-index';
import { fixtureRaw } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { CATEGORY_IDS } from '../data/vocabulary';
import { computeView, hasActiveFilters, selectView } from './selectors';
import { EMPTY_FILTERS, type Filters } from './slices/filters';

let ix: DataIndex;
beforeEach(() => {
  ix = buildIndex(validateDataset(fixtureRaw()).dataset);
});

const ids = (f: Partial<Filters>, w: { start: number; end: number } | null = null) =>
  [...computeView(ix, { ...EMPTY_FILTERS, ...f }, w).visible].map((i) => ix.ids[i]);

describe('computeView', () => {
  it('shows everything without filters', () => {
    expect(ids({})).toHaveLength(4);
  });

  it('filters by year, counting a range in every year it touches', () => {
    expect(ids({ years: [2022] })).toEqual(['zhanaozen-protest-2022', 'almaty-shutdown-2022']);
    expect(ids({ years: [2025, 2026] })).toEqual(['mangystau-summons-2026', 'unknown-place-2025']);
  });

  it('filters by actor, category and contested', () => {
    expect(ids({ actors: ['atajurt'] })).toEqual(['mangystau-summons-2026', 'unknown-place-2025']);
    expect(ids({ categories: ['shutdown', 'protest'] })).toEqual(['zhanaozen-protest-2022', 'almaty-shutdown-2022']);
    expect(ids({ contestedOnly: true })).toEqual(['mangystau-summons-2026']);
  });

  it('matches a region to the places inside it, and a country to all its places', () => {
    expect(ids({ places: ['mangystau-region'] })).toEqual(['zhanaozen-protest-2022', 'mangystau-summons-2026']);
    expect(ids({ places: ['kazakhstan'] })).toHaveLength(3);
  });

  it('searches text across aliases and scripts', () => {
    expect(ids({ text: 'Atazhurt' })).toEqual(['mangystau-summons-2026', 'unknown-place-2025']);
    expect(ids({ text: 'Жаңаөзен' })).toEqual(['zhanaozen-protest-2022']);
    expect(ids({ text: 'tokaev internet' })).toEqual(['almaty-shutdown-2022']);
    expect(ids({ text: 'nothing like this' })).toEqual([]);
  });

  it('intersects the time window with overlap, not containment', () => {
    const w = { start: Date.UTC(2022, 0, 8), end: Date.UTC(2022, 0, 9) };
    expect(ids({}, w)).toEqual(['almaty-shutdown-2022']);
  });

  it('counts each facet under the other filters', () => {
    const v = computeView(ix, { ...EMPTY_FILTERS, categories: ['summons'], years: [2026] }, null);
    expect(v.visible).toHaveLength(1);
    // Year counts ignore the year filter but keep the category filter.
    expect(v.counts.years.get(2026)).toBe(1);
    expect(v.counts.years.get(2022)).toBeUndefined();
    // Category counts ignore the category filter but keep the year filter.
    expect(v.counts.categories[CATEGORY_IDS.indexOf('content-removal')]).toBe(0);
    expect(v.counts.categories[CATEGORY_IDS.indexOf('summons')]).toBe(1);
    expect(v.counts.actors[ix.actorIndex.get('atajurt')!]).toBe(1);
  });

  it('counts contested incidents under the other filters, whether or not "contested only" is on', () => {
    expect(computeView(ix, EMPTY_FILTERS, null).counts.contested).toBe(1);
    expect(computeView(ix, { ...EMPTY_FILTERS, contestedOnly: true }, null).counts.contested).toBe(1);
    expect(computeView(ix, { ...EMPTY_FILTERS, years: [2022] }, null).counts.contested).toBe(0);
  });

  it('reports unlocated incidents and the count before the window', () => {
    const v = computeView(ix, EMPTY_FILTERS, { start: Date.UTC(2025, 0, 1), end: Date.UTC(2027, 0, 1) });
    expect(v.visible).toHaveLength(2);
    expect(v.filteredCount).toBe(4);
    expect(v.unlocated).toBe(1);
  });
});

describe('hasActiveFilters', () => {
  it('is false only for the empty filters', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, text: ' x ' })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, contestedOnly: true })).toBe(true);
  });
});

describe('a search that waits for the search text', () => {
  it('filters nothing and says so until the text is there, then filters', () => {
    let ready = false;
    const waiting: DataIndex = { ...ix, searchNow: () => ready };
    const filters = { ...EMPTY_FILTERS, text: 'zhanaozen' };
    const state = { data: waiting, filters, timeWindow: null, searchVersion: 0 };
    const before = selectView(state)!;
    expect(before.searchPending).toBe(true);
    expect(before.visible).toHaveLength(4);
    ready = true;
    // The same state gives the same answer; the search's arrival is what asks for it again.
    expect(selectView(state)).toBe(before);
    const after = selectView({ ...state, searchVersion: 1 })!;
    expect(after.searchPending).toBe(false);
    expect([...after.visible].map((i) => ix.ids[i])).toEqual(['zhanaozen-protest-2022']);
  });
});
