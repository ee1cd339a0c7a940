/**
 * The years an incident counts in: every calendar year its date range
 * touches, from the year it starts to the year of its last instant (the data
 * index keeps both as `startYear` and `endYear`; a range's end is exclusive,
 * so one that ends on 1 January does not reach into that year). The app's
 * year filter and year counts and the static index all count through here, so
 * a year never holds one number in one place and another elsewhere.
 */
import type { DataIndex } from './data-index.ts';

/** The columns the count needs, so a caller can hand over a slice of an index. */
export type YearColumns = Pick<DataIndex, 'n' | 'startYear' | 'endYear'>;

/** True when incident `i` counts in at least one of `years`. */
export function countsInAnyYear(ix: YearColumns, i: number, years: ReadonlySet<number>): boolean {
  for (let y = ix.startYear[i]!; y <= ix.endYear[i]!; y++) if (years.has(y)) return true;
  return false;
}

/**
 * How many incidents count in each year, among those `include` marks (every
 * incident when it is omitted). Loops over the index's typed columns rather
 * than dates, as the year facet runs on every filter change.
 */
export function countByYear(ix: YearColumns, include?: ArrayLike<number>): Map<number, number> {
  const years = new Map<number, number>();
  for (let i = 0; i < ix.n; i++) {
    if (include && !include[i]) continue;
    for (let y = ix.startYear[i]!; y <= ix.endYear[i]!; y++) years.set(y, (years.get(y) ?? 0) + 1);
  }
  return years;
}
