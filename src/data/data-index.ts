/**
 * A compact, column-oriented index over the dataset. Filters and facet counts
 * walk typed arrays instead of incident objects, which keeps them to a few
 * milliseconds even for very large datasets; a record is rebuilt from the
 * columns (packed.ts) only when a view shows it.
 */
import type { Dataset } from './dataset.ts';
import { fold } from '../lib/fold.ts';
import type { Incident, Localized, Narrative } from './schema.ts';
import type { TranslatedText } from './translations.ts';
import { DATASET_SPAN, type ParsedDate } from '../lib/edtf.ts';
import {
  allTexts,
  dateAt,
  incidentAt,
  packIncidents,
  titleAt,
  type DatasetMeta,
  type PackedIncidents,
  type PackedNames,
} from './packed.ts';
import { REGION_ANCHORS } from './basemap/regions.ts';
import { markOwnText, ownTextAt, SearchTextBuilder, type SearchText } from './text-search.ts';

export interface DataIndex {
  /** Everything of the dataset but its incidents, which live in the columns. */
  dataset: DatasetMeta;
  packed: PackedIncidents;
  /** Every reader-facing text that has a translation, with it, by key (see translations.ts). */
  texts: ReadonlyMap<string, TranslatedText>;
  n: number;
  ids: string[];
  idToIndex: Map<string, number>;
  /** Incident i as the schema defines it, rebuilt from the columns (the last few are kept). */
  incident: (i: number) => Incident;
  date: (i: number) => ParsedDate;
  title: (i: number) => Localized;
  /** Narratives by id, built once (lookups everywhere else go through it). */
  narrativeById: Map<string, Narrative>;
  start: Float64Array;
  end: Float64Array;
  /** Index into CATEGORY_IDS. */
  category: Uint8Array;
  /** Index into placeIds, -1 when unknown. */
  place: Int32Array;
  /** Index of the place's region, -1 when none. */
  region: Int32Array;
  /** Index of the place's country place, -1 when none. */
  country: Int32Array;
  placeIds: string[];
  placeIndex: Map<string, number>;
  /** Actors of incident i are actorList[actorOffsets[i] .. actorOffsets[i+1]). */
  actorOffsets: Uint32Array;
  actorList: Uint32Array;
  actorIds: string[];
  actorIndex: Map<string, number>;
  contested: Uint8Array;
  /** How a located incident is drawn: 0 point, 1 region-wide, 2 country-wide. */
  spread: Uint8Array;
  /**
   * Where incident i's marker stands, in degrees: its place's point, or for one known only to a region the
   * region's marker (its label point). NaN when it has no marker: no place, or known only to the country.
   */
  lon: Float64Array;
  lat: Float64Array;
  /** First and last calendar year each incident touches. */
  startYear: Uint16Array;
  endYear: Uint16Array;
  /** Incidents in date order (by start, then dataset order). */
  byStart: Uint32Array;
  /** Marks the incidents whose text holds every term (folded, no spaces); builds the search text first if needed. */
  matchText: (terms: readonly string[]) => Uint8Array;
  /** True when a search can be answered at once: the search text is there, or small enough to build now. */
  searchNow: () => boolean;
  /** Calls back once the search text is there (at once if it is). */
  whenSearchReady: (callback: () => void) => void;
  /** Builds part of the search text within the deadline; returns true when it is complete. */
  prepareSearch: (deadline: { timeRemaining: () => number }) => boolean;
  /** Takes a search text built elsewhere (the data worker), when none is complete here yet. */
  adoptSearch: (search: SearchText) => void;
  /** Incidents of a case in date order (built on first use, then shared by map, timeline and details). */
  caseMembers: (caseId: string) => readonly number[];
  /** Incidents sharing any case with incident i, itself included, in date order. */
  caseMatesOf: (i: number) => readonly number[];
  firstYear: number;
  lastYear: number;
  minTime: number;
  maxTime: number;
}

const localizedText = (l: Localized | undefined) => (l ? [l.en, l.ru ?? '', l.kk ?? ''].join(' ') : '');

/** A dataset's meta part: what goes with the columns. */
export function metaOf(ds: Dataset): DatasetMeta {
  const meta: Partial<Dataset> = { ...ds };
  delete meta.incidents;
  delete meta.dates;
  return meta as DatasetMeta;
}

/** Up to this many incidents the page builds the search text at once when a search needs it (well under 200 ms). */
const SYNC_SEARCH_LIMIT = 10_000;

/** How long the page waits for the worker's search text before building its own. */
const SEARCH_WAIT_MS = 20_000;

/** How many rebuilt records to keep: more than a screen of list rows, details and popups need at once. */
const RECORD_CACHE = 256;

