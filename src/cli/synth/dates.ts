/** When synthetic incidents happen, and how precisely their dates are given. */
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../../lib/edtf';
import { table, type Rng, type Table } from './random';

export const DAY = 86_400_000;

/** Relative weight of each year; the spikes are the years the real sources dwell on. */
export const YEAR_WEIGHT: Record<number, number> = {
  1986: 4,
  2010: 3,
  2011: 10,
  2012: 5,
  2016: 10,
  2019: 13,
  2020: 8,
  2021: 9,
  2022: 30,
  2023: 12,
  2024: 13,
  2025: 20,
  2026: 22,
};

export function yearWeight(y: number): number {
  const w = YEAR_WEIGHT[y];
  if (w !== undefined) return w;
  if (y < 1991) return 0.6;
  if (y < 2000) return 1;
  if (y < 2010) return 1.5 + (y - 2000) * 0.15;
  return 4.5;
}

/** The month an event year's incidents cluster in (Jeltoqsan, Zhanaozen, land protests, election, Qandy Qantar). */
export const SPIKE_MONTH: Record<number, number> = { 1986: 12, 2011: 12, 2016: 5, 2019: 6, 2022: 1, 2026: 1 };
export const SPIKE_SHARE = 0.55;

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isoDay = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
/** A month counted from year 0 (year * 12 + month0), as YYYY-MM. */
export const isoMonth = (monthIndex: number) => `${Math.floor(monthIndex / 12)}-${pad((monthIndex % 12) + 1)}`;

export interface DateContext {
  years: Table<number>;
  firstDay: number;
  lastDay: number;
}

export function dateContext(updated: string): DateContext {
  const first = Date.UTC(DATASET_FIRST_YEAR, 0, 1);
  const last = Date.UTC(DATASET_LAST_YEAR + 1, 0, 1) - DAY;
  const u = parseEdtf(updated);
  // A record dated after the dataset's own "updated" day would be an obvious fake.
  const lastDay = u ? Math.min(last, Math.max(first, u.end - DAY)) : last;
  const lastYear = new Date(lastDay).getUTCFullYear();
  const years: [number, number][] = [];
  for (let y = DATASET_FIRST_YEAR; y <= lastYear; y++) years.push([y, yearWeight(y)]);
  return { years: table(years), firstDay: first, lastDay };
}

export function sampleDay(rng: Rng, ctx: DateContext): number {
  const year = rng.weighted(ctx.years);
  let from = Date.UTC(year, 0, 1);
  let to = Math.min(Date.UTC(year + 1, 0, 1) - DAY, ctx.lastDay);
  const spike = SPIKE_MONTH[year];
  if (spike !== undefined && rng.chance(SPIKE_SHARE)) {
    const monthStart = Date.UTC(year, spike - 1, 1);
    if (monthStart <= ctx.lastDay) {
      from = monthStart;
      to = Math.min(Date.UTC(year, spike, 1) - DAY, ctx.lastDay);
    }
  }
  return from + rng.int(0, Math.round((to - from) / DAY)) * DAY;
}

export type Precision = 'day' | 'month' | 'year' | 'range';
export const PRECISIONS = table<Precision>([
  ['day', 68],
  ['month', 14],
  ['year', 8],
  ['range', 10],
]);

/** An EDTF date around `day`; ranges always end after they start and stay inside the dataset's years. */
export function dateText(rng: Rng, ctx: DateContext, day: number, precision: Precision): string {
  const d = new Date(day);
  const year = d.getUTCFullYear();
  if (precision === 'day') return isoDay(day);
  if (precision === 'month') return isoMonth(year * 12 + d.getUTCMonth());
  if (precision === 'year') return String(year);
  const lastDate = new Date(ctx.lastDay);
  const kind = rng.float();
  if (kind < 0.7) {
    // Most ranges are a few days of an ongoing event: skewed short.
    const span = Math.min(90, 1 + Math.floor(-Math.log(1 - rng.float()) * 6));
    let start = day;
    let end = day + span * DAY;
    if (end > ctx.lastDay) {
      end = ctx.lastDay;
      start = Math.max(ctx.firstDay, end - span * DAY);
    }
    return `${isoDay(start)}/${isoDay(end)}`;
  }
  if (kind < 0.9) {
    const span = rng.int(1, 6);
    const lastMonth = lastDate.getUTCFullYear() * 12 + lastDate.getUTCMonth();
    let endMonth = Math.min(year * 12 + d.getUTCMonth() + span, lastMonth);
    let startMonth = endMonth - span;
    if (startMonth < DATASET_FIRST_YEAR * 12) {
      startMonth = DATASET_FIRST_YEAR * 12;
      endMonth = startMonth + span;
    }
    return `${isoMonth(startMonth)}/${isoMonth(endMonth)}`;
  }
  const span = rng.int(1, 4);
  const endYear = Math.min(year + span, lastDate.getUTCFullYear());
  const startYear = Math.max(DATASET_FIRST_YEAR, endYear - span);
  return `${startYear}/${Math.max(endYear, startYear + 1)}`;
}

export const DATE_NOTES: Record<Exclude<Precision, 'day'>, string[]> = {
  month: ['The source gives the month but not the day.', 'Dated by the month the article reports.'],
  year: ['The source gives only the year.', 'The article places this in the year without a closer date.'],
  range: ['The source reports this over several days.', 'The article gives a period, not a single day.'],
};
