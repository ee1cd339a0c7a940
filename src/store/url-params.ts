/**
 * Readers and writers for the values of single link parameters. Each reports
 * what it cannot use in plain words and never throws; url-state.ts combines
 * them into the fragment contract.
 */
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../lib/edtf.ts';
import { round } from '../lib/numbers.ts';
import type { MapView } from './slices/map-view.ts';
import type { Bounds } from './camera.ts';
import { AREA_DIGITS } from './map-area.ts';
import type { TimeWindow } from './slices/time-window.ts';
import { LINKABLE_WINDOW } from './time-windows.ts';
import { DEFAULT_SORT, type Sort, type SortKey } from './slices/ui.ts';

const MAX_LIST = 50;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SORT_KEYS: readonly SortKey[] = ['relevance', 'date', 'title', 'place', 'category'];

/** Shortens a hostile value before it is echoed in a notice. */
export function preview(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/**
 * Free text from a link (a search, a set's name): control characters become
 * spaces, the text is cut to `max` characters, and half a surrogate pair (raw,
 * or left by the cut) is dropped, since it cannot be percent-encoded and
 * writing the link back would throw. Only spaces read as no text.
 */
export function cleanText(raw: string, name: string, max: number, ignored: string[]): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  let text = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  if (text.length > max) {
    ignored.push(`${name}: the text was cut to ${max} characters`);
    text = text.slice(0, max);
  }
  text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return text.trim() === '' ? '' : text;
}

export function slugList(raw: string, name: string, ignored: string[], max = MAX_LIST): string[] {
  const out: string[] = [];
  for (const part of raw.split(',')) {
    if (part === '') continue;
    if (!SLUG.test(part) || part.length > 120) ignored.push(`${name}: "${preview(part)}" is not a valid id`);
    else if (!out.includes(part)) out.push(part);
  }
  if (out.length > max) {
    ignored.push(`${name}: only the first ${max} values are used`);
    return out.slice(0, max);
  }
  return out;
}

export function parseYears(raw: string, ignored: string[]): number[] {
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
export function formatYears(years: number[]): string {
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

export function parseWindow(from: string | undefined, to: string | undefined, ignored: string[]): TimeWindow | null {
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
  if (a.start < LINKABLE_WINDOW.start || b.end > LINKABLE_WINDOW.end) {
    ignored.push(`from/to: the window is outside ${DATASET_FIRST_YEAR - 5}–${DATASET_LAST_YEAR + 4}`);
    return null;
  }
  return { start: a.start, end: b.end };
}

export function parseMap(raw: string, ignored: string[]): MapView | null {
  const m = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(raw);
  const zoom = Number(m?.[1]);
  const lat = Number(m?.[2]);
  const lon = Number(m?.[3]);
  if (!m || !(zoom >= 0 && zoom <= 22) || !(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) {
    ignored.push(`map: "${preview(raw)}" is not zoom/latitude/longitude`);
    return null;
  }
  // Read at the precision a link writes (and "-0" as 0), so the view reads back exactly as it is written.
  return { zoom: round(zoom, 2) + 0, center: [round(lon, 4) + 0, round(lat, 4) + 0] };
}

export function parseSort(raw: string, ignored: string[]): Sort {
  const [key, dir = 'asc'] = raw.split('-');
  if (!SORT_KEYS.includes(key as SortKey) || (dir !== 'asc' && dir !== 'desc')) {
    ignored.push(`sort: "${preview(raw)}" is not one of ${SORT_KEYS.join(', ')} (with -asc or -desc)`);
    return DEFAULT_SORT;
  }
  return { key: key as SortKey, dir };
}

const DEGREES = /^-?\d{1,3}(?:\.\d+)?$/;

/** The map-area box, "west,south,east,north" in degrees; read at the precision a link writes it. */
export function parseArea(raw: string, ignored: string[]): Bounds | null {
  const parts = raw.split(',');
  const [west, south, east, north] = parts.map((p) => (DEGREES.test(p) ? round(Number(p), AREA_DIGITS) + 0 : NaN));
  const lonOk = (v: number | undefined) => v !== undefined && v >= -180 && v <= 180;
  const latOk = (v: number | undefined) => v !== undefined && v >= -85 && v <= 85;
  if (parts.length !== 4 || !lonOk(west) || !lonOk(east) || !latOk(south) || !latOk(north)) {
    ignored.push(`area: "${preview(raw)}" is not west,south,east,north in degrees`);
    return null;
  }
  if (!(west! < east! && south! < north!)) {
    ignored.push(`area: "${preview(raw)}" is empty or reversed (west must be less than east, south less than north)`);
    return null;
  }
  return [west!, south!, east!, north!];
}

/** The box as a link writes it. */
export function formatArea(area: Bounds): string {
  return area.map((v) => String(round(v, AREA_DIGITS) + 0)).join(',');
}
