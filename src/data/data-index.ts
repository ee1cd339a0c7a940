/**
 * A compact, column-oriented index over the dataset. Filters and facet counts
 * walk typed arrays instead of incident objects, which keeps them to a few
 * milliseconds even for very large datasets.
 */
import type { Dataset } from './dataset.ts';
import { CATEGORY_IDS, type CategoryId } from './vocabulary.ts';
import { fold } from '../lib/fold.ts';
import type { Incident, Localized, Narrative } from './schema.ts';
import type { TranslatedText } from './translations.ts';
import { DATASET_SPAN } from '../lib/edtf.ts';

export interface DataIndex {
  dataset: Dataset;
  /** Every reader-facing text with its translations, by key (see translations.ts). */
  texts: ReadonlyMap<string, TranslatedText>;
  n: number;
  ids: string[];
  idToIndex: Map<string, number>;
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
  /** First and last calendar year each incident touches. */
  startYear: Uint16Array;
  endYear: Uint16Array;
  /** Folded search text per incident; built in idle time after load, or at once on the first text query. */
  haystack: () => string[];
  /** Builds part of the haystack within the deadline; returns true when it is complete. */
  prepareHaystack: (deadline: { timeRemaining: () => number }) => boolean;
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

/** Folded text of actors and places, which repeat across incidents: folded once each. */
function foldCache() {
  const cache = new Map<string, string>();
  return (key: string, text: () => string) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = fold(text())));
    return v;
  };
}

function searchText(inc: Incident, ds: Dataset, cached: ReturnType<typeof foldCache>): string {
  const parts = [localizedText(inc.title), localizedText(inc.summary), inc.id];
  for (const s of inc.sources) for (const q of s.quotes) parts.push(q.text, q.translation ?? '');
  const own = fold(parts.join(' '));
  const shared: string[] = [];
  for (const a of inc.actors) {
    shared.push(
      cached(`a:${a.actor}`, () => {
        const actor = ds.actors.get(a.actor);
        return actor ? `${localizedText(actor.name)} ${actor.aliases.join(' ')}` : '';
      }),
    );
  }
  if (inc.place) {
    const id = inc.place;
    shared.push(
      cached(`p:${id}`, () => {
        const place = ds.places.get(id);
        return place ? `${place.name.en} ${place.name.ru} ${place.name.kk}` : '';
      }),
    );
  }
  return shared.length ? `${own} ${shared.join(' ')}` : own;
}

export function buildIndex(dataset: Dataset, texts: ReadonlyMap<string, TranslatedText> = new Map()): DataIndex {
  const { incidents, dates } = dataset;
  const n = incidents.length;
  const placeIds = [...dataset.places.keys()];
  const placeIndex = new Map(placeIds.map((id, i) => [id, i]));
  const countryPlace = new Map<string, number>();
  for (const [id, p] of dataset.places) if (p.kind === 'country') countryPlace.set(p.country, placeIndex.get(id) ?? -1);
  const actorIds = [...dataset.actors.keys()];
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const categoryIndex = new Map<CategoryId, number>(CATEGORY_IDS.map((c, i) => [c, i]));

  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const category = new Uint8Array(n);
  const place = new Int32Array(n);
  const region = new Int32Array(n);
  const country = new Int32Array(n);
  const contested = new Uint8Array(n);
  const spread = new Uint8Array(n);
  const startYear = new Uint16Array(n);
  const endYear = new Uint16Array(n);
  const actorOffsets = new Uint32Array(n + 1);
  let actorCount = 0;
  for (const inc of incidents) actorCount += inc.actors.length;
  const actorList = new Uint32Array(actorCount);
  const ids: string[] = new Array(n);
  const idToIndex = new Map<string, number>();
  let minTime = Infinity;
  let maxTime = -Infinity;
  let k = 0;
  const disputed = new Set(dataset.disputes.flatMap((d) => d.incidents));
  for (let i = 0; i < n; i++) {
    const inc = incidents[i] as Incident;
    const d = dates[i];
    ids[i] = inc.id;
    idToIndex.set(inc.id, i);
    start[i] = d?.start ?? 0;
    end[i] = d?.end ?? 0;
    if (start[i]! < minTime) minTime = start[i]!;
    if (end[i]! > maxTime) maxTime = end[i]!;
    startYear[i] = new Date(start[i]!).getUTCFullYear();
    endYear[i] = new Date(end[i]! - 1).getUTCFullYear();
    category[i] = categoryIndex.get(inc.category) ?? 0;
    const p = inc.place === null ? undefined : dataset.places.get(inc.place);
    place[i] = p ? (placeIndex.get(p.id) ?? -1) : -1;
    region[i] = p?.region ? (placeIndex.get(p.region) ?? -1) : -1;
    country[i] = p ? (countryPlace.get(p.country) ?? -1) : -1;
    contested[i] = disputed.has(inc.id) ? 1 : 0;
    spread[i] = inc.locationPrecision === 'region' ? 1 : inc.locationPrecision === 'country' ? 2 : 0;
    actorOffsets[i] = k;
    for (const a of inc.actors) actorList[k++] = actorIndex.get(a.actor) ?? 0;
  }
  actorOffsets[n] = k;
  if (n === 0) {
    minTime = DATASET_SPAN.start;
    maxTime = DATASET_SPAN.end;
  }
  let byCase: Map<string, number[]> | null = null;
  const caseMembers = (caseId: string): readonly number[] => {
    if (!byCase) {
      byCase = new Map();
      for (let i = 0; i < n; i++) {
        for (const c of (incidents[i] as Incident).cases) {
          let list = byCase.get(c);
          if (!list) byCase.set(c, (list = []));
          list.push(i);
        }
      }
      for (const list of byCase.values()) list.sort((a, b) => start[a]! - start[b]! || a - b);
    }
    return byCase.get(caseId) ?? [];
  };
  const caseMatesOf = (i: number): readonly number[] => {
    const cases = incidents[i]?.cases ?? [];
    if (cases.length === 0) return [];
    if (cases.length === 1) return caseMembers(cases[0]!);
    const all = new Set<number>();
    for (const c of cases) for (const m of caseMembers(c)) all.add(m);
    return [...all].sort((a, b) => start[a]! - start[b]! || a - b);
  };
  const hay: string[] = [];
  const cached = foldCache();
  const step = () => {
    const inc = incidents[hay.length] as Incident;
    hay.push(searchText(inc, dataset, cached));
  };
  return {
    dataset,
    texts,
    n,
    ids,
    idToIndex,
    narrativeById: new Map(dataset.narratives.map((x) => [x.id, x])),
    start,
    end,
    category,
    place,
    region,
    country,
    placeIds,
    placeIndex,
    actorOffsets,
    actorList,
    actorIds,
    actorIndex,
    contested,
    spread,
    startYear,
    endYear,
    haystack: () => {
      while (hay.length < n) step();
      return hay;
    },
    prepareHaystack: (deadline) => {
      while (hay.length < n && deadline.timeRemaining() > 1) {
        for (let k = 0; k < 200 && hay.length < n; k++) step();
      }
      return hay.length === n;
    },
    caseMembers,
    caseMatesOf,
    firstYear: new Date(minTime).getUTCFullYear(),
    lastYear: new Date(maxTime - 1).getUTCFullYear(),
    minTime,
    maxTime,
  };
}
