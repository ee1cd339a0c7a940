/**
 * The fragment contract (version 1). The whole view lives after the `#`, so
 * the server never learns which incident or filter a reader opened. One table
 * describes every parameter: how to read it from the fragment and how to
 * write it back. Reading never throws; whatever cannot be used is reported.
 *
 *   #id=<incident>&years=2022,2025-2026&actors=a,b&categories=c&places=p
 *    &q=text&contested=1&set=a,b,c&setname=Name&setonly=0
 *    &from=2022-01-01&to=2022-02-28&map=4.5/48.1/67.5
 *    &area=76.5,43,77.2,43.5&group=category&bars=precision&sort=date-desc&lang=en&src=file&data=1.3.5
 */
import { CATEGORY_IDS, type CategoryId } from '../data/vocabulary.ts';
import { isoDay } from '../lib/format.ts';
import { isUiLang, UI_LANGS, type UiLang } from '../lib/langs.ts';
import { EMPTY_FILTERS, type Filters } from './slices/filters.ts';
import type { MapView } from './slices/map-view.ts';
import type { TimeWindow } from './slices/time-window.ts';
import {
  formatArea,
  parseArea,
  cleanText,
  formatYears,
  parseMap,
  parseSort,
  parseWindow,
  parseYears,
  preview,
  slugList,
  SLUG,
} from './url-params.ts';
import { EMPTY_SET, MAX_SET, MAX_SET_NAME, type IncidentSet } from './incident-set.ts';
import type { GroupBy, OverviewBars, Sort } from './slices/ui.ts';
import { DEFAULT_SORT } from './slices/ui.ts';
import { round } from '../lib/numbers.ts';
import { VERSION_PATTERN } from '../data/changelog.ts';

export const URL_FORMAT_VERSION = 1;

export interface UrlState {
  id: string | null;
  filters: Filters;
  timeWindow: TimeWindow | null;
  mapView: MapView | null;
  groupBy: GroupBy;
  /** What the overview strip's bars show. */
  bars: OverviewBars;
  sort: Sort;
  lang: UiLang | null;
  /** Narrative and 1-based step. */
  story: { id: string; step: number } | null;
  actor: string | null;
  /** Chrome hidden for use in an iframe. */
  embed: boolean;
  /** Made from a file on the sender's device: only that is said, never a byte of the file. */
  fromFile: boolean;
  /** The reader's chosen incidents, their name, and whether only they are shown. */
  set: IncidentSet;
  /** The version of the published dataset the link was made with (see data/changelog.md). */
  dataVersion: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  id: null,
  filters: EMPTY_FILTERS,
  timeWindow: null,
  mapView: null,
  groupBy: 'none',
  bars: 'category',
  sort: DEFAULT_SORT,
  lang: null,
  story: null,
  actor: null,
  embed: false,
  fromFile: false,
  set: EMPTY_SET,
  dataVersion: null,
};

export { preview };

export interface ParseResult {
  state: UrlState;
  /** Human-readable reasons for every part of the fragment that was not used. */
  ignored: string[];
}

const MAX_FRAGMENT = 8_000;
const MAX_TEXT = 200;
const GROUPS: GroupBy[] = ['none', 'category', 'region'];

type Reader = (value: string, state: UrlState, ignored: string[]) => void;

