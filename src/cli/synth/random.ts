/** Seeded randomness and weighted tables for the synthetic data generator. */

/** mulberry32: tiny, fast and good enough for test data; the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Table<T> {
  items: T[];
  cumulative: Float64Array;
}

export function table<T>(entries: [T, number][]): Table<T> {
  const kept = entries.filter(([, w]) => w > 0);
  const cumulative = new Float64Array(kept.length);
  let sum = 0;
  kept.forEach(([, w], k) => (cumulative[k] = sum += w));
  return { items: kept.map(([item]) => item), cumulative };
}

export class Rng {
  constructor(private readonly next: () => number) {}

  float(): number {
    return this.next();
  }

  /** Inclusive on both ends. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(t: Table<T>): T {
    const total = t.cumulative[t.cumulative.length - 1] ?? 0;
    const x = this.next() * total;
    let lo = 0;
    let hi = t.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    const item = t.items[lo];
    if (item === undefined) throw new Error('weighted pick from an empty table');
    return item;
  }
}
