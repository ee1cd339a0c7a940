/**
 * Dates as readers write them, to the EDTF subset of `lib/edtf.ts`, never more
 * precise than written: "March 2024" stays `2024-03`, "2024" stays `2024`.
 *
 * Read: ISO and partial ISO (`2024`, `2024-03`, `2024-03-15`, also with a time,
 * which is dropped), EDTF ranges `A/B`, `2024/03/15`, `15.03.2024` and
 * `03.2024` (a dot always means day first), `03/2024`, month names in English,
 * Russian and Kazakh (`15 March 2024`, `March 15, 2024`, `Mar 2024`,
 * `15 марта 2024 г.`, `наурыз 2024`), and ranges of two of these joined by a
 * dash or "to" (`15.03.2024 – 20.03.2024`).
 *
 * `15/03/2024` and `03/15/2024` (or with dashes): the order is clear when one
 * number is over 12. When both are 12 or less, the column decides: if its
 * other rows show one order and never the other (see `dateOrderEvidence`), that
 * order is used; otherwise the cell is `date-ambiguous`, never a guess.
 */
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../../lib/edtf.ts';
import { KK_MONTHS } from '../../lib/format.ts';

export type DateOrder = 'dmy' | 'mdy';

export type DateResult =
  | { ok: true; edtf: string; timeDropped: boolean }
  | { ok: false; code: 'date-unreadable' | 'date-ambiguous' | 'date-out-of-range' | 'date-range-reversed' };

interface Single {
  y: number;
  m?: number;
  d?: number;
}

type SingleResult = Single | 'ambiguous' | null;

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Russian months: nominative, then genitive ("15 марта"). */
const RU_MONTHS = [
  ['январь', 'января'],
  ['февраль', 'февраля'],
  ['март', 'марта'],
  ['апрель', 'апреля'],
  ['май', 'мая'],
  ['июнь', 'июня'],
  ['июль', 'июля'],
  ['август', 'августа'],
  ['сентябрь', 'сентября'],
  ['октябрь', 'октября'],
  ['ноябрь', 'ноября'],
  ['декабрь', 'декабря'],
];

const MONTH_WORDS = new Map<string, number>();
EN_MONTHS.forEach((name, k) => {
  MONTH_WORDS.set(name, k + 1);
  MONTH_WORDS.set(name.slice(0, 3), k + 1);
});
MONTH_WORDS.set('sept', 9);
RU_MONTHS.forEach((names, k) => {
  for (const name of names) MONTH_WORDS.set(name, k + 1);
  MONTH_WORDS.set(names[0]!.slice(0, 3), k + 1);
});
MONTH_WORDS.set('сент', 9);
KK_MONTHS.forEach((name, k) => MONTH_WORDS.set(name, k + 1));

/** A month word, with Kazakh case endings ("наурызда") allowed. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const exact = MONTH_WORDS.get(w);
  if (exact !== undefined) return exact;
  const k = KK_MONTHS.findIndex((name) => w.startsWith(name));
  return k >= 0 ? k + 1 : undefined;
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const ISO_TIME = /^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/;
const DMY_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MY = /^(\d{1,2})[./](\d{4})$/;
const AB_Y = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const D_MONTH_Y = /^(\d{1,2})(?:\s+|-|\/|\s*\.\s*)(\p{L}+)\.?,?(?:\s+|-|\/)(\d{4})$/u;
const MONTH_D_Y = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
const MONTH_Y = /^(\p{L}+)\.?,?(?:\s+|-|\/)(\d{4})$/u;
/** "г.", "года", "ж." after a year, "в" before a month: words around a date that say nothing more. */
const YEAR_WORD = /\s*(?:г\.?|года?|ж\.?|жыл(?:ы|ғы)?)$/u;

function single(text: string, order: DateOrder | null): SingleResult {
  let m = ISO.exec(text);
  if (m) return withParts(Number(m[1]), m[2], m[3]);
  if ((m = YMD_SLASH.exec(text))) return withParts(Number(m[1]), m[2], m[3]);
  if ((m = DMY_DOT.exec(text))) return withParts(Number(m[3]), m[2], m[1]);
  if ((m = MY.exec(text))) return withParts(Number(m[2]), m[1], undefined);
  if ((m = AB_Y.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12 && b > 12) return null;
    const use: DateOrder | null = a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : order;
    if (use === null) return 'ambiguous';
    return use === 'dmy' ? withParts(y, m[2], m[1]) : withParts(y, m[1], m[2]);
  }
  if ((m = D_MONTH_Y.exec(text))) {
    const month = monthOf(m[2]!);
    return month === undefined ? null : withParts(Number(m[3]), String(month), m[1]);
  }
  if ((m = MONTH_D_Y.exec(text))) {
    const month = monthOf(m[1]!);
    return month === undefined ? null : withParts(Number(m[3]), String(month), m[2]);
  }
  if ((m = MONTH_Y.exec(text))) {
    const month = monthOf(m[1]!);
    return month === undefined ? null : withParts(Number(m[2]), String(month), undefined);
  }
  return null;
}

