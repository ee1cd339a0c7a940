/** Words for how precise a date or place is, so uncertainty is always said out loud. */
import type { ParsedDate } from '../lib/edtf.ts';
import type { LocationPrecision } from './vocabulary.ts';

export function datePrecisionKey(d: ParsedDate): string {
  if (d.precision === 'day') return 'precision.date.day';
  if (d.precision === 'month') return 'precision.date.month';
  if (d.precision === 'year') return 'precision.date.year';
  return 'precision.date.range';
}

export function placePrecisionKey(p: LocationPrecision): string {
  return `precision.place.${p}`;
}