export function buildIndex(dataset: Dataset, texts: ReadonlyMap<string, TranslatedText> = new Map()): DataIndex {
  return indexPacked(packIncidents(dataset), metaOf(dataset), texts);
}

export function indexPacked(
  packed: PackedIncidents,
  dataset: DatasetMeta,
  texts: ReadonlyMap<string, TranslatedText> = new Map(),
  /** Asks whoever can build the search text elsewhere (the data worker) to send it; else it is built here. */
  askSearch?: () => void,
): DataIndex {
  const n = packed.n;
  const { start, end, place } = packed;
  const placeIds = [...dataset.places.keys()];
  const placeIndex = new Map(placeIds.map((id, i) => [id, i]));
  const places = [...dataset.places.values()];
  const countryPlace = new Map<string, number>();
  for (const [id, p] of dataset.places) if (p.kind === 'country') countryPlace.set(p.country, placeIndex.get(id) ?? -1);
  const placeRegion = places.map((p) => (p.region ? (placeIndex.get(p.region) ?? -1) : -1));
  const placeCountry = places.map((p) => countryPlace.get(p.country) ?? -1);
  const actorIds = [...dataset.actors.keys()];
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const names: PackedNames = { placeIds, actorIds, caseIds: [...dataset.cases.keys()] };
  const ids = allTexts(packed.text.id);
  const idToIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) idToIndex.set(ids[i]!, i);

  const region = new Int32Array(n);
  const country = new Int32Array(n);
  const contested = new Uint8Array(n);
  const spread = new Uint8Array(n);
  const lon = new Float64Array(n).fill(NaN);
  const lat = new Float64Array(n).fill(NaN);
  // A region's marker stands at its label point (the map draws it there), other places at their own point.
  const regionAt = places.map((p) => REGION_ANCHORS.get(p.id) ?? ([p.lon, p.lat] as const));
  const { startYear, endYear } = packed;
  let minTime = Infinity;
  let maxTime = -Infinity;
  const disputed = new Set(dataset.disputes.flatMap((d) => d.incidents));
  for (const id of disputed) {
    const i = idToIndex.get(id);
    if (i !== undefined) contested[i] = 1;
  }
  // Index into LOCATION_PRECISIONS: 'region' and 'country' are drawn as areas.
  const REGION = 3;
  const COUNTRY = 4;
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    const e = end[i]!;
    if (s < minTime) minTime = s;
    if (e > maxTime) maxTime = e;
    const p = place[i]!;
    region[i] = p < 0 ? -1 : placeRegion[p]!;
    country[i] = p < 0 ? -1 : placeCountry[p]!;
    const lp = packed.locationPrecision[i]!;
    spread[i] = lp === REGION ? 1 : lp === COUNTRY ? 2 : 0;
    if (p >= 0 && spread[i] !== 2) {
      const [x, y] = spread[i] === 1 ? regionAt[p]! : [places[p]!.lon, places[p]!.lat];
      lon[i] = x;
      lat[i] = y;
    }
  }
  if (n === 0) {
    minTime = DATASET_SPAN.start;
    maxTime = DATASET_SPAN.end;
  }

  const cache = new Map<number, Incident>();
  const incident = (i: number): Incident => {
    let inc = cache.get(i);
    if (inc) {
      cache.delete(i);
    } else {
      inc = overlayTranslations(incidentAt(packed, names, i), texts);
      if (cache.size >= RECORD_CACHE) cache.delete(cache.keys().next().value!);
    }
    cache.set(i, inc);
    return inc;
  };

  let byCase: Map<number, number[]> | null = null;
  const caseIndex = new Map(names.caseIds.map((id, k) => [id, k]));
  const caseMembers = (caseId: string): readonly number[] => {
    if (!byCase) {
      byCase = new Map();
      for (let i = 0; i < n; i++) {
        for (let k = packed.caseOffsets[i]!; k < packed.caseOffsets[i + 1]!; k++) {
          const c = packed.caseList[k]!;
          let list = byCase.get(c);
          if (!list) byCase.set(c, (list = []));
          list.push(i);
        }
      }
      for (const list of byCase.values()) list.sort((a, b) => start[a]! - start[b]! || a - b);
    }
    const k = caseIndex.get(caseId);
    return (k === undefined ? undefined : byCase.get(k)) ?? [];
  };
  const caseMatesOf = (i: number): readonly number[] => {
    const from = packed.caseOffsets[i]!;
    const to = packed.caseOffsets[i + 1]!;
    if (to === from) return [];
    if (to - from === 1) return caseMembers(names.caseIds[packed.caseList[from]!]!);
    const all = new Set<number>();
    for (let k = from; k < to; k++) for (const m of caseMembers(names.caseIds[packed.caseList[k]!]!)) all.add(m);
    return [...all].sort((a, b) => start[a]! - start[b]! || a - b);
  };

  let search: SearchText | null = null;
  let askedAt: number | null = null;
  const builder = new SearchTextBuilder(n, (i) => ownTextAt(packed, i));
  const waiting: (() => void)[] = [];
  const ready = (s: SearchText) => {
    search = s;
    for (const callback of waiting.splice(0)) callback();
    return s;
  };
  const ensureSearch = (): SearchText => search ?? ready(builder.result());
  // Names of actors and places repeat across incidents: folded once each.
  const actorText = actorIds.map((id) => {
    const a = dataset.actors.get(id)!;
    return fold(`${localizedText(a.name)} ${a.aliases.join(' ')}`);
  });
  const placeText = places.map((p) => fold(`${p.name.en} ${p.name.ru} ${p.name.kk}`));
  const matchText = (terms: readonly string[]): Uint8Array => {
    const all = new Uint8Array(n).fill(1);
    const own = ensureSearch();
    for (const term of terms) {
      const m = new Uint8Array(n);
      markOwnText(own, term, m);
      const actorHit = actorText.map((t) => t.includes(term));
      const placeHit = placeText.map((t) => t.includes(term));
      const anyActor = actorHit.some(Boolean);
      const anyPlace = placeHit.some(Boolean);
      for (let i = 0; i < n; i++) {
        if (!all[i]) continue;
        if (m[i]) continue;
        if (anyPlace && place[i]! >= 0 && placeHit[place[i]!]) continue;
        let hit = false;
        if (anyActor)
          for (let k = packed.actorOffsets[i]!; k < packed.actorOffsets[i + 1]!; k++)
            if (actorHit[packed.actorList[k]!]) {
              hit = true;
              break;
            }
        if (!hit) all[i] = 0;
      }
    }
    return all;
  };

  return {
    dataset,
    packed,
    texts,
    n,
    ids,
    idToIndex,
    incident,
    date: (i) => dateAt(packed, i),
    title: (i) => overlayTitle(titleAt(packed, i), ids[i]!, texts),
    narrativeById: new Map(dataset.narratives.map((x) => [x.id, x])),
    start,
    end,
    category: packed.category,
    place,
    region,
    country,
    placeIds,
    placeIndex,
    actorOffsets: packed.actorOffsets,
    actorList: packed.actorList,
    actorIds,
    actorIndex,
    contested,
    spread,
    lon,
    lat,
    startYear,
    endYear,
    byStart: packed.byStart,
    matchText,
    searchNow: () => search !== null || n <= SYNC_SEARCH_LIMIT,
    whenSearchReady: (callback) => (search ? callback() : void waiting.push(callback)),
    prepareSearch: (deadline) => {
      if (search) return true;
      if (askSearch) {
        askSearch();
        askSearch = undefined;
        askedAt = Date.now();
        return false;
      }
      // A worker that never answers costs the search nothing: after a while the page builds it itself.
      if (askedAt !== null && Date.now() - askedAt < SEARCH_WAIT_MS) return false;
      while (!builder.done && deadline.timeRemaining() > 1) builder.step(200);
      if (builder.done) ready(builder.result());
      return search !== null;
    },
    adoptSearch: (s) => {
      if (!search && s.narrow.offsets.length === n + 1 && s.wide.offsets.length === n + 1) ready(s);
    },
    caseMembers,
    caseMatesOf,
    firstYear: new Date(minTime).getUTCFullYear(),
    lastYear: new Date(maxTime - 1).getUTCFullYear(),
    minTime,
    maxTime,
  };
}

