/** How many people a synthetic incident involves. */
import type { Incident } from '../../data/schema';
import type { CategoryId } from '../../data/vocabulary';
import { table, type Rng } from './random';

export function peopleFor(rng: Rng, category: CategoryId): Incident['people'] {
  const ranges: Partial<Record<CategoryId, [number, number]>> = {
    protest: [10, 5000],
    detention: [1, 200],
    killing: [1, 30],
    violence: [1, 50],
    summons: [1, 12],
  };
  const range = ranges[category];
  if (!range || !rng.chance(0.3)) return undefined;
  // Log-uniform: small numbers are far more common than large ones.
  const [lo, hi] = range;
  const count = Math.round(Math.exp(Math.log(lo) + rng.float() * (Math.log(hi) - Math.log(lo))));
  const qualifier = rng.weighted(QUALIFIERS);
  return { count, qualifier };
}

export const QUALIFIERS = table<'exactly' | 'at-least' | 'about' | 'up-to'>([
  ['exactly', 5],
  ['at-least', 3],
  ['about', 3],
  ['up-to', 1],
]);
