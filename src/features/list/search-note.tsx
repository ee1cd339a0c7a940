import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import { placeName } from '../../data/localized';
import { searchHits, type HitField } from '../../data/search-hits';
import type { SearchRanks } from '../../data/search-rank';
import type { UiLang } from '../../lib/langs';

/** More than a screen of rows: scrolling back and forth does not fold the same records again. */
const HIT_CACHE = 512;

/** Where the search found each row, worked out once per row while the search and the data stay the same. */
function hitsCache(data: DataIndex | null, terms: readonly string[]): (i: number) => HitField[] {
  const cache = new Map<number, HitField[]>();
  return (i) => {
    let hits = cache.get(i);
    if (!hits) {
      hits = data ? searchHits(data, i, terms) : [];
      if (cache.size >= HIT_CACHE) cache.clear();
      cache.set(i, hits);
    }
    return hits;
  };
}

/** Only the rows the list draws ask, so a search over many incidents folds a screenful of records. */
export function useRowHits(data: DataIndex | null, terms: readonly string[]): (i: number) => HitField[] {
  return useMemo(() => hitsCache(data, terms), [data, terms]);
}

/** "Found in: place, title", as words (never colour alone), so every reader learns why a row is there. */
export function FoundIn({ hits }: { hits: readonly HitField[] }) {
  const { t } = useTranslation();
  return (
    <div role="cell" className="col-relevance">
      {hits.length > 0 && t('list.found', { fields: hits.map((f) => t(`list.hit.${f}`)).join(', ') })}
    </div>
  );
}

/** Matching places named in the tally, the largest first; more are left to the rows' notes. */
const NAMED_PLACES = 3;

/**
 * "16 placed in Almaty, Almaty Region; 35 mention it": how many rows happened
 * in a place the search names and how many only mention the words. Counted
 * while ranking the rows, so it costs nothing more.
 */
export function SearchTally({
  data,
  ranks,
  total,
  lang,
}: {
  data: DataIndex;
  ranks: SearchRanks;
  total: number;
  lang: UiLang;
}) {
  const { t } = useTranslation();
  if (ranks.placed === 0) return null;
  const places = [...ranks.byPlace]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, NAMED_PLACES)
    .map(([p]) => placeName(data.dataset.places.get(data.placeIds[p]!), lang));
  const rest = total - ranks.placed;
  return (
    <p className="list-tally">
      {t('list.placedIn', { count: ranks.placed })}{' '}
      {places.map((name, k) => (
        <Fragment key={k}>
          {k > 0 && ', '}
          {/* Place names are dataset text: isolated, so their direction cannot reorder the words around them. */}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
      {ranks.byPlace.size > NAMED_PLACES && ', …'}
      {rest > 0 && `; ${t('list.mentionIt', { count: rest })}`}
    </p>
  );
}
