/**
 * A deliberately small subset of EDTF (ISO 8601-2) that is enough to state
 * honestly what a source says about *when* something happened:
 *
 *   2022-01-05            a day
 *   2026-01               a month, day unknown
 *   2025                  a year, month unknown
 *   2026-01-12/2026-01-19 a range between two dates of any of the above precisions
 *
 * We never widen a date into a fake day: "January 2026" stays a month and is
 * drawn as a span covering the whole month.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export interface ParsedDate {
  /** Inclusive start, epoch ms UTC. */
  start: number;
  /** Exclusive end, epoch ms UTC (start of the unit after the last one covered). */
  end: number;
  precision: DatePrecision;
  /** Precision of each end; for a single date both equal `precision`. */
  startUnit: 'day' | 'month' | 'year';
  endUnit: 'day' | 'month' | 'year';
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Single {
  start: number;
  end: number;
  unit: 'day' | 'month' | 'year';
}

function parseSingle(text: string): Single | null {
  const m = SINGLE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), unit: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), unit: 'month' };
  }
  const day = Number(m[3]);
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls 2025-02-30 over into March; reject it instead.
  if (day < 1 || new Date(start).getUTCMonth() !== month - 1) return null;
  return { start, end: start + 86_400_000, unit: 'day' };
}

/** Returns null when the text is not a date of the supported subset. */
export function parseEdtf(text: string): ParsedDate | null {
  const parts = text.split('/');
  if (parts.length === 1) {
    const s = parseSingle(text);
    return s && { start: s.start, end: s.end, precision: s.unit, startUnit: s.unit, endUnit: s.unit };
  }
  if (parts.length !== 2) return null;
  const a = parseSingle(parts[0] ?? '');
  const b = parseSingle(parts[1] ?? '');
  if (!a || !b || b.end <= a.start) return null;
  return { start: a.start, end: b.end, precision: 'range', startUnit: a.unit, endUnit: b.unit };
}

export const DATASET_FIRST_YEAR = 1986;
export const DATASET_LAST_YEAR = 2026;

/** The span a timeline shows when there is nothing to fit it to: every year the dataset may cover. */
export const DATASET_SPAN = {
  start: Date.UTC(DATASET_FIRST_YEAR, 0, 1),
  end: Date.UTC(DATASET_LAST_YEAR + 1, 0, 1),
} as const;
