/**
 * The fragment contract (version 1). The whole view lives after the `#`, so
 * the server never learns which incident or filter a reader opened. One table
 * describes every parameter: how to read it from the fragment and how to
 * write it back. Reading never throws; whatever cannot be used is reported.
 *
 *   #id=<incident>&years=2022,2025-2026&actors=a,b&categories=c&places=p
 *    &q=text&contested=1&from=2022-01-01&to=2022-02-28&map=4.5/48.1/67.5
 *    &group=category&sort=date-desc&lang=en
 */
import { CATEGORY_IDS, type CategoryId } from '../data/vocabulary';
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../lib/edtf';
import { isoDay } from '../lib/format';
import { isUiLang, UI_LANGS, type UiLang } from '../lib/langs';
import { EMPTY_FILTERS, type Filters } from './slices/filters';
import type { MapView } from './slices/map-view';
import type { TimeWindow } from './slices/time-window';
import type { GroupBy, Sort, SortKey } from './slices/ui';
import { DEFAULT_SORT } from './slices/ui';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import type { AppState } from './index';

export const URL_FORMAT_VERSION = 1;

export interface UrlState {
  id: string | null;
  filters: Filters;
  timeWindow: TimeWindow | null;
  mapView: MapView | null;
  groupBy: GroupBy;
  sort: Sort;
  lang: UiLang | null;
  /** Narrative and 1-based step. */
  story: { id: string; step: number } | null;
  actor: string | null;
  /** Chrome hidden for use in an iframe. */
  embed: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  id: null,
  filters: EMPTY_FILTERS,
  timeWindow: null,
  mapView: null,
  groupBy: 'none',
  sort: DEFAULT_SORT,
  lang: null,
  story: null,
  actor: null,
  embed: false,
};

export interface ParseResult {
  state: UrlState;
  /** Human-readable reasons for every part of the fragment that was not used. */
  ignored: string[];
}

const MAX_FRAGMENT = 8_000;
const MAX_LIST = 50;
const MAX_TEXT = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GROUPS: GroupBy[] = ['none', 'category', 'region'];
const SORT_KEYS: SortKey[] = ['date', 'title', 'place', 'category'];

