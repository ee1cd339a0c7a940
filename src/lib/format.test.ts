import { describe, expect, it } from 'vitest';
import { parseEdtf } from './edtf';
import { formatIncidentDate, formatWindow, monthName } from './format';

const fmt = (s: string) => formatIncidentDate(parseEdtf(s)!, 'en-GB');

describe('formatIncidentDate', () => {
  it('never shows a finer precision than the data has', () => {
    expect(fmt('2026-01-19')).toBe('19 January 2026');
    expect(fmt('2026-01')).toBe('January 2026');
    expect(fmt('2025')).toBe('2025');
  });

  it('formats ranges with their coarsest unit', () => {
    expect(fmt('2026-01-12/2026-01-19')).toMatch(/^12\s?–\s?19 January 2026$/);
    expect(fmt('2022-01/2022-03')).toMatch(/^January\s?–\s?March 2022$/);
    expect(fmt('2025/2026-01')).toMatch(/^2025\s?–\s?2026$/);
  });
});

describe('formatWindow', () => {
  it('picks a readable unit for the span', () => {
    expect(formatWindow(Date.UTC(2022, 0, 1), Date.UTC(2022, 2, 1), 'en-GB')).toMatch(/^Jan\s?–\s?Feb 2022$/);
    expect(formatWindow(Date.UTC(1986, 0, 1), Date.UTC(2027, 0, 1), 'en-GB')).toMatch(/^1986\s?–\s?2026$/);
  });
});

describe('Kazakh dates', () => {
  const kk = (s: string) => formatIncidentDate(parseEdtf(s)!, 'kk');
  it('spell out month names whatever the runtime ICU has', () => {
    expect(kk('2026-01-16')).toBe('2026 ж. 16 қаңтар');
    expect(kk('2026-01')).toBe('2026 ж. қаңтар');
    expect(kk('2025')).toBe('2025');
    expect(kk('2026-01-12/2026-01-19')).toBe('2026 ж. 12–19 қаңтар');
    expect(kk('2022-01/2022-03')).toBe('2022 ж. қаңтар – 2022 ж. наурыз');
    expect(formatWindow(Date.UTC(2022, 0, 1), Date.UTC(2022, 2, 1), 'kk')).toBe('2022 ж. қаң. – 2022 ж. ақп.');
  });
});

describe('monthName', () => {
  it('names the month alone, even after a month-and-year date was formatted in the same language', () => {
    // Both once shared a formatter cache key, so the axis read "Mar 2000" after the list showed "March 2025".
    expect(formatIncidentDate(parseEdtf('2025-03')!, 'en', true)).toBe('Mar 2025');
    expect(formatIncidentDate(parseEdtf('2025-03')!, 'ru')).toMatch(/2025/);
    expect(monthName(2, 'en')).toBe('Mar');
    expect(monthName(2, 'ru', false)).toBe('март');
    expect(monthName(2, 'en', false)).toBe('March');
  });
});
