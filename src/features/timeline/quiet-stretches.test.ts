import { describe, expect, it } from 'vitest';
import { quietStretches } from './quiet-stretches';

const YEAR = 365.25 * 86_400_000;
const jan1 = (y: number) => Date.UTC(y, 0, 1);

describe('quietStretches', () => {
  it('finds the years between the 1986 protests and 1992, keeping half a year visible at each side', () => {
    // Dec 1986 (twice) and a range 1992–2022.
    const start = [1986, 1986, 1992];
    const end = [1986, 1986, 2022];
    const got = quietStretches(start, end, [0, 1, 2]);
    expect(got[0]).toEqual({
      from: jan1(1987),
      to: jan1(1992),
      hideStart: jan1(1987) + YEAR / 2,
      hideEnd: jan1(1992) - YEAR / 2,
    });
    // 1993–2021 are quiet too: the range runs across them, but neither begins nor ends there.
    expect(got.map((s) => [new Date(s.from).getUTCFullYear(), new Date(s.to).getUTCFullYear()])).toEqual([
      [1987, 1992],
      [1993, 2022],
    ]);
  });

  it('counts an ending as an event: a range ending in 2000 splits the quiet years', () => {
    const got = quietStretches([1990, 1990, 2010], [1990, 2000, 2010], [0, 1, 2]).map((s) => [s.from, s.to]);
    expect(got).toEqual([
      [jan1(1991), jan1(2000)],
      [jan1(2001), jan1(2010)],
    ]);
  });

  it('ignores runs shorter than three years and incidents not shown', () => {
    expect(quietStretches([2000, 2003, 2020], [2000, 2003, 2020], [0, 1])).toEqual([]);
  });

  it('has nothing to compress with no incidents or one year', () => {
    expect(quietStretches([], [], [])).toEqual([]);
    expect(quietStretches([2001], [2001], [0])).toEqual([]);
  });
});