/** Shortens a hostile value before it is echoed in a notice. */
export function preview(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function slugList(raw: string, name: string, ignored: string[]): string[] {
  const out: string[] = [];
  for (const part of raw.split(',')) {
    if (part === '') continue;
    if (!SLUG.test(part) || part.length > 120) ignored.push(`${name}: "${preview(part)}" is not a valid id`);
    else if (!out.includes(part)) out.push(part);
  }
  if (out.length > MAX_LIST) {
    ignored.push(`${name}: only the first ${MAX_LIST} values are used`);
    return out.slice(0, MAX_LIST);
  }
  return out;
}

function parseYears(raw: string, ignored: string[]): number[] {
  const years = new Set<number>();
  for (const part of raw.split(',')) {
    if (part === '') continue;
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (!m) {
      ignored.push(`years: "${preview(part)}" is not a year or a range like 2020-2022`);
      continue;
    }
    let a = Number(m[1]);
    let b = m[2] === undefined ? a : Number(m[2]);
    if (a > b) {
      ignored.push(`years: "${preview(part)}" was reversed; read as ${b}-${a}`);
      [a, b] = [b, a];
    }
    if (a < DATASET_FIRST_YEAR || b > DATASET_LAST_YEAR) {
      ignored.push(`years: "${preview(part)}" is outside ${DATASET_FIRST_YEAR}–${DATASET_LAST_YEAR}`);
      a = Math.max(a, DATASET_FIRST_YEAR);
      b = Math.min(b, DATASET_LAST_YEAR);
    }
    for (let y = a; y <= b; y++) years.add(y);
  }
  return [...years].sort((x, y) => x - y);
}

/** Writes years compactly: consecutive runs become ranges. */
function formatYears(years: number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

function parseWindow(from: string | undefined, to: string | undefined, ignored: string[]): TimeWindow | null {
  if (from === undefined && to === undefined) return null;
  if (from === undefined || to === undefined) {
    ignored.push('from/to: both ends of the time window are needed');
    return null;
  }
  const a = parseEdtf(from);
  const b = parseEdtf(to);
  if (!a || !b || a.precision === 'range' || b.precision === 'range') {
    ignored.push(`from/to: "${preview(from)}" – "${preview(to)}" are not dates like 2022-01-31`);
    return null;
  }
  if (b.end <= a.start) {
    ignored.push(`from/to: the window ends before it starts`);
    return null;
  }
  const min = Date.UTC(DATASET_FIRST_YEAR - 5, 0, 1);
  const max = Date.UTC(DATASET_LAST_YEAR + 5, 0, 1);
  if (a.start < min || b.end > max) {
    ignored.push(`from/to: the window is outside ${DATASET_FIRST_YEAR - 5}–${DATASET_LAST_YEAR + 4}`);
    return null;
  }
  return { start: a.start, end: b.end };
}

function parseMap(raw: string, ignored: string[]): MapView | null {
  const m = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(raw);
  const zoom = Number(m?.[1]);
  const lat = Number(m?.[2]);
  const lon = Number(m?.[3]);
  if (!m || !(zoom >= 0 && zoom <= 22) || !(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) {
    ignored.push(`map: "${preview(raw)}" is not zoom/latitude/longitude`);
    return null;
  }
  return { zoom, center: [lon, lat] };
}

function parseSort(raw: string, ignored: string[]): Sort {
  const [key, dir = 'asc'] = raw.split('-');
  if (!SORT_KEYS.includes(key as SortKey) || (dir !== 'asc' && dir !== 'desc')) {
    ignored.push(`sort: "${preview(raw)}" is not one of ${SORT_KEYS.join(', ')} (with -asc or -desc)`);
    return DEFAULT_SORT;
  }
  return { key: key as SortKey, dir };
}

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
      // Control characters never help a search and can hide text in notices.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
      let text = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
      if (text.length > MAX_TEXT) {
        ig.push(`q: the search text was cut to ${MAX_TEXT} characters`);
        text = text.slice(0, MAX_TEXT);
      }
      // Half a surrogate pair (raw, or left by the cut) cannot be percent-encoded: writing the link would throw.
      text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
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
    key: 'group',
    read: (v, s, ig) => {
      if (GROUPS.includes(v as GroupBy)) s.groupBy = v as GroupBy;
      else ig.push(`group: "${preview(v)}" is not one of ${GROUPS.join(', ')}`);
    },
    write: (s) => (s.groupBy === 'none' ? null : s.groupBy),
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
];

/** Every parameter of the fragment contract, in the order links write them. */
export const PARAM_KEYS: readonly string[] = [...PARAMS.map((p) => p.key), 'v'];
const KNOWN = new Set(PARAM_KEYS);

function round(n: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Reads a fragment (with or without the leading `#`). Never throws. */
export function parseFragment(fragment: string): ParseResult {
  const ignored: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS } };
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

/** The part of the store that a link carries. */
export function urlStateOf(s: AppState): UrlState {
  const mapMoved =
    s.mapView.zoom !== DEFAULT_MAP_VIEW.zoom ||
    s.mapView.center[0] !== DEFAULT_MAP_VIEW.center[0] ||
    s.mapView.center[1] !== DEFAULT_MAP_VIEW.center[1];
  return {
    id: s.selectedId,
    filters: s.filters,
    timeWindow: s.timeWindow,
    mapView: mapMoved ? s.mapView : null,
    groupBy: s.groupBy,
    sort: s.sort,
    lang: s.lang === 'en' ? null : s.lang,
    story: s.story ? { id: s.story.id, step: s.story.step + 1 } : null,
    actor: s.actorPage,
    embed: s.embed,
  };
}

/** The fragment (without `#`) of the store's view with some parts replaced: what a link to that view holds. */
export function linkTo(s: AppState, patch: Partial<UrlState> = {}): string {
  return serializeFragment({ ...urlStateOf(s), ...patch });
}

/**
 * The link to a view, on the page at `href`. The address bar catches up with
 * filter and map changes only after a pause, so links are built from the
 * store, exactly as the URL sync will write them.
 */
export function viewLink(s: AppState, href: string, patch: Partial<UrlState> = {}): string {
  const base = href.split('#')[0] ?? '';
  const fragment = linkTo(s, patch);
  return fragment ? `${base}#${fragment}` : base;
}
