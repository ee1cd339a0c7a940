/**
 * Orders the visible incidents for the list. Text keys are ranked once per
 * dataset and language, so re-sorting a large list compares numbers only.
 * Relevance puts a search's place matches first (see data/search-rank.ts),
 * each group in date order; without a search it is the date order.
 */
import type { DataIndex } from '../../data/data-index';
import { CATEGORY_IDS } from '../../data/vocabulary';
import type { Sort } from '../../store/slices/ui';
import { collator, pick, placeName } from '../../data/localized';
import type { UiLang } from '../../lib/langs';

const ranks = new WeakMap<DataIndex, Map<string, Uint32Array>>();

function rankBy(
  ix: DataIndex,
  key: 'title' | 'place' | 'category',
  lang: string,
  label: (i: number) => string,
): Uint32Array {
  let perIndex = ranks.get(ix);
  if (!perIndex) ranks.set(ix, (perIndex = new Map()));
  const cacheKey = `${key}|${lang}`;
  const cached = perIndex.get(cacheKey);
  if (cached) return cached;
  const names = collator(lang as UiLang);
  const labels = Array.from({ length: ix.n }, (_, i) => label(i));
  const order = Array.from({ length: ix.n }, (_, i) => i).sort(
    (a, b) => names.compare(labels[a]!, labels[b]!) || ix.start[a]! - ix.start[b]!,
  );
  const rank = new Uint32Array(ix.n);
  order.forEach((i, r) => (rank[i] = r));
  perIndex.set(cacheKey, rank);
  return rank;
}

export function sortIndices(
  ix: DataIndex,
  visible: Uint32Array,
  sort: Sort,
  lang: string,
  categoryLabel: (id: string) => string,
  /** Relevance group by incident index (search-rank.ts), when a search is active. */
  relevance: Uint8Array | null = null,
): Uint32Array {
  const out = Uint32Array.from(visible);
  const dir = sort.dir === 'asc' ? 1 : -1;
  const byDate = (a: number, b: number) => ix.start[a]! - ix.start[b]! || ix.end[a]! - ix.end[b]! || a - b;
  if (sort.key === 'relevance' && relevance) {
    out.sort((a, b) => dir * (relevance[a]! - relevance[b]! || byDate(a, b)));
    return out;
  }
  if (sort.key === 'date' || sort.key === 'relevance') {
    out.sort((a, b) => dir * byDate(a, b));
    return out;
  }
  const rank =
    sort.key === 'title'
      ? rankBy(ix, 'title', lang, (i) => pick(ix.title(i), lang as UiLang))
      : sort.key === 'place'
        ? rankBy(ix, 'place', lang, (i) => {
            const p = ix.place[i]!;
            // Unknown places sort last in ascending order.
            return p < 0 ? '\uffff' : placeName(ix.dataset.places.get(ix.placeIds[p]!), lang as UiLang);
          })
        : rankBy(ix, 'category', lang, (i) => categoryLabel(CATEGORY_IDS[ix.category[i]!] ?? ''));
  out.sort((a, b) => dir * (rank[a]! - rank[b]!));
  return out;
}
