import { describe, expect, it } from 'vitest';
import { rankOf, searchHits, searchTerms } from './search-hits';
import { rankRows } from './search-rank';
import { shippedIndex } from './shipped-dataset.fixture';

const ix = shippedIndex();

function shown(text: string) {
  const terms = searchTerms(text);
  const m = ix.matchText(terms);
  const rows = Uint32Array.from({ length: ix.n }, (_, i) => i).filter((i) => m[i] === 1);
  return { terms, rows };
}

/** Rows per relevance group: place, actor, title, rest. */
function groups(rank: Uint8Array, rows: Uint32Array): number[] {
  const out = [0, 0, 0, 0];
  for (const i of rows) out[rank[i]!]!++;
  return out;
}

describe('rankRows on the shipped dataset', () => {
  it('splits the 51 incidents a search for «Алматы» shows: 16 placed there, 35 that mention it', () => {
    const { terms, rows } = shown('Алматы');
    expect(rows.length).toBe(51);
    const r = rankRows(ix, rows, terms);
    expect(r.placed).toBe(16);
    // 14 in the city, 2 in Talgar District, which lies in Almaty Region.
    expect(new Map([...r.byPlace].map(([p, count]) => [ix.placeIds[p], count]))).toEqual(
      new Map([
        ['almaty', 14],
        ['almaty-region', 2],
      ]),
    );
    expect(r.titlesRanked).toBe(true);
    expect(groups(r.rank, rows)).toEqual([16, 11, 1, 23]);
    expect(r.rank[ix.idToIndex.get('2022-01-almaty-shooting-near-city-hall')!]).toBe(2);
  });

  it('ranks by any term: a place match for one word and a title match for another make a place match', () => {
    const { terms, rows } = shown('almaty police');
    expect(rows.length).toBe(19);
    const r = rankRows(ix, rows, terms);
    expect(groups(r.rank, rows)).toEqual([4, 11, 2, 2]);
  });

  it('ranks every row as the note on that row says', () => {
    for (const text of ['Алматы', 'Tokayev', 'Жаңаөзен', 'almaty police', 'protest', 'a']) {
      const { terms, rows } = shown(text);
      const r = rankRows(ix, rows, terms);
      expect(r.titlesRanked).toBe(true);
      for (const i of rows)
        expect([text, ix.ids[i], r.rank[i]]).toEqual([text, ix.ids[i], rankOf(searchHits(ix, i, terms))]);
    }
  });

  it('folds titles only up to its bound, past which titles share the last group', () => {
    const { terms, rows } = shown('Алматы');
    // 24 rows are neither placed in Almaty nor name an actor called so.
    expect(groups(rankRows(ix, rows, terms, 24).rank, rows)).toEqual([16, 11, 1, 23]);
    const capped = rankRows(ix, rows, terms, 23);
    expect(capped.titlesRanked).toBe(false);
    expect(groups(capped.rank, rows)).toEqual([16, 11, 0, 24]);
  });

  it('ranks only the rows it is given', () => {
    const { terms } = shown('Алматы');
    const placed = ix.idToIndex.get('2022-01-attack-on-airport')!;
    const quoted = ix.idToIndex.get('2022-01-army-deployed-against-protesters')!;
    const r = rankRows(ix, Uint32Array.of(placed, quoted), terms);
    expect(r.placed).toBe(1);
    expect([r.rank[placed], r.rank[quoted]]).toEqual([0, 3]);
    expect(r.rank.reduce((a, b) => a + b, 0)).toBe(3);
  });
});