/** Every parameter of the contract, in the order it is written. */
const PARAMS: { key: string; read: Reader; write: (s: UrlState) => string | null }[] = [
  {
    key: 'id',
    read: (v, s, ig) => {
      if (SLUG.test(v) && v.length <= 120) s.id = v;
      else ig.push(`id: "${preview(v)}" is not a valid incident id`);
    },
    write: (s) => s.id,
  },
  {
    key: 'years',
    read: (v, s, ig) => (s.filters = { ...s.filters, years: parseYears(v, ig) }),
    write: (s) => (s.filters.years.length ? formatYears(s.filters.years) : null),
  },
  {
    key: 'actors',
    read: (v, s, ig) => (s.filters = { ...s.filters, actors: slugList(v, 'actors', ig) }),
    write: (s) => (s.filters.actors.length ? s.filters.actors.join(',') : null),
  },
  {
    key: 'categories',
    read: (v, s, ig) => {
      const categories = slugList(v, 'categories', ig).filter((c) => {
        if (CATEGORY_IDS.includes(c as CategoryId)) return true;
        ig.push(`categories: "${preview(c)}" is not a category`);
        return false;
      }) as CategoryId[];
      s.filters = { ...s.filters, categories };
    },
    write: (s) => (s.filters.categories.length ? s.filters.categories.join(',') : null),
  },
  {
    key: 'places',
    read: (v, s, ig) => (s.filters = { ...s.filters, places: slugList(v, 'places', ig) }),
    write: (s) => (s.filters.places.length ? s.filters.places.join(',') : null),
  },
  {
    key: 'q',
    read: (v, s, ig) => {
      const text = cleanText(v, 'q', MAX_TEXT, ig);
      s.filters = { ...s.filters, text };
    },
    write: (s) => (s.filters.text.trim() ? s.filters.text : null),
  },
  {
    key: 'contested',
    read: (v, s, ig) => {
      if (v === '1' || v === '0') s.filters = { ...s.filters, contestedOnly: v === '1' };
      else ig.push(`contested: "${preview(v)}" is not 1 or 0`);
    },
    write: (s) => (s.filters.contestedOnly ? '1' : null),
  },
  {
    key: 'set',
    // Its own cap: a set is meant to be shared whole, and ids are long.
    read: (v, s, ig) => {
      const ids = slugList(v, 'set', ig, MAX_SET);
      s.set = { ...s.set, ids, shown: ids.length > 0 };
    },
    write: (s) => (s.set.ids.length ? s.set.ids.join(',') : null),
  },
  {
    key: 'setname',
    read: () => {}, // read together with "set" below
    write: (s) => (s.set.ids.length && s.set.name.trim() ? s.set.name : null),
  },
  {
    key: 'setonly',
    read: () => {}, // read together with "set" below
    write: (s) => (s.set.ids.length && !s.set.shown ? '0' : null),
  },
  {
    key: 'from',
    read: () => {}, // read together with "to" below
    write: (s) => (s.timeWindow ? isoDay(s.timeWindow.start) : null),
  },
  {
    key: 'to',
    read: () => {},
    write: (s) => (s.timeWindow ? isoDay(Math.max(s.timeWindow.start, s.timeWindow.end - 1)) : null),
  },
  {
    key: 'map',
    read: (v, s, ig) => (s.mapView = parseMap(v, ig)),
    write: (s) =>
      s.mapView
        ? `${round(s.mapView.zoom, 2)}/${round(s.mapView.center[1], 4)}/${round(s.mapView.center[0], 4)}`
        : null,
  },
  {
    key: 'area',
    read: (v, s, ig) => (s.filters = { ...s.filters, area: parseArea(v, ig) }),
    write: (s) => (s.filters.area ? formatArea(s.filters.area) : null),
  },
  {
    key: 'group',
    read: (v, s, ig) => {
      if (GROUPS.includes(v as GroupBy)) s.groupBy = v as GroupBy;
      else ig.push(`group: "${preview(v)}" is not one of ${GROUPS.join(', ')}`);
    },
    write: (s) => (s.groupBy === 'none' ? null : s.groupBy),
  },
  {
    key: 'bars',
    read: (v, s, ig) => {
      if (v === 'precision' || v === 'category') s.bars = v;
      else ig.push(`bars: "${preview(v)}" is not one of category, precision`);
    },
    write: (s) => (s.bars === 'category' ? null : s.bars),
  },
  {
    key: 'sort',
    read: (v, s, ig) => (s.sort = parseSort(v, ig)),
    write: (s) =>
      s.sort.key === DEFAULT_SORT.key && s.sort.dir === DEFAULT_SORT.dir ? null : `${s.sort.key}-${s.sort.dir}`,
  },
  {
    key: 'lang',
    read: (v, s, ig) => {
      if (isUiLang(v)) s.lang = v;
      else ig.push(`lang: "${preview(v)}" is not one of ${UI_LANGS.join(', ')}`);
    },
    write: (s) => s.lang,
  },
  {
    key: 'story',
    read: (v, s, ig) => {
      if (SLUG.test(v) && v.length <= 120) s.story = { id: v, step: s.story?.step ?? 1 };
      else ig.push(`story: "${preview(v)}" is not a valid story id`);
    },
    write: (s) => s.story?.id ?? null,
  },
  {
    key: 'step',
    read: () => {}, // read together with "story" below
    write: (s) => (s.story ? String(s.story.step) : null),
  },
  {
    key: 'actor',
    read: (v, s, ig) => {
      if (SLUG.test(v) && v.length <= 120) s.actor = v;
      else ig.push(`actor: "${preview(v)}" is not a valid id`);
    },
    write: (s) => s.actor,
  },
  {
    key: 'embed',
    read: (v, s, ig) => {
      if (v === '1' || v === '0') s.embed = v === '1';
      else ig.push(`embed: "${preview(v)}" is not 1 or 0`);
    },
    write: (s) => (s.embed ? '1' : null),
  },
  {
    key: 'src',
    read: (v, s, ig) => {
      if (v === 'file') s.fromFile = true;
      else ig.push(`src: "${preview(v)}" is not file`);
    },
    write: (s) => (s.fromFile ? 'file' : null),
  },
  {
    key: 'data',
    read: (v, s, ig) => {
      if (VERSION_PATTERN.test(v)) s.dataVersion = v;
      else ig.push(`data: "${preview(v)}" is not a dataset version (such as 1.3.5)`);
    },
    write: (s) => s.dataVersion,
  },
];

