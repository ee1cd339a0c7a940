import { describe, expect, it } from 'vitest';
import { markOwnText, SearchTextBuilder } from './text-search';

const texts = ['hello world', 'abc中文 def', '中文', '', 'qazaq tili'];
const search = new SearchTextBuilder(texts.length, (i) => texts[i]!).result();
const marked = (term: string) => {
  const out = new Uint8Array(texts.length);
  markOwnText(search, term, out);
  return [...out];
};

describe('search text', () => {
  it('keeps text in Latin-1 letters in one-byte storage, apart from the words with other letters', () => {
    expect(search.narrow.hay).toBe('hello world\ndef\n\n\nqazaq tili\n');
    expect(search.wide.hay).toBe('\nabc中文\n中文\n\n\n');
  });

  it('finds a term wherever its word went, inside mixed words too', () => {
    expect(marked('abc')).toEqual([0, 1, 0, 0, 0]);
    expect(marked('中文')).toEqual([0, 1, 1, 0, 0]);
    expect(marked('c中')).toEqual([0, 1, 0, 0, 0]);
    expect(marked('def')).toEqual([0, 1, 0, 0, 0]);
    expect(marked('l')).toEqual([1, 0, 0, 0, 1]);
    expect(marked('zzz')).toEqual([0, 0, 0, 0, 0]);
  });
});
