import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { sortIndices } from './sort';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const order = (key: 'date' | 'title' | 'place' | 'category', dir: 'asc' | 'desc' = 'asc') =>
  [...sortIndices(ix, all, { key, dir }, 'en', (c) => c)].map((i) => ix.ids[i]);

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
});
