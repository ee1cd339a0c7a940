/**
 * Relevance groups for the rows a search shows, for the whole list at once:
 * place (or its region) first, then actors, titles and the rest, as
 * search-hits.ts defines them for one row. Place and actor matches come from
 * the names, folded once per index, through the typed columns; only the rows
 * left after them need their title folded, and only up to a bound, so a
 * search over 100,000 incidents costs a few milliseconds here.
 */
import type { DataIndex } from './data-index.ts';
import { fold } from '../lib/fold.ts';
import { allLanguages, nameTexts, namesHolding, RANK_ACTOR, RANK_PLACE, RANK_REST, RANK_TITLE } from './search-hits.ts';

/**
 * Rows whose title is folded, at most, per search: about 10 ms on a desktop. Past it
 * titles and the rest share one group, in the list's order, and each row's
 * note still says where it was found.
 */
export const TITLE_CHECK_LIMIT = 5_000;

export interface SearchRanks {
  /** Relevance group of each row ranked, by incident index (RANK_PLACE … RANK_REST); 0 for rows not ranked. */
  rank: Uint8Array;
  /** False when too many rows were left for titles to be told from the rest. */
  titlesRanked: boolean;
  /** Rows placed in a place whose name holds a term, or in a region whose name does. */
  placed: number;
  /** How many of those each matching place (or region) holds, by place index. */
  byPlace: Map<number, number>;
}

export function rankRows(
  ix: DataIndex,
  rows: Uint32Array,
  terms: readonly string[],
  titleLimit: number = TITLE_CHECK_LIMIT,
): SearchRanks {
  const names = nameTexts(ix);
  const placeHit = namesHolding(names.places, terms);
  const actorHit = namesHolding(names.actors, terms);
  const anyActor = actorHit.includes(1);
  const rank = new Uint8Array(ix.n);
  const byPlace = new Map<number, number>();
  const left = new Uint32Array(rows.length);
  let leftCount = 0;
  let placed = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const p = ix.place[i]!;
    const r = ix.region[i]!;
    const where = p >= 0 && placeHit[p] ? p : r >= 0 && placeHit[r] ? r : -1;
    if (where >= 0) {
      rank[i] = RANK_PLACE;
      placed++;
      byPlace.set(where, (byPlace.get(where) ?? 0) + 1);
      continue;
    }
    let actor = false;
    if (anyActor)
      for (let a = ix.actorOffsets[i]!; a < ix.actorOffsets[i + 1]! && !actor; a++)
        actor = actorHit[ix.actorList[a]!] === 1;
    if (actor) {
      rank[i] = RANK_ACTOR;
      continue;
    }
    rank[i] = RANK_REST;
    left[leftCount++] = i;
  }
  const titlesRanked = leftCount <= titleLimit;
  if (titlesRanked) {
    for (let k = 0; k < leftCount; k++) {
      const i = left[k]!;
      const title = fold(allLanguages(ix.title(i)));
      if (terms.some((t) => title.includes(t))) rank[i] = RANK_TITLE;
    }
  }
  return { rank, titlesRanked, placed, byPlace };
}
