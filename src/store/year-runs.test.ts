import { describe, expect, it } from 'vitest';
import { yearRuns, yearRunsText } from './year-runs';
import { yearsWindow } from './time-windows';

describe('yearRuns', () => {
  it('joins consecutive years into one run', () => {
    const range = Array.from({ length: 16 }, (_, k) => 2011 + k);
    expect(yearRuns(range)).toEqual([{ from: 2011, to: 2026 }]);
    expect(yearRunsText(range)).toBe('2011–2026');
  });

  it('keeps separate years apart, in order, without duplicates', () => {
    expect(yearRunsText([2022, 2019, 2020, 2022])).toBe('2019–2020, 2022');
    expect(yearRuns([])).toEqual([]);
  });
});

describe('yearsWindow', () => {
  it('fits the chosen years, whole', () => {
    expect(yearsWindow([2022])).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) });
    expect(yearsWindow([2026, 2019])).toEqual({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2027, 0, 1) });
    expect(yearsWindow([])).toBeNull();
  });
});
