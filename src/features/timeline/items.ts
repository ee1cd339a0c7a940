/**
 * What the timeline shows, as plain data. Day-precise incidents are points;
 * month, year and range dates are spans covering their whole uncertainty.
 */
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import type { GroupBy } from '../../store/slices/ui';
import { pick } from '../../data/localized';
import type { UiLang } from '../../lib/langs';

export interface ItemSpec {
  id: string;
  start: number;
  /** Only for spans. */
  end?: number;
  type: 'point' | 'range';
  category: string;
  group?: string;
  label: string;
}

export const NO_REGION_GROUP = 'no-place';

export function groupKey(ix: DataIndex, i: number, groupBy: GroupBy): string | undefined {
  if (groupBy === 'none') return undefined;
  if (groupBy === 'category') return CATEGORY_IDS[ix.category[i]!];
  const r = ix.region[i]!;
  const p = ix.place[i]!;
  if (r >= 0) return ix.placeIds[r];
  if (p >= 0) return ix.placeIds[p];
  return NO_REGION_GROUP;
}

export function itemSpecs(ix: DataIndex, visible: Uint32Array, groupBy: GroupBy, lang: UiLang = 'en'): ItemSpec[] {
  const out: ItemSpec[] = [];
  for (const i of visible) {
    const d = ix.date(i);
    const point = d.precision === 'day';
    const spec: ItemSpec = {
      id: ix.ids[i]!,
      start: d.start,
      type: point ? 'point' : 'range',
      category: CATEGORY_IDS[ix.category[i]!]!,
      label: pick(ix.title(i), lang),
    };
    if (!point) spec.end = d.end;
    const group = groupKey(ix, i, groupBy);
    if (group !== undefined) spec.group = group;
    out.push(spec);
  }
  return out;
}

/** Above this many visible incidents the timeline shows counts per time bin instead of items. */
export const ITEM_LIMIT = 300;

export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'lustrum' | 'decade';

export interface BinSpec {
  id: string;
  start: number;
  end: number;
  count: number;
  group?: string;
}

const DAY = 86_400_000;
/** Roughly how many bins fit across the window. */
const TARGET_BINS = 60;

const APPROX: [BinUnit, number][] = [
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 30.44 * DAY],
  ['quarter', 91.3 * DAY],
  ['year', 365.25 * DAY],
  ['lustrum', 5 * 365.25 * DAY],
  ['decade', 10 * 365.25 * DAY],
];

export function binUnitFor(span: number): BinUnit {
  for (const [unit, ms] of APPROX) if (span / ms <= TARGET_BINS) return unit;
  return 'decade';
}

/** The last bin (by ascending start) that starts at or before t; 0 when t comes before them all. */
export function binIndex(starts: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the calendar bin containing t (UTC). */
export function binStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return Date.UTC(y, m, d.getUTCDate());
    case 'week': {
      // Weeks start on Monday (ISO 8601).
      const day = Date.UTC(y, m, d.getUTCDate());
      return day - ((d.getUTCDay() + 6) % 7) * DAY;
    }
    case 'month':
      return Date.UTC(y, m, 1);
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1);
    case 'year':
      return Date.UTC(y, 0, 1);
    case 'lustrum':
      return Date.UTC(y - (((y % 5) + 5) % 5), 0, 1);
    case 'decade':
      return Date.UTC(y - (((y % 10) + 10) % 10), 0, 1);
  }
}

export function binEnd(start: number, unit: BinUnit): number {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day':
      return start + DAY;
    case 'week':
      return start + 7 * DAY;
    case 'month':
      return Date.UTC(y, m + 1, 1);
    case 'quarter':
      return Date.UTC(y, m + 3, 1);
    case 'year':
      return Date.UTC(y + 1, 0, 1);
    case 'lustrum':
      return Date.UTC(y + 5, 0, 1);
    case 'decade':
      return Date.UTC(y + 10, 0, 1);
  }
}

/**
 * Counts the visible incidents per calendar bin (and per group). An incident
 * counts in the bin where it starts, or where the window starts if it began
 * earlier, so every visible incident is counted exactly once.
 */
export function binSpecs(
  ix: DataIndex,
  visible: Uint32Array,
  window: { start: number; end: number },
  groupBy: GroupBy,
): { unit: BinUnit; bins: BinSpec[] } {
  const unit = binUnitFor(window.end - window.start);
  // The window's bins once, then a binary search per incident: no Date and no string per incident, which at
  // 100,000 visible incidents cost more than the rest of a filter change.
  const starts: number[] = [];
  for (let t = binStart(window.start, unit); t <= window.end; t = binEnd(t, unit)) starts.push(t);
  const groups = new Map<string | undefined, Uint32Array>();
  for (const i of visible) {
    const k = binIndex(starts, Math.max(ix.start[i]!, window.start));
    const group = groupKey(ix, i, groupBy);
    let counts = groups.get(group);
    if (!counts) groups.set(group, (counts = new Uint32Array(starts.length)));
    counts[k]!++;
  }
  const bins: BinSpec[] = [];
  for (const [group, counts] of groups) {
    counts.forEach((count, k) => {
      if (count === 0) return;
      const start = starts[k]!;
      const spec: BinSpec = { id: `bin:${group ?? ''}:${start}`, start, end: binEnd(start, unit), count };
      if (group !== undefined) spec.group = group;
      bins.push(spec);
    });
  }
  return { unit, bins: bins.sort((a, b) => a.start - b.start) };
}
