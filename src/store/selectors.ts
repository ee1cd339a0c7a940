/**
 * Pure, memoised derivations from (data, filters, time window): which
 * incidents are visible and how many each filter option would match under the
 * other filters. Every view reads these, so all views always agree.
 */
import type { DataIndex } from '../data/data-index.ts';
import { CATEGORY_IDS, type CategoryId } from '../data/vocabulary.ts';
import { countByYear, countsInAnyYear } from '../data/incident-years.ts';
import { fold } from '../lib/fold.ts';
import type { Filters } from './slices/filters.ts';
import type { TimeWindow } from './slices/time-window.ts';
import type { AppState } from './index.ts';
import { setMask, shownSetIds } from './incident-set.ts';

export interface FacetCounts {
  years: Map<number, number>;
  /** Aligned with CATEGORY_IDS. */
  categories: Uint32Array;
  /** Aligned with index.actorIds. */
  actors: Uint32Array;
  /** Aligned with index.placeIds; a region counts the incidents of its places too. */
  places: Uint32Array;
  /** Incidents where sources disagree, under the other filters. */
  contested: number;
}

export interface ViewResult {
  /** Incident indices matching the filters and overlapping the time window, in dataset order. */
  visible: Uint32Array;
  /** How many match the filters, ignoring the time window. */
  filteredCount: number;
  /** Incidents matching the filters, ignoring the window, ordered by start date. */
  filteredByDate: Uint32Array;
  /** Time span of the filtered incidents, null when none match. */
  extent: { start: number; end: number } | null;
  /** Visible incidents that have no place and so are not on the map. */
  unlocated: number;
  /**
   * While the map-area filter is on: the incidents it leaves out because they have no marker to be inside the
   * area (known only to the country, or with no place), among those the other filters and the window let
   * through. Null while it is off.
   */
  areaLeftOut: { nationwide: number; unplaced: number } | null;
  /** The search text is still being prepared: the words do not filter yet (the summary says so). */
  searchPending: boolean;
  counts: FacetCounts;
}

type Mask = Uint8Array | null;

interface Masks {
  years: Mask;
  actors: Mask;
  categories: Mask;
  places: Mask;
  text: Mask;
  contested: Mask;
  area: Mask;
  window: Mask;
  /** The reader's set, while only it is shown. */
  set: Mask;
}

function yearsMask(ix: DataIndex, years: number[]): Mask {
  if (years.length === 0) return null;
  const wanted = new Set(years);
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) m[i] = countsInAnyYear(ix, i, wanted) ? 1 : 0;
  return m;
}

function actorsMask(ix: DataIndex, actors: string[]): Mask {
  if (actors.length === 0) return null;
  const wanted = new Uint8Array(ix.actorIds.length);
  for (const a of actors) {
    const k = ix.actorIndex.get(a);
    if (k !== undefined) wanted[k] = 1;
  }
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    for (let k = ix.actorOffsets[i]!; k < ix.actorOffsets[i + 1]!; k++) {
      if (wanted[ix.actorList[k]!]) {
        m[i] = 1;
        break;
      }
    }
  }
  return m;
}

function categoriesMask(ix: DataIndex, categories: CategoryId[]): Mask {
  if (categories.length === 0) return null;
  const wanted = new Uint8Array(CATEGORY_IDS.length);
  for (const c of categories) wanted[CATEGORY_IDS.indexOf(c)] = 1;
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) m[i] = wanted[ix.category[i]!]!;
  return m;
}

function placesMask(ix: DataIndex, places: string[]): Mask {
  if (places.length === 0) return null;
  const wanted = new Uint8Array(ix.placeIds.length);
  for (const p of places) {
    const k = ix.placeIndex.get(p);
    if (k !== undefined) wanted[k] = 1;
  }
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    const p = ix.place[i]!;
    if (p < 0) continue;
    const r = ix.region[i]!;
    const c = ix.country[i]!;
    m[i] = wanted[p] || (r >= 0 && wanted[r]) || (c >= 0 && wanted[c]) ? 1 : 0;
  }
  return m;
}

