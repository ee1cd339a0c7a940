/**
 * Where a search found an incident: its place (or the place's region), the
 * name of one of its actors, its title, its summary, a source quote, or its
 * id. Readers of a search for a city need to tell the incidents that happened
 * there from those that only mention it. The words are matched as
 * `DataIndex.matchText` matches them: folded (lib/fold.ts), each term
 * anywhere in a field. Only the one incident asked about is folded; names of
 * places and actors, which repeat, are folded once per index.
 */
import type { DataIndex } from './data-index.ts';
import type { Localized } from './schema.ts';
import { fold } from '../lib/fold.ts';

/** In the order the list ranks them. */
export const HIT_FIELDS = ['place', 'region', 'actor', 'title', 'summary', 'quote', 'id'] as const;
export type HitField = (typeof HIT_FIELDS)[number];

/** Relevance group of each field: the place (or its region) first, then actors, titles, and the rest. */
export const HIT_RANK: Readonly<Record<HitField, number>> = {
  place: 0,
  region: 0,
  actor: 1,
  title: 2,
  summary: 3,
  quote: 3,
  id: 3,
};
export const RANK_PLACE = 0;
export const RANK_ACTOR = 1;
export const RANK_TITLE = 2;
export const RANK_REST = 3;

/** The terms of a search text, split as the filters split them (selectors.ts): folded, one per word. */
export function searchTerms(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

/** Every language of a text, as the search text joins them. */
export const allLanguages = (l: Localized | undefined): string => (l ? `${l.en} ${l.ru ?? ''} ${l.kk ?? ''}` : '');

export interface NameTexts {
  /** Folded names of the places, aligned with `placeIds`. */
  places: readonly string[];
  /** Folded names and aliases of the actors, aligned with `actorIds`. */
  actors: readonly string[];
}

const namesOf = new WeakMap<DataIndex, NameTexts>();

/** The names data-index matches, folded the same way; built once per index. */
export function nameTexts(ix: DataIndex): NameTexts {
  let names = namesOf.get(ix);
  if (!names) {
    names = {
      places: ix.placeIds.map((id) => fold(allLanguages(ix.dataset.places.get(id)?.name))),
      actors: ix.actorIds.map((id) => {
        const a = ix.dataset.actors.get(id);
        return a ? fold(`${allLanguages(a.name)} ${a.aliases.join(' ')}`) : '';
      }),
    };
    namesOf.set(ix, names);
  }
  return names;
}

/** Marks the names that hold any of the terms. */
export function namesHolding(names: readonly string[], terms: readonly string[]): Uint8Array {
  const hit = new Uint8Array(names.length);
  for (let k = 0; k < names.length; k++) hit[k] = terms.some((t) => names[k]!.includes(t)) ? 1 : 0;
  return hit;
}

/**
 * The fields of incident i that hold at least one of the terms (folded, no
 * spaces), in HIT_FIELDS order. A term that is nowhere adds nothing; a row the
 * filters show holds every term somewhere, so its list is never empty.
 */
export function searchHits(ix: DataIndex, i: number, terms: readonly string[]): HitField[] {
  if (terms.length === 0) return [];
  const names = nameTexts(ix);
  const inc = ix.incident(i);
  const holds = (text: string) => terms.some((t) => text.includes(t));
  const p = ix.place[i]!;
  const r = ix.region[i]!;
  const found: Record<HitField, () => boolean> = {
    place: () => p >= 0 && holds(names.places[p]!),
    region: () => r >= 0 && r !== p && holds(names.places[r]!),
    actor: () => {
      for (let k = ix.actorOffsets[i]!; k < ix.actorOffsets[i + 1]!; k++)
        if (holds(names.actors[ix.actorList[k]!]!)) return true;
      return false;
    },
    title: () => holds(fold(allLanguages(inc.title))),
    summary: () => holds(fold(allLanguages(inc.summary))),
    quote: () =>
      holds(fold(inc.sources.flatMap((s) => s.quotes.map((q) => `${q.text} ${q.translation ?? ''}`)).join(' '))),
    id: () => holds(fold(inc.id)),
  };
  return HIT_FIELDS.filter((f) => found[f]());
}

/** The relevance group of a row from where it was found (RANK_REST when nowhere). */
export function rankOf(fields: readonly HitField[]): number {
  let best = RANK_REST;
  for (const f of fields) best = Math.min(best, HIT_RANK[f]);
  return best;
}