/** The title with its review status, when a translation file gave it one. */
function overlayTitle(title: Localized, id: string, texts: ReadonlyMap<string, TranslatedText>): Localized {
  const t = texts.get(`incidents/${id}/title`);
  return t && t.en === title.en ? t : title;
}

/** Puts back the translated title and summary (with their review status) that the columns hold only as text. */
function overlayTranslations(inc: Incident, texts: ReadonlyMap<string, TranslatedText>): Incident {
  if (texts.size === 0) return inc;
  const summary = texts.get(`incidents/${inc.id}/summary`);
  inc.title = overlayTitle(inc.title, inc.id, texts);
  if (summary && summary.en === inc.summary.en) inc.summary = summary;
  return inc;
}

/** Incidents that name an actor, in date order (read from the columns). */
export function incidentsOfActor(ix: DataIndex, actorId: string): number[] {
  const k = ix.actorIndex.get(actorId);
  if (k === undefined) return [];
  const out: number[] = [];
  for (let i = 0; i < ix.n; i++)
    for (let a = ix.actorOffsets[i]!; a < ix.actorOffsets[i + 1]!; a++)
      if (ix.actorList[a] === k) {
        out.push(i);
        break;
      }
  return out.sort((a, b) => ix.start[a]! - ix.start[b]! || a - b);
}
