import { describe, expect, it } from 'vitest';
import { buildIndex } from './data-index';
import { countByYear, countsInAnyYear } from './incident-years';
import { fixtureRaw } from './test-fixture';
import { validateDataset } from './validate';

/** Columns as the data index builds them, from dates written as in the data. */
function columns(dates: string[]) {
  const raw = fixtureRaw();
  const incidents = (raw.incidents as { incidents: { date: string }[] }).incidents;
  dates.forEach((date, k) => (incidents[k]!.date = date));
  return buildIndex(validateDataset(raw).dataset);
}

describe('the years an incident counts in', () => {
  const ix = columns(['2021-12-30/2022-01-02', '2022', '2022-12-31', '2024-03/2026']);

  it('are every calendar year its date touches, and only those', () => {
    expect([...countByYear(ix)].sort((a, b) => a[0] - b[0])).toEqual([
      [2021, 1],
      [2022, 3],
      [2024, 1],
      [2025, 1],
      [2026, 1],
    ]);
  });

  it('end with the year of the last day: a year-long date does not reach into the next year', () => {
    expect(countsInAnyYear(ix, 1, new Set([2023]))).toBe(false);
    expect(countsInAnyYear(ix, 2, new Set([2023]))).toBe(false);
    expect(countsInAnyYear(ix, 3, new Set([2019, 2025]))).toBe(true);
  });

  it('are counted only for the incidents a mask keeps', () => {
    expect([...countByYear(ix, Uint8Array.of(0, 0, 0, 1)).keys()]).toEqual([2024, 2025, 2026]);
  });
});
