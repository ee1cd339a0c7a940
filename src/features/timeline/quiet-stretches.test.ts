import { describe, expect, it } from 'vitest';
import { quietStretches } from './quiet-stretches';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

describe('quietStretches', () => {
  it('finds the long gap between the 1986 protests and 1992 and leaves a half-year margin each side', () => {
    const start = [t('1986-12-17'), t('1992-01-01'), t('1992-03-01')];
    const end = [t('1986-12-19'), t('1992-02-01'), t('1992-04-01')];
    expect(quietStretches(start, end, [0, 1, 2])).toEqual([
      {
        from: t('1986-12-19'),
        to: t('1992-01-01'),
        hideStart: t('1986-12-19') + YEAR / 2,
        hideEnd: t('1992-01-01') - YEAR / 2,
      },
    ]);
  });

  it('counts an ending as an event: a long range ending in 2000 splits the quiet years', () => {
    const start = [t('1990-01-01'), t('1990-06-01'), t('2010-01-01')];
    const end = [t('1990-02-01'), t('2000-01-01'), t('2010-02-01')];
    const got = quietStretches(start, end, [0, 1, 2]).map((s) => [s.from, s.to]);
    expect(got).toEqual([
      [t('1990-06-01'), t('2000-01-01')],
      [t('2000-01-01'), t('2010-01-01')],
    ]);
  });

  it('ignores gaps shorter than three years and incidents not shown', () => {
    const start = [t('2000-01-01'), t('2002-06-01'), t('2020-01-01')];
    const end = [t('2000-01-01'), t('2002-06-01'), t('2020-01-01')];
    expect(quietStretches(start, end, [0, 1])).toEqual([]);
  });

  it('has nothing to compress with no incidents or one', () => {
    expect(quietStretches([], [], [])).toEqual([]);
    expect(quietStretches([t('2001-01-01')], [t('2001-01-01')], [0])).toEqual([]);
  });
});