function textMask(ix: DataIndex, text: string): Mask | 'pending' {
  const terms = fold(text).split(' ').filter(Boolean);
  if (terms.length === 0) return null;
  // Building the search text of a very large dataset here would freeze the page: the words wait for it instead.
  if (!ix.searchNow()) return 'pending';
  return ix.matchText(terms);
}

/** Incidents whose marker stands inside the box (the map-area filter); no marker, never inside. One pass, no allocation per incident. */
export function areaMask(ix: DataIndex, area: Filters['area']): Mask {
  if (!area) return null;
  const [west, south, east, north] = area;
  const { lon, lat } = ix;
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    m[i] = x >= west && x <= east && y >= south && y <= north ? 1 : 0;
  }
  return m;
}

function windowMask(ix: DataIndex, w: TimeWindow | null): Mask {
  if (!w) return null;
  const m = new Uint8Array(ix.n);
  for (let i = 0; i < ix.n; i++) m[i] = ix.start[i]! < w.end && ix.end[i]! > w.start ? 1 : 0;
  return m;
}

function buildMasks(
  ix: DataIndex,
  f: Filters,
  w: TimeWindow | null,
  set: readonly string[] | null,
): Masks & { searchPending: boolean } {
  const text = textMask(ix, f.text);
  return {
    searchPending: text === 'pending',
    years: yearsMask(ix, f.years),
    actors: actorsMask(ix, f.actors),
    categories: categoriesMask(ix, f.categories),
    places: placesMask(ix, f.places),
    text: text === 'pending' ? null : text,
    contested: f.contestedOnly ? ix.contested : null,
    area: areaMask(ix, f.area),
    window: windowMask(ix, w),
    set: set ? setMask(ix, set) : null,
  };
}

/** Combines all masks except those named in `skip`. */
function combine(ix: DataIndex, masks: Masks, skip: (keyof Masks)[]): Uint8Array {
  const out = new Uint8Array(ix.n).fill(1);
  for (const key of Object.keys(masks) as (keyof Masks)[]) {
    const m = masks[key];
    if (!m || skip.includes(key)) continue;
    for (let i = 0; i < ix.n; i++) out[i]! &= m[i]!;
  }
  return out;
}

/**
 * The view under the filters, the window and, when given, a set of incident
 * ids (the reader's set while only it is shown). The set limits every count as
 * a filter does, so the facets count only what the set holds.
 */
