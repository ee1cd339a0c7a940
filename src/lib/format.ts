/** Dates and numbers for people, per language, always in UTC so a day never shifts. */
import type { ParsedDate } from './edtf.ts';

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

// Some browsers ship ICU without Kazakh month names (they print "2026 M01 16"),
// so Kazakh dates are spelled out here, following the CLDR pattern "y 'ж'. d MMMM".
export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const KK_SHORT = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];

function kkDate(t: number, unit: Unit, short: boolean): string {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const month = (short ? KK_SHORT : KK_MONTHS)[d.getUTCMonth()];
  if (unit === 'year') return String(y);
  if (unit === 'month') return `${y} ж. ${month}`;
  return `${y} ж. ${d.getUTCDate()} ${month}`;
}

function kkRange(a: number, b: number, unit: Unit, short: boolean): string {
  const da = new Date(a);
  const db = new Date(b);
  const sameYear = da.getUTCFullYear() === db.getUTCFullYear();
  if (unit === 'day' && sameYear && da.getUTCMonth() === db.getUTCMonth()) {
    if (da.getUTCDate() === db.getUTCDate()) return kkDate(a, unit, short);
    const month = (short ? KK_SHORT : KK_MONTHS)[da.getUTCMonth()];
    return `${da.getUTCFullYear()} ж. ${da.getUTCDate()}–${db.getUTCDate()} ${month}`;
  }
  const left = kkDate(a, unit, short);
  const right = kkDate(b, unit, short);
  return left === right ? left : `${left} – ${right}`;
}

/** A month's name ("Mar", "марта" → "март"), in the reader's language; month is 0-based. */
export function monthName(month: number, lang: string, short = true): string {
  if (lang === 'kk') return (short ? KK_SHORT : KK_MONTHS)[month] ?? '';
  const key = `${lang}|month-name|${short}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { month: short ? 'short' : 'long', timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f.format(Date.UTC(2000, month, 15));
}

const coarser = (a: Unit, b: Unit): Unit =>
  a === 'year' || b === 'year' ? 'year' : a === 'month' || b === 'month' ? 'month' : 'day';

/** "12 January 2026", "January 2026", "2025", "12–19 January 2026". */
export function formatIncidentDate(d: ParsedDate, lang: string, short = false): string {
  if (lang === 'kk') {
    if (d.precision !== 'range') return kkDate(d.start, d.startUnit, short);
    return kkRange(d.start, d.end - 1, coarser(d.startUnit, d.endUnit), short);
  }
  if (d.precision !== 'range') return formatter(lang, d.startUnit, short).format(d.start);
  const unit = coarser(d.startUnit, d.endUnit);
  return formatter(lang, unit, short).formatRange(d.start, d.end - 1);
}

/** A window of time for the "Showing N of M" line: "Jan 2022 – Feb 2022". */
export function formatWindow(start: number, end: number, lang: string): string {
  const span = end - start;
  const unit: Unit = span > 3 * 365 * 86_400_000 ? 'year' : span > 40 * 86_400_000 ? 'month' : 'day';
  if (lang === 'kk') return kkRange(start, end - 1, unit, true);
  return formatter(lang, unit, true).formatRange(start, end - 1);
}

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** ISO day for links and exports. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
