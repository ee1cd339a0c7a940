import { describe, expect, it } from 'vitest';
import { parseEdtf } from './edtf';

describe('parseEdtf', () => {
  it('parses day, month and year with their real extent', () => {
    expect(parseEdtf('2022-01-05')).toMatchObject({
      precision: 'day',
      start: Date.UTC(2022, 0, 5),
      end: Date.UTC(2022, 0, 6),
    });
    expect(parseEdtf('2026-01')).toMatchObject({
      precision: 'month',
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2026, 1, 1),
    });
    expect(parseEdtf('2025')).toMatchObject({
      precision: 'year',
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2026, 0, 1),
    });
  });

  it('parses ranges between dates of any precision', () => {
    expect(parseEdtf('2026-01-12/2026-01-19')).toMatchObject({
      precision: 'range',
      start: Date.UTC(2026, 0, 12),
      end: Date.UTC(2026, 0, 20),
      startUnit: 'day',
      endUnit: 'day',
    });
    expect(parseEdtf('2011/2022-01')).toMatchObject({ startUnit: 'year', endUnit: 'month', end: Date.UTC(2022, 1, 1) });
  });

  it.each([
    '',
    '2022-13',
    '2022-02-30',
    '2022-1-5',
    '22',
    '2022-01-05/2021-01-01',
    'a/b/c',
    '2022-01-05T10:00',
    ' 2022',
  ])('rejects %j', (text) => {
    expect(parseEdtf(text)).toBeNull();
  });
});