function withParts(y: number, month: string | undefined, day: string | undefined): Single | null {
  if (month === undefined) return { y };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return { y, m };
  const d = Number(day);
  const at = new Date(Date.UTC(y, m - 1, d));
  if (d < 1 || at.getUTCMonth() !== m - 1) return null;
  return { y, m, d };
}

const pad = (n: number) => String(n).padStart(2, '0');

function edtfOf(s: Single): string {
  return s.m === undefined ? String(s.y) : s.d === undefined ? `${s.y}-${pad(s.m)}` : `${s.y}-${pad(s.m)}-${pad(s.d)}`;
}

/** Splits "A – B", "A - B", "A to B", "с A по B" into its two dates; a bare hyphen only with spaces around it. */
const RANGE_SPLIT = /\s+(?:–|—|-|to|until|по|до)\s+|\s*[–—]\s*/u;

function clean(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:с|from|c)\s+/iu, '')
    .replace(YEAR_WORD, '');
}

function readSingle(raw: string, order: DateOrder | null): { result: SingleResult; timeDropped: boolean } {
  const text = clean(raw);
  const timed = ISO_TIME.exec(text);
  if (timed) return { result: single(timed[1]!, order), timeDropped: true };
  return { result: single(text, order), timeDropped: false };
}

function inSpan(edtf: string): boolean {
  const parsed = parseEdtf(edtf);
  if (!parsed) return false;
  return parsed.start >= Date.UTC(DATASET_FIRST_YEAR, 0, 1) && parsed.end <= Date.UTC(DATASET_LAST_YEAR + 1, 0, 1);
}

/** One date cell to EDTF. `order` is the column's day/month order, when its other rows settle it. */
export function parseDateCell(raw: string, order: DateOrder | null = null): DateResult {
  const text = clean(raw);
  if (text === '') return { ok: false, code: 'date-unreadable' };
  let a: { result: SingleResult; timeDropped: boolean };
  let b: { result: SingleResult; timeDropped: boolean } | null = null;
  const slash = text.split('/');
  if (slash.length === 2 && ISO.test(slash[0]!.trim()) && ISO.test(slash[1]!.trim())) {
    a = readSingle(slash[0]!, order);
    b = readSingle(slash[1]!, order);
  } else {
    const parts = text.split(RANGE_SPLIT);
    if (parts.length === 2) {
      a = readSingle(parts[0]!, order);
      b = readSingle(parts[1]!, order);
    } else a = readSingle(text, order);
  }
  if (a.result === 'ambiguous' || b?.result === 'ambiguous') return { ok: false, code: 'date-ambiguous' };
  if (a.result === null || (b !== null && b.result === null)) return { ok: false, code: 'date-unreadable' };
  const start = edtfOf(a.result);
  const timeDropped = a.timeDropped || (b?.timeDropped ?? false);
  let edtf = start;
  if (b !== null && b.result !== null) {
    const end = edtfOf(b.result);
    if (end !== start) {
      const ps = parseEdtf(start)!;
      const pe = parseEdtf(end)!;
      if (pe.end <= ps.start) return { ok: false, code: 'date-range-reversed' };
      edtf = `${start}/${end}`;
    }
  }
  if (!parseEdtf(edtf)) return { ok: false, code: 'date-unreadable' };
  if (!inSpan(edtf)) return { ok: false, code: 'date-out-of-range' };
  return { ok: true, edtf, timeDropped };
}

/**
 * What one cell says about its column's day/month order: `dmy` for "25/03/2024",
 * `mdy` for "03/25/2024", null when it says nothing (both numbers 12 or less,
 * or another form).
 */
export function dateOrderEvidence(raw: string): DateOrder | null {
  let found: DateOrder | null = null;
  for (const part of clean(raw).split(RANGE_SPLIT)) {
    const m = AB_Y.exec(clean(part));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) found = 'dmy';
    else if (b > 12 && a <= 12) found = 'mdy';
  }
  return found;
}

/** The column's order: the one its rows show, or null when they show none or both. */
export function columnDateOrder(cells: Iterable<string>): DateOrder | null {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const e = dateOrderEvidence(cell);
    if (e === 'dmy') dmy = true;
    else if (e === 'mdy') mdy = true;
    if (dmy && mdy) return null;
  }
  return dmy ? 'dmy' : mdy ? 'mdy' : null;
}
