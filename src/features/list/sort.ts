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

const dateRanks = new WeakMap<DataIndex, Uint32Array>();

/** Each incident's place in date order (start, then end, then dataset order), computed once per dataset. */
function dateRank(ix: DataIndex): Uint32Array {
  const cached = dateRanks.get(ix);
  if (cached) return cached;
  const order = Uint32Array.from({ length: ix.n }, (_, i) => i);
  order.sort((a, b) => ix.start[a]! - ix.start[b]! || ix.end[a]! - ix.end[b]! || a - b);
  const rank = new Uint32Array(ix.n);
  order.forEach((i, r) => (rank[i] = r));
  dateRanks.set(ix, rank);
  return rank;
}

const inverses = new WeakMap<Uint32Array, Uint32Array>();

/** The incidents in rank order. */
function inverse(rank: Uint32Array): Uint32Array {
  let order = inverses.get(rank);
  if (!order) {
    order = new Uint32Array(rank.length);
    for (let i = 0; i < rank.length; i++) order[rank[i]!] = i;
    inverses.set(rank, order);
  }
  return order;
}

/**
 * The visible incidents in rank order (reversed for a descending sort), each
 * relevance group together when groups are given: one pass over the dataset's
 * order instead of a comparison sort, so a filter change at 100,000 incidents
 * reorders the list in a millisecond or two.
 */
function inRankOrder(rank: Uint32Array, visible: Uint32Array, dir: 1 | -1, group: Uint8Array | null): Uint32Array {
  const n = rank.length;
  const order = inverse(rank);
  const shown = new Uint8Array(n);
  for (let k = 0; k < visible.length; k++) shown[visible[k]!] = 1;
  const out = new Uint32Array(visible.length);
  // Where each relevance group starts in the output; groups in the sort's direction too.
  const next = new Uint32Array(256);
  if (group) {
    const counts = new Uint32Array(256);
    for (let k = 0; k < visible.length; k++) counts[group[visible[k]!]!]!++;
    let at = 0;
    for (let g = dir > 0 ? 0 : 255; dir > 0 ? g < 256 : g >= 0; g += dir) {
      next[g] = at;
      at += counts[g]!;
    }
  }
  let k = 0;
  for (let r = dir > 0 ? 0 : n - 1; dir > 0 ? r < n : r >= 0; r += dir) {
    const i = order[r]!;
    if (!shown[i]) continue;
    if (group) out[next[group[i]!]!++] = i;
    else out[k++] = i;
  }
  return out;
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
  const dir = sort.dir === 'asc' ? 1 : -1;
  if (sort.key === 'date' || sort.key === 'relevance') {
    return inRankOrder(dateRank(ix), visible, dir, sort.key === 'relevance' ? relevance : null);
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
  return inRankOrder(rank, visible, dir, null);
}
