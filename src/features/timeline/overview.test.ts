import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/data-index';
import { fixtureRaw } from '../../data/test-fixture';
import { validateDataset } from '../../data/validate';
import { CATEGORY_IDS } from '../../data/vocabulary';
import {
  centreBrush,
  MIN_BRUSH_SPAN,
  moveBrush,
  overviewBins,
  overviewRange,
  overviewUnit,
  precisionTotals,
  resizeBrush,
  scaleBrush,
  timeToX,
  xToTime,
} from './overview';

const ix = buildIndex(validateDataset(fixtureRaw()).dataset);
const all = Uint32Array.from({ length: ix.n }, (_, i) => i);
const DAY = 86_400_000;
const range = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2030, 0, 1) };

describe('overviewBins', () => {
  it('counts every incident once, per year and category, over the whole range', () => {
    const r = overviewRange(ix);
    expect(r).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2027, 0, 1) });
    const bins = overviewBins(ix, all, range);
    expect(overviewUnit(range)).toBe('year');
    expect(bins).toHaveLength(10);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(ix.n);
    const y2022 = bins.find((b) => b.start === Date.UTC(2022, 0, 1))!;
    expect(y2022.total).toBe(2);
    expect(y2022.counts[CATEGORY_IDS.indexOf('protest')]).toBe(1);
    expect(y2022.counts[CATEGORY_IDS.indexOf('shutdown')]).toBe(1);
  });

  it('counts each bar by how precise its dates are: day, month, year or a range', () => {
    const bins = overviewBins(ix, all, range);
    const y2022 = bins.find((b) => b.start === Date.UTC(2022, 0, 1))!;
    // The fixture's 2022 incidents are dated 2022-01-02 and 2022-01-05/2022-01-10.
    expect([...y2022.precision]).toEqual([1, 0, 0, 1]);
    const y2026 = bins.find((b) => b.start === Date.UTC(2026, 0, 1))!;
    expect([...y2026.precision]).toEqual([0, 1, 0, 0]);
    // Over the whole range: one of each.
    expect(precisionTotals(bins)).toEqual([1, 1, 1, 1]);
  });

  it('uses months over a short range', () => {
    const short = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
    const bins = overviewBins(ix, all, short);
    expect(bins).toHaveLength(12);
    expect(bins[0]!.total).toBe(2);
  });
});

describe('the brush', () => {
  const w = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };

  it('maps time to pixels and back', () => {
    expect(timeToX(range.start, range, 500)).toBe(0);
    expect(timeToX(range.end, range, 500)).toBe(500);
    expect(xToTime(250, range, 500)).toBe((range.start + range.end) / 2);
  });

  it('moves keeping its span, and stops at the ends of the range', () => {
    const moved = moveBrush(w, 30 * DAY, range);
    expect(moved.end - moved.start).toBe(w.end - w.start);
    expect(moved.start).toBe(w.start + 30 * DAY);
    const early = moveBrush(w, -100 * 365 * DAY, range);
    expect(early.start).toBe(range.start);
    expect(early.end - early.start).toBe(w.end - w.start);
  });

  it('centres on a clicked time', () => {
    const t = Date.UTC(2026, 6, 1);
    const c = centreBrush(w, t, range);
    expect((c.start + c.end) / 2).toBe(t);
  });

  it('resizes by one edge and never collapses', () => {
    expect(resizeBrush(w, 'end', Date.UTC(2024, 0, 1), range)).toEqual({ start: w.start, end: Date.UTC(2024, 0, 1) });
    const tiny = resizeBrush(w, 'start', w.end + DAY, range);
    expect(tiny.end - tiny.start).toBe(MIN_BRUSH_SPAN);
    expect(scaleBrush(w, 0.5, range).end - scaleBrush(w, 0.5, range).start).toBe((w.end - w.start) / 2);
  });
});
