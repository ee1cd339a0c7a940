import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { binEnd, binSpecs, binStart, binUnitFor, groupKey, itemSpecs } from './items';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const DAY = 86_400_000;

describe('itemSpecs', () => {
  it('draws day-precise incidents as points and the rest as spans over their whole uncertainty', () => {
    const specs = Object.fromEntries(itemSpecs(ix, all, 'none').map((s) => [s.id, s]));
    expect(specs['zhanaozen-protest-2022']).toMatchObject({ type: 'point', start: Date.UTC(2022, 0, 2) });
    expect(specs['zhanaozen-protest-2022']?.end).toBeUndefined();
    expect(specs['mangystau-summons-2026']).toMatchObject({
      type: 'range',
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2026, 1, 1),
    });
    expect(specs['unknown-place-2025']).toMatchObject({ type: 'range', end: Date.UTC(2026, 0, 1) });
  });

  it('assigns groups by category or by region', () => {
    const byCat = itemSpecs(ix, all, 'category').map((s) => s.group);
    expect(byCat).toEqual(['protest', 'shutdown', 'summons', 'content-removal']);
    const byRegion = itemSpecs(ix, all, 'region').map((s) => s.group);
    expect(byRegion).toEqual(['mangystau-region', 'almaty', 'mangystau-region', 'no-place']);
  });
});

describe('bins', () => {
  it('picks a unit that keeps the bin count readable', () => {
    expect(binUnitFor(30 * DAY)).toBe('day');
    expect(binUnitFor(365 * DAY)).toBe('week');
    expect(binUnitFor(4 * 365 * DAY)).toBe('month');
    expect(binUnitFor(41 * 365 * DAY)).toBe('year');
  });

  it('aligns bins to the calendar', () => {
    const t = Date.UTC(2022, 4, 18, 13); // a Wednesday
    expect(binStart(t, 'week')).toBe(Date.UTC(2022, 4, 16));
    expect(binStart(t, 'quarter')).toBe(Date.UTC(2022, 3, 1));
    expect(binStart(t, 'lustrum')).toBe(Date.UTC(2020, 0, 1));
    expect(binEnd(Date.UTC(2022, 11, 1), 'month')).toBe(Date.UTC(2023, 0, 1));
  });

  it('counts every visible incident exactly once, per group', () => {
    const w = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2027, 0, 1) };
    const { unit, bins } = binSpecs(ix, all, w, 'none');
    expect(unit).toBe('quarter');
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(ix.n);
    expect(bins.find((b) => b.start === Date.UTC(2022, 0, 1))?.count).toBe(2);
    const grouped = binSpecs(ix, all, w, 'category').bins;
    expect(grouped).toHaveLength(4);
    expect(new Set(grouped.map((b) => b.id)).size).toBe(4);
  });

  it('puts incidents that began before the window into its first bin', () => {
    const w = { start: Date.UTC(2025, 6, 1), end: Date.UTC(2026, 6, 1) };
    const { bins } = binSpecs(ix, Uint32Array.of(ix.idToIndex.get('unknown-place-2025')!), w, 'none');
    expect(bins[0]?.start).toBe(binStart(w.start, 'week'));
  });

  it('puts each incident in the calendar bin its start falls in, at every unit', () => {
    for (const years of [0.05, 0.5, 3, 12, 45]) {
      const w = { start: Date.UTC(2021, 10, 3, 7), end: Date.UTC(2021, 10, 3, 7) + years * 365.25 * DAY };
      // What the timeline hands it: incidents that have begun by the window's end.
      const inWindow = all.filter((i) => ix.start[i]! <= w.end);
      const { unit, bins } = binSpecs(ix, inWindow, w, 'region');
      const expected = new Map<string, number>();
      for (const i of inWindow) {
        const id = `bin:${groupKey(ix, i, 'region')}:${binStart(Math.max(ix.start[i]!, w.start), unit)}`;
        expected.set(id, (expected.get(id) ?? 0) + 1);
      }
      expect(new Map(bins.map((b) => [b.id, b.count]))).toEqual(expected);
      const starts = bins.map((b) => b.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
