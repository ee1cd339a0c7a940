/**
 * The set of incidents a reader chooses to share as one link: its moves as
 * pure patches of the store, the mask that shows only it, and how a link's ids
 * are checked against the dataset (a retired id leads to the record it became).
 */
import type { DataIndex } from '../data/data-index.ts';
import { resolveIncidentId } from '../data/cross-records.ts';
import type { AppState } from './index.ts';
import { DEFAULT_MAP_VIEW } from './slices/map-view.ts';
import { EMPTY_FILTERS } from './slices/filters.ts';
import type { UrlState } from './url-state.ts';

/** The most incidents one set (and one link) holds: 100 ids of ~60 characters keep a link near 6,000 characters. */
export const MAX_SET = 100;
/** The longest name a set may have (a link writes it in full). */
export const MAX_SET_NAME = 80;

/** A handful of incidents the reader chose to share as one link. */
export interface IncidentSet {
  /** Incident ids, in the order they were chosen. */
  ids: readonly string[];
  /** The reader's name for the set; '' when it has none. */
  name: string;
  /** Only the set's incidents are shown (the other filters still apply). */
  shown: boolean;
}

export const EMPTY_SET: IncidentSet = { ids: [], name: '', shown: false };

type Patch = (s: AppState) => Partial<AppState>;

/** The ids the views are limited to: the set while it is shown and not empty, else null (no limit). */
export function shownSetIds(s: Pick<AppState, 'incidentSet'>): readonly string[] | null {
  const set = s.incidentSet;
  return set.shown && set.ids.length > 0 ? set.ids : null;
}

/** Adds an incident to the set (up to MAX_SET) or takes it out; an emptied set stops limiting the views. */
export const toggleInSet =
  (id: string): Patch =>
  (s) => {
    const set = s.incidentSet;
    if (set.ids.includes(id)) {
      const ids = set.ids.filter((x) => x !== id);
      return { incidentSet: { ...set, ids, shown: set.shown && ids.length > 0 } };
    }
    if (set.ids.length >= MAX_SET) return {};
    return { incidentSet: { ...set, ids: [...set.ids, id] } };
  };

export const renameSet =
  (name: string): Patch =>
  (s) => ({ incidentSet: { ...s.incidentSet, name: name.slice(0, MAX_SET_NAME) } });

/**
 * Shows only the set, with the timeline fitted to its dates and the map
 * following its places (map-fit.ts); or every incident again, keeping the set.
 */
export const showSet =
  (shown: boolean): Patch =>
  (s) => {
    const set = s.incidentSet;
    if (!shown) return { incidentSet: { ...set, shown: false } };
    if (set.ids.length === 0) return {};
    return {
      incidentSet: { ...set, shown: true },
      timeWindow: null,
      mapView: DEFAULT_MAP_VIEW,
      mapViewOrigin: 'app',
    };
  };

export const clearSet: Patch = () => ({ incidentSet: EMPTY_SET });

/**
 * What a set link holds on top of the sender's view: only the set, with no
 * other filter, incident, story or page, and no window or map, so the
 * recipient's timeline and map fit the set on their own screen.
 */
export function setLinkPatch(s: Pick<AppState, 'incidentSet'>): Partial<UrlState> {
  return {
    id: null,
    filters: EMPTY_FILTERS,
    timeWindow: null,
    mapView: null,
    story: null,
    actor: null,
    set: { ...s.incidentSet, shown: true },
  };
}

/** 1 for each incident of the set, 0 elsewhere; ids the dataset does not hold are skipped. */
export function setMask(ix: DataIndex, ids: readonly string[]): Uint8Array {
  const m = new Uint8Array(ix.n);
  for (const id of ids) {
    const i = ix.idToIndex.get(id);
    if (i !== undefined) m[i] = 1;
  }
  return m;
}

export interface SetResolution {
  /** The ids to use: each retired id replaced by the record it became, unknown ids left out, no repeats. */
  ids: string[];
  /** How many ids the link named (after its own checks). */
  total: number;
  /** Retired ids and the ids they became. */
  redirected: { from: string; to: string }[];
  /** Ids that are neither in the dataset nor retired into it. */
  unknown: string[];
}

/** Checks a link's set against the dataset. */
export function resolveSet(data: DataIndex, ids: readonly string[]): SetResolution {
  const out: SetResolution = { ids: [], total: ids.length, redirected: [], unknown: [] };
  const seen = new Set<string>();
  for (const raw of ids) {
    const { id, redirectedFrom } = resolveIncidentId(data.dataset.redirects, raw);
    if (!data.idToIndex.has(id)) {
      out.unknown.push(raw);
      continue;
    }
    if (redirectedFrom !== null) out.redirected.push({ from: redirectedFrom, to: id });
    if (seen.has(id)) continue;
    seen.add(id);
    out.ids.push(id);
  }
  return out;
}