/** Every parameter of the fragment contract, in the order links write them. */
export const PARAM_KEYS: readonly string[] = [...PARAMS.map((p) => p.key), 'v'];
const KNOWN = new Set(PARAM_KEYS);

/** Reads a fragment (with or without the leading `#`). Never throws. */
export function parseFragment(fragment: string): ParseResult {
  const ignored: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS }, set: EMPTY_SET };
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT) {
    ignored.push(`the link is longer than ${MAX_FRAGMENT} characters; the rest was ignored`);
    text = text.slice(0, MAX_FRAGMENT);
  }
  if (text === '') return { state, ignored };
  const values = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      ignored.push(`"${preview(pair)}" is not properly encoded`);
      continue;
    }
    if (!KNOWN.has(key)) {
      ignored.push(`unknown parameter "${preview(key)}"`);
      continue;
    }
    if (values.has(key)) {
      ignored.push(`${key} appears more than once; the first one was used`);
      continue;
    }
    values.set(key, value);
  }
  const version = values.get('v');
  if (version !== undefined && version !== String(URL_FORMAT_VERSION)) {
    ignored.push(`link format version "${preview(version)}" is not supported; read as version ${URL_FORMAT_VERSION}`);
  }
  for (const p of PARAMS) {
    const v = values.get(p.key);
    if (v !== undefined) p.read(v, state, ignored);
  }
  readSetParts(values, state, ignored);
  state.timeWindow = parseWindow(values.get('from'), values.get('to'), ignored);
  const step = values.get('step');
  if (step !== undefined) {
    const n = /^\d{1,4}$/.test(step) ? Number(step) : NaN;
    if (!state.story) ignored.push('step: only used together with story');
    else if (!(n >= 1)) ignored.push(`step: "${preview(step)}" is not a step number`);
    else state.story = { ...state.story, step: n };
  }
  return { state, ignored };
}

/** A set's name and whether only it is shown mean something only with the set itself. */
function readSetParts(values: Map<string, string>, state: UrlState, ignored: string[]) {
  const name = values.get('setname');
  const only = values.get('setonly');
  const hasSet = state.set.ids.length > 0;
  if (name !== undefined) {
    if (!hasSet) ignored.push('setname: only used together with set');
    else state.set = { ...state.set, name: cleanText(name, 'setname', MAX_SET_NAME, ignored) };
  }
  if (only !== undefined) {
    if (!hasSet) ignored.push('setonly: only used together with set');
    else if (only === '1' || only === '0') state.set = { ...state.set, shown: only === '1' };
    else ignored.push(`setonly: "${preview(only)}" is not 1 or 0`);
  }
}

function encode(value: string): string {
  // Keep commas and slashes readable; they are safe in a fragment.
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/** Writes the fragment, without `#`. Defaults are left out, so a fresh view is an empty fragment. */
export function serializeFragment(state: UrlState): string {
  const parts: string[] = [];
  for (const p of PARAMS) {
    const v = p.write(state);
    if (v !== null && v !== '') parts.push(`${p.key}=${encode(v)}`);
  }
  return parts.join('&');
}
