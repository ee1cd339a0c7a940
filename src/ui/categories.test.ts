import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE } from './categories';

describe('category symbols', () => {
  const symbols = Object.values(CATEGORY_STYLE).map((s) => s.symbol);
  it('tell every category apart', () => {
    expect(new Set(symbols).size).toBe(symbols.length);
  });
  it('are one character that is no letter of any alphabet, so no language reads them as an initial', () => {
    for (const symbol of symbols) {
      expect([...symbol]).toHaveLength(1);
      expect(symbol).not.toMatch(/\p{L}/u);
    }
  });
});
