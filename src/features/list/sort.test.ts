import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { searchTerms } from '../../data/search-hits';
import { rankRows } from '../../data/search-rank';
import { shippedIndex } from '../../data/shipped-dataset.fixture';
import type { SortKey } from '../../store/slices/ui';
import { sortIndices } from './sort';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const order = (key: SortKey, dir: 'asc' | 'desc' = 'asc', relevance: Uint8Array | null = null) =>
  [...sortIndices(ix, all, { key, dir }, 'en', (c) => c, relevance)].map((i) => ix.ids[i]);

/** Relevance groups by incident id, as a search would have ranked them. */
const ranked = (groups: Record<string, number>) => {
  const rank = new Uint8Array(ix.n).fill(3);
  for (const [id, g] of Object.entries(groups)) rank[ix.idToIndex.get(id)!] = g;
  return rank;
};

describe('sortIndices', () => {
  it('sorts by date both ways', () => {
    expect(order('date')).toEqual([
      'zhanaozen-protest-2022',
      'almaty-shutdown-2022',
      'unknown-place-2025',
      'mangystau-summons-2026',
    ]);
    expect(order('date', 'desc')[0]).toBe('mangystau-summons-2026');
  });

  it('sorts by title with a collator', () => {
    expect(order('title')).toEqual([
      'unknown-place-2025',
      'mangystau-summons-2026',
      'almaty-shutdown-2022',
      'zhanaozen-protest-2022',
    ]);
  });

  it('puts unknown places last', () => {
    expect(order('place').at(-1)).toBe('unknown-place-2025');
    expect(order('place')[0]).toBe('almaty-shutdown-2022');
  });

  it('sorts by category label', () => {
    expect(order('category')[0]).toBe('unknown-place-2025');
  });

  it('orders by relevance group, each group in date order', () => {
    const rank = ranked({ 'unknown-place-2025': 2, 'mangystau-summons-2026': 0 });
    expect(order('relevance', 'asc', rank)).toEqual([
      'mangystau-summons-2026',
      'unknown-place-2025',
      'zhanaozen-protest-2022',
      'almaty-shutdown-2022',
    ]);
    expect(order('relevance', 'desc', rank)).toEqual([
      'almaty-shutdown-2022',
      'zhanaozen-protest-2022',
      'unknown-place-2025',
      'mangystau-summons-2026',
    ]);
  });

  it('reads relevance without a search as the date order', () => {
    expect(order('relevance')).toEqual(order('date'));
    expect(order('relevance', 'desc')[0]).toBe('mangystau-summons-2026');
  });

  it('leaves the other orders alone when a search has ranked the rows', () => {
    const rank = ranked({ 'almaty-shutdown-2022': 0 });
    expect(order('title', 'asc', rank)).toEqual(order('title'));
  });
});

describe('relevance on the shipped dataset', () => {
  const shipped = shippedIndex();
  const terms = searchTerms('Алматы');
  const m = shipped.matchText(terms);
  const rows = Uint32Array.from({ length: shipped.n }, (_, i) => i).filter((i) => m[i] === 1);
  const { rank } = rankRows(shipped, rows, terms);
  const ids = [...sortIndices(shipped, rows, { key: 'relevance', dir: 'asc' }, 'en', (c) => c, rank)].map(
    (i) => shipped.ids[i],
  );

  it('lists the 16 incidents placed in Almaty (or its region) first, oldest first', () => {
    expect(ids.slice(0, 3)).toEqual([
      '1986-12-rumours-jeltoqsan-protesters-bribed-with-vodka',
      '1986-12-17-almaty-jeltoqsan-protests',
      '1986-12-almaty-jeltoqsan-protests-suppressed-in-massacre',
    ]);
    expect(ids.slice(14, 16)).toEqual([
      '2026-01-16-talgar-police-tell-rakizhan-to-delete-posts',
      '2026-01-talgar-police-visit-rakizhan-parents',
    ]);
  });

  it('then those naming an actor called so, then titles, then the rest', () => {
    expect(ids[16]).toBe('2011-12-zhanaozen-police-shoot-striking-oil-workers');
    expect(ids[26]).toBe('2026-01-17-astana-and-karaganda-police-tell-kazbay-and-suleimenov-to-delete-content');
    expect(ids[27]).toBe('2022-01-almaty-shooting-near-city-hall');
    expect(ids[28]).toBe('1992-kazfem-publishes-yudol-and-organises-march-8-demonstrations');
    expect(ids).toHaveLength(51);
  });
});

describe('sortIndices over any subset', () => {
  const big = shippedIndex();
  // The definition, as a comparison sort: what the one-pass ordering must equal.
  const byDefinition = (visible: number[], dir: 1 | -1, groups: Uint8Array | null) =>
    [...visible].sort(
      (a, b) =>
        dir *
        ((groups ? groups[a]! - groups[b]! : 0) || big.start[a]! - big.start[b]! || big.end[a]! - big.end[b]! || a - b),
    );

  it('gives the date and relevance orders of their definition, both ways', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: big.n - 1 }), { maxLength: big.n }),
        fc.boolean(),
        fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: big.n, maxLength: big.n })),
        (visible, asc, groupList) => {
          const groups = groupList ? Uint8Array.from(groupList) : null;
          const dir = asc ? 1 : -1;
          const got = sortIndices(
            big,
            Uint32Array.from(visible),
            { key: groups ? 'relevance' : 'date', dir: asc ? 'asc' : 'desc' },
            'en',
            (c) => c,
            groups,
          );
          expect([...got]).toEqual(byDefinition(visible, dir, groups));
        },
      ),
      { numRuns: 150 },
    );
  });
});
