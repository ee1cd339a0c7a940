/** Dates and numbers for people, per language, always in UTC so a day never shifts. */
import type { ParsedDate } from './edtf';

type Unit = 'day' | 'month' | 'year';

const OPTIONS: Record<Unit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const SHORT: Record<Unit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, unit: Unit, short = false): Intl.DateTimeFormat {
  const key = `${lang}|${unit}|${short}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, (short ? SHORT : OPTIONS)[unit]);
    cache.set(key, f);
  }
  return f;
}

const coarser = (a: Unit, b: Unit): Unit =>
  a === 'year' || b === 'year' ? 'year' : a === 'month' || b === 'month' ? 'month' : 'day';

/** "12 January 2026", "January 2026", "2025", "12–19 January 2026". */
export function formatIncidentDate(d: ParsedDate, lang: string, short = false): string {
  if (d.precision !== 'range') return formatter(lang, d.startUnit, short).format(d.start);
  const unit = coarser(d.startUnit, d.endUnit);
  return formatter(lang, unit, short).formatRange(d.start, d.end - 1);
}

/** A window of time for the "Showing N of M" line: "Jan 2022 – Feb 2022". */
export function formatWindow(start: number, end: number, lang: string): string {
  const span = end - start;
  const unit: Unit = span > 3 * 365 * 86_400_000 ? 'year' : span > 40 * 86_400_000 ? 'month' : 'day';
  return formatter(lang, unit, true).formatRange(start, end - 1);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** ISO day for links and exports. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
