import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate';
import { FILES, type RawDataset } from '../data/dataset';
import { parseEdtf } from '../lib/edtf';
import { mulberry32, synthesizeIncidents, type SynthResult, type SynthReference } from './synth-core';

const DATA = new URL('../../data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));

let raw: Omit<RawDataset, 'incidents'>;
let ref: SynthReference;
let big: SynthResult;

beforeAll(() => {
  raw = {
    places: read(FILES.places),
    actors: read(FILES.actors),
    sources: read(FILES.sources),
    cases: read(FILES.cases),
  };
  const { dataset } = validateDataset({
    ...raw,
    incidents: { version: '1.0.0', updated: '2026-11-21', incidents: [] },
  });
  ref = {
    places: [...dataset.places.values()],
    actors: [...dataset.actors.values()],
    sources: [...dataset.sources.values()],
    cases: [...dataset.cases.values()],
  };
  big = synthesizeIncidents(ref, { count: 2000, seed: 1 });
});

describe('mulberry32', () => {
  it('repeats its stream for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe('synthesizeIncidents', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const once = JSON.stringify(synthesizeIncidents(ref, { count: 500, seed: 7 }));
    expect(JSON.stringify(synthesizeIncidents(ref, { count: 500, seed: 7 }))).toBe(once);
    expect(JSON.stringify(synthesizeIncidents(ref, { count: 500, seed: 8 }))).not.toBe(once);
  });

  it('produces records that all pass validation against the real reference data', () => {
    const { dataset, issues } = validateDataset({ ...raw, incidents: big });
    expect(issues).toEqual([]);
    expect(dataset.incidents).toHaveLength(2000);
  });

  it('gives unique, ordered slug ids in date order', () => {
    const ids = big.incidents.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^synth-000001-[a-z0-9-]+$/);
    const starts = big.incidents.map((i) => parseEdtf(i.date)!.start);
    expect(starts.every((s, k) => k === 0 || s >= starts[k - 1]!)).toBe(true);
  });

  it('has plausible distributions', () => {
    const n = big.incidents.length;
    const share = (pred: (i: SynthResult['incidents'][number]) => boolean) => big.incidents.filter(pred).length / n;
    const year = (i: { date: string }) => Number(i.date.slice(0, 4));

    // Recent years dominate, with a spike in 2022.
    expect(share((i) => year(i) >= 2016)).toBeGreaterThan(0.6);
    expect(share((i) => year(i) === 2022)).toBeGreaterThan(share((i) => year(i) === 2021) * 2);

    // Mostly day-precise, with some of every other precision; ranges end after they start.
    expect(share((i) => /^\d{4}-\d{2}-\d{2}$/.test(i.date))).toBeGreaterThan(0.55);
    for (const re of [/^\d{4}-\d{2}$/, /^\d{4}$/, /\//]) expect(share((i) => re.test(i.date))).toBeGreaterThan(0.03);
    for (const i of big.incidents.filter((x) => x.date.includes('/'))) {
      const [a, b] = i.date.split('/');
      expect(parseEdtf(b!)!.start).toBeGreaterThan(parseEdtf(a!)!.start);
    }

    // Common categories are common and killings are rare.
    const cat = (c: string) => share((i) => i.category === c);
    expect(cat('detention')).toBeGreaterThan(0.1);
    expect(cat('summons')).toBeGreaterThan(0.08);
    expect(cat('killing')).toBeLessThan(0.02);
    expect(cat('killing')).toBeLessThan(cat('detention') / 5);

    // About 8% without a place, and those say so.
    const unknown = share((i) => i.place === null);
    expect(unknown).toBeGreaterThan(0.05);
    expect(unknown).toBeLessThan(0.11);
    expect(big.incidents.filter((i) => i.place === null).every((i) => i.locationPrecision === 'unknown')).toBe(true);
    expect(share((i) => i.place === 'almaty')).toBeGreaterThan(share((i) => i.place === 'kostanay') * 3);

    // Exactly one source with one quote; a few disputes; some cases; 0-4 actors.
    expect(big.incidents.every((i) => i.sources.length === 1 && i.sources[0]!.quotes.length === 1)).toBe(true);
    const disputedIds = new Set(big.disputes.flatMap((d) => d.incidents));
    expect(big.disputes.every((d) => d.incidents.every((id) => big.incidents.some((i) => i.id === id)))).toBe(true);
    const disputed = share((i) => disputedIds.has(i.id));
    expect(disputed).toBeGreaterThan(0.01);
    expect(disputed).toBeLessThan(0.06);
    expect(share((i) => i.cases.length > 0)).toBeGreaterThan(0.1);
    expect(big.incidents.every((i) => i.actors.length <= 4)).toBe(true);
    expect(share((i) => i.actors.length === 0)).toBeGreaterThan(0);
  });

  it('never starts an incident after the dataset was updated', () => {
    const file = synthesizeIncidents(ref, { count: 3000, seed: 3, updated: '2026-03-15' });
    const limit = Date.UTC(2026, 2, 16);
    expect(file.incidents.every((i) => parseEdtf(i.date)!.start < limit)).toBe(true);
    expect(file.incidents.some((i) => i.date.startsWith('2026'))).toBe(true);
  });
});
