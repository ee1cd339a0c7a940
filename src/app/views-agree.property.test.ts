/**
 * Map, unlocated note, list and timeline all show the same incidents, whatever
 * the filters (and the reader's set, shown alone). The expected count comes from a plain walk over the records
 * (their own fields, the gazetteer and the disputes), not from the column
 * index the views read, so views that agree on a wrong number still fail.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DataIndex } from '../data/data-index';
import { FILES, type Dataset } from '../data/dataset';
import { CATEGORY_IDS, type CategoryId } from '../data/vocabulary';
import { validateDataset } from '../data/validate';
import { synthesizeIncidents } from '../cli/synth-core';
import { mapGroups } from '../features/map/map-groups';
import { binSpecs, itemSpecs } from '../features/timeline/items';
import { fitWindow } from '../store/time-windows';
import { computeView } from '../store/selectors';
import { EMPTY_FILTERS, type Filters } from '../store/slices/filters';
import type { GroupBy } from '../store/slices/ui';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));

let dataset: Dataset;
let ix: DataIndex;

beforeAll(() => {
  const reference = validateDataset({
    places: read(FILES.places),
    actors: read(FILES.actors),
    sources: read(FILES.sources),
    cases: read(FILES.cases),
    incidents: { version: '1.0.0', updated: '2026-11-21', incidents: [] },
  }).dataset;
  const { disputes, ...incidents } = synthesizeIncidents(
    {
      places: [...reference.places.values()],
      actors: [...reference.actors.values()],
      sources: [...reference.sources.values()],
      cases: [...reference.cases.values()],
    },
    { count: 10_000, seed: 7 },
  );
  const checked = validateDataset({
    places: read(FILES.places),
    actors: read(FILES.actors),
    sources: read(FILES.sources),
    cases: read(FILES.cases),
    incidents,
    disputes: { disputes },
  });
  expect(checked.issues).toEqual([]);
  dataset = checked.dataset;
  ix = buildIndex(dataset);
});

interface Expected {
  shown: number;
  unlocated: number;
}

/** The oracle: one incident at a time, from its record, the gazetteer and the disputes. */
function expected(
  f: Filters,
  w: { start: number; end: number } | null,
  set: readonly string[] | null = null,
): Expected {
  const disputed = new Set(dataset.disputes.flatMap((d) => d.incidents));
  const countryPlace = new Map<string, string>();
  for (const p of dataset.places.values()) if (p.kind === 'country') countryPlace.set(p.country, p.id);
  let shown = 0;
  let unlocated = 0;
  dataset.incidents.forEach((inc, i) => {
    const { start, end } = dataset.dates[i]!;
    if (f.years.length && !f.years.some((y) => Date.UTC(y, 0, 1) < end && Date.UTC(y + 1, 0, 1) > start)) return;
    if (f.categories.length && !f.categories.includes(inc.category)) return;
    if (f.actors.length && !inc.actors.some((a) => f.actors.includes(a.actor))) return;
    const place = inc.place === null ? undefined : dataset.places.get(inc.place);
    if (f.places.length) {
      if (!place) return;
      const within = [place.id, place.region, countryPlace.get(place.country)];
      if (!f.places.some((p) => within.includes(p))) return;
    }
    if (f.contestedOnly && !disputed.has(inc.id)) return;
    if (w && !(start < w.end && end > w.start)) return;
    if (set && !set.includes(inc.id)) return;
    shown++;
    if (!place) unlocated++;
  });
  return { shown, unlocated };
}

const YEAR = fc.integer({ min: 1986, max: 2026 });

/** Most draws leave a facet alone, as readers do, so that many combinations still match something. */
const sometimes = <T>(values: fc.Arbitrary<T>, maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.constant<T[]>([]), weight: 2 },
    { arbitrary: fc.uniqueArray(values, { minLength: 1, maxLength }), weight: 1 },
  );

const filtersArb = () =>
  fc.record({
    years: sometimes(YEAR, 3),
    categories: sometimes(fc.constantFrom(...(CATEGORY_IDS as readonly CategoryId[])), 3),
    actors: sometimes(fc.constantFrom(...ix.actorIds), 2),
    places: sometimes(fc.constantFrom(...ix.placeIds), 2),
    contestedOnly: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  });

/** No window, or a window from a day to decades long anywhere in the dataset's span. */
const windowArb = fc.option(
  fc
    .tuple(fc.integer({ min: Date.UTC(1985, 0, 1), max: Date.UTC(2026, 11, 1) }), fc.integer({ min: 1, max: 15_000 }))
    .map(([start, days]) => ({ start, end: start + days * 86_400_000 })),
  { nil: null },
);

const groupArb = fc.constantFrom<GroupBy>('none', 'category', 'region');

/** Mostly no set; else a reader's set shown alone (up to 100 ids), sometimes with an id the data does not hold. */
const setArb = () =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    {
      arbitrary: fc
        .tuple(
          fc.uniqueArray(fc.integer({ min: 0, max: dataset.incidents.length - 1 }), { minLength: 1, maxLength: 100 }),
          fc.boolean(),
        )
        .map(([picked, ghost]) => [
          ...picked.map((i) => dataset.incidents[i]!.id),
          ...(ghost ? ['no-such-incident'] : []),
        ]),
      weight: 1,
    },
  );

describe('every view shows what the filters let through', () => {
  it('map groups with the nationwide control, plus the unlocated note, the list and the timeline agree with the records', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(filtersArb(), windowArb, groupArb, setArb(), (picked, w, groupBy, set) => {
        const filters: Filters = { ...EMPTY_FILTERS, ...picked };
        const want = expected(filters, w, set);
        if (want.shown > 0) nonEmpty++;
        const view = computeView(ix, filters, w, set);

        // The list shows exactly the visible incidents.
        expect(view.visible.length).toBe(want.shown);
        expect(view.unlocated).toBe(want.unlocated);

        // The map: markers and the nationwide control hold every located incident once.
        const groups = mapGroups(ix, view.visible);
        const onMarkers = groups.mapped.features.reduce((n, g) => n + g.properties.count, 0);
        const nationwide = groups.countryLevel.reduce((n, g) => n + g.count, 0);
        expect(onMarkers + nationwide + view.unlocated).toBe(want.shown);

        // The timeline: individual items, and the bins it shows past its item limit.
        expect(itemSpecs(ix, view.visible, groupBy).length).toBe(want.shown);
        const { bins } = binSpecs(ix, view.visible, w ?? fitWindow(view.extent, ix), groupBy);
        expect(bins.reduce((n, b) => n + b.count, 0)).toBe(want.shown);
      }),
      { numRuns: 200, seed: 20_261_206 },
    );
    // The property says nothing if every draw filtered everything away.
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('shows all 10,000 with no filter and no window', () => {
    const view = computeView(ix, EMPTY_FILTERS, null);
    expect(view.visible.length).toBe(10_000);
    expect(mapGroups(ix, view.visible).total + view.unlocated).toBe(10_000);
  });
});