export function computeView(
  ix: DataIndex,
  filters: Filters,
  w: TimeWindow | null,
  set: readonly string[] | null = null,
): ViewResult {
  const { searchPending, ...masks } = buildMasks(ix, filters, w, set);
  const all = combine(ix, masks, []);
  const noWindow = masks.window ? combine(ix, masks, ['window']) : all;

  let visibleCount = 0;
  let filteredCount = 0;
  let unlocated = 0;
  for (let i = 0; i < ix.n; i++) {
    visibleCount += all[i]!;
    filteredCount += noWindow[i]!;
  }
  const visible = new Uint32Array(visibleCount);
  for (let i = 0, k = 0; i < ix.n; i++) {
    if (all[i]) {
      visible[k++] = i;
      if (ix.place[i]! < 0) unlocated++;
    }
  }

  // The index holds the incidents in date order already: keeping the filtered ones keeps the order.
  const filteredByDate = new Uint32Array(filteredCount);
  let extent: ViewResult['extent'] = null;
  for (let j = 0, k = 0; j < ix.n; j++) {
    const i = ix.byStart[j]!;
    if (!noWindow[i]) continue;
    filteredByDate[k++] = i;
    if (!extent) extent = { start: ix.start[i]!, end: ix.end[i]! };
    else if (ix.end[i]! > extent.end) extent.end = ix.end[i]!;
  }

  // Years ignore the window: the window is itself a time constraint, and the
  // reader needs to see what other years hold.
  const yearBase = combine(ix, masks, ['years', 'window']);
  const years = countByYear(ix, yearBase);

  const catBase = masks.categories ? combine(ix, masks, ['categories']) : all;
  const categories = new Uint32Array(CATEGORY_IDS.length);
  for (let i = 0; i < ix.n; i++) if (catBase[i]) categories[ix.category[i]!]!++;

  const actorBase = masks.actors ? combine(ix, masks, ['actors']) : all;
  const actors = new Uint32Array(ix.actorIds.length);
  for (let i = 0; i < ix.n; i++) {
    if (!actorBase[i]) continue;
    const from = ix.actorOffsets[i]!;
    const to = ix.actorOffsets[i + 1]!;
    for (let k = from; k < to; k++) {
      const a = ix.actorList[k]!;
      // An actor named twice in one incident (two roles) still counts once.
      let dup = false;
      for (let j = from; j < k; j++) if (ix.actorList[j] === a) dup = true;
      if (!dup) actors[a]!++;
    }
  }

  const placeBase = masks.places ? combine(ix, masks, ['places']) : all;
  const places = new Uint32Array(ix.placeIds.length);
  for (let i = 0; i < ix.n; i++) {
    if (!placeBase[i]) continue;
    const p = ix.place[i]!;
    if (p < 0) continue;
    places[p]!++;
    const r = ix.region[i]!;
    if (r >= 0 && r !== p) places[r]!++;
    const c = ix.country[i]!;
    if (c >= 0 && c !== p && c !== r) places[c]!++;
  }

  const contestedBase = masks.contested ? combine(ix, masks, ['contested']) : all;
  let contested = 0;
  for (let i = 0; i < ix.n; i++) contested += contestedBase[i]! & ix.contested[i]!;

  let areaLeftOut: ViewResult['areaLeftOut'] = null;
  if (masks.area) {
    areaLeftOut = { nationwide: 0, unplaced: 0 };
    const others = combine(ix, masks, ['area']);
    for (let i = 0; i < ix.n; i++) {
      if (!others[i] || !Number.isNaN(ix.lon[i]!)) continue;
      if (ix.place[i]! < 0) areaLeftOut.unplaced++;
      else areaLeftOut.nationwide++;
    }
  }

  return {
    visible,
    filteredCount,
    areaLeftOut,
    filteredByDate,
    extent,
    unlocated,
    searchPending,
    counts: { years, categories, actors, places, contested },
  };
}

let memo: {
  data: DataIndex;
  filters: Filters;
  w: TimeWindow | null;
  set: readonly string[] | null;
  search: number;
  result: ViewResult;
} | null = null;

/** The current view, recomputed only when data, filters, window or shown set change (or a search it waited for is ready). */
export function selectView(
  state: Pick<AppState, 'data' | 'filters' | 'timeWindow'> & Partial<Pick<AppState, 'searchVersion' | 'incidentSet'>>,
): ViewResult | null {
  const { data, filters, timeWindow } = state;
  const search = state.searchVersion ?? 0;
  const set = state.incidentSet ? shownSetIds({ incidentSet: state.incidentSet }) : null;
  if (!data) return null;
  if (
    memo &&
    memo.data === data &&
    memo.filters === filters &&
    memo.w === timeWindow &&
    memo.set === set &&
    (memo.search === search || !memo.result.searchPending)
  )
    return memo.result;
  const result = computeView(data, filters, timeWindow, set);
  memo = { data, filters, w: timeWindow, set, search, result };
  return result;
}

export function hasActiveFilters(f: Filters): boolean {
  return (
    f.years.length > 0 ||
    f.actors.length > 0 ||
    f.categories.length > 0 ||
    f.places.length > 0 ||
    f.text.trim() !== '' ||
    f.contestedOnly ||
    f.area !== null
  );
}
