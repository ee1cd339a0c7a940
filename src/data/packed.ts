/**
 * Incidents in columns: typed arrays for everything the filters, map and
 * timeline read, and UTF-8 text columns for what a reader reads. This is the
 * form the data worker hands to the page: its buffers move between threads
 * without copying, hold about a third of what the same incidents hold as
 * objects, and a record is rebuilt only when a view shows it.
 */
import { ACTOR_ROLES, CATEGORY_IDS, LOCATION_PRECISIONS } from './vocabulary.ts';
import type { DatePrecision, ParsedDate } from '../lib/edtf.ts';
import type { Dataset } from './dataset.ts';
import type { Incident, Localized } from './schema.ts';

/** Text of row i is bytes[offsets[i] .. offsets[i+1]), UTF-8; an empty text is an absent value. */
export interface TextColumn {
  offsets: Uint32Array;
  bytes: Uint8Array;
}

export const TEXT_FIELDS = [
  'id',
  'titleEn',
  'titleRu',
  'titleKk',
  'summaryEn',
  'summaryRu',
  'summaryKk',
  'rest',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface PackedIncidents {
  n: number;
  text: Record<TextField, TextColumn>;
  start: Float64Array;
  end: Float64Array;
  /** First and last calendar year each incident touches (see incident-years.ts). */
  startYear: Uint16Array;
  endYear: Uint16Array;
  /** Row numbers in date order (by start, then row): lists in date order filter it instead of sorting. */
  byStart: Uint32Array;
  /** precision × 16 + startUnit × 4 + endUnit, each an index into DATE_PRECISIONS / UNITS. */
  dateCode: Uint8Array;
  /** Index into CATEGORY_IDS. */
  category: Uint8Array;
  /** Index into the dataset's places, in file order; -1 when the place is unknown. */
  place: Int32Array;
  /** Index into LOCATION_PRECISIONS. */
  locationPrecision: Uint8Array;
  /** Actors of row i are actorList[actorOffsets[i] .. actorOffsets[i+1]), indices into the dataset's actors. */
  actorOffsets: Uint32Array;
  actorList: Uint32Array;
  /** Index into ACTOR_ROLES, aligned with actorList. */
  actorRole: Uint8Array;
  /** Cases of row i, indices into the dataset's cases, as actors are. */
  caseOffsets: Uint32Array;
  caseList: Uint32Array;
}

/** Everything of a dataset but its incidents: small, and sent to the page as it is. */
export type DatasetMeta = Omit<Dataset, 'incidents' | 'dates'>;

/** Date precisions, firmest first: a packed date code holds an index into this. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'range'];
const UNITS = ['day', 'month', 'year'] as const;

/** The fields of a record that the columns do not hold, as one JSON text per row. */
type Rest = Omit<
  Incident,
  'id' | 'title' | 'summary' | 'category' | 'place' | 'locationPrecision' | 'actors' | 'cases'
>;

/** Appends strings as UTF-8 into a buffer that grows as needed. */
class TextWriter {
  private bytes: Uint8Array;
  private used = 0;
  private readonly encoder = new TextEncoder();
  readonly offsets: Uint32Array;
  private row = 0;

  constructor(rows: number, guess: number) {
    this.offsets = new Uint32Array(rows + 1);
    this.bytes = new Uint8Array(Math.max(64, guess));
  }

  push(text: string | undefined): void {
    const value = text ?? '';
    const room = value.length * 3;
    if (this.used + room > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + room));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.used += this.encoder.encodeInto(value, this.bytes.subarray(this.used)).written;
    this.offsets[++this.row] = this.used;
  }

  column(): TextColumn {
    // A copy the exact size, so the column holds no slack when it moves to the page.
    return { offsets: this.offsets, bytes: this.bytes.slice(0, this.used) };
  }
}

/** Thrown when a record names something the dataset does not have: the caller validates instead. */
export class PackError extends Error {
  override name = 'PackError';
}

function indexOf(ids: Map<string, number>, id: string, what: string): number {
  const k = ids.get(id);
  if (k === undefined) throw new PackError(`unknown ${what} "${id}"`);
  return k;
}

export function packIncidents(ds: Dataset): PackedIncidents {
  const { incidents, dates } = ds;
  const n = incidents.length;
  const placeIx = new Map([...ds.places.keys()].map((id, k) => [id, k]));
  const actorIx = new Map([...ds.actors.keys()].map((id, k) => [id, k]));
  const caseIx = new Map([...ds.cases.keys()].map((id, k) => [id, k]));
  const categoryIx = new Map<string, number>(CATEGORY_IDS.map((c, k) => [c, k]));
  const precisionIx = new Map<string, number>(LOCATION_PRECISIONS.map((c, k) => [c, k]));
  const roleIx = new Map<string, number>(ACTOR_ROLES.map((c, k) => [c, k]));
  const writers = Object.fromEntries(
    TEXT_FIELDS.map((f) => [f, new TextWriter(n, f === 'rest' || f === 'summaryEn' ? n * 256 : n * 48)]),
  ) as Record<TextField, TextWriter>;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const dateCode = new Uint8Array(n);
  const startYear = new Uint16Array(n);
  const endYear = new Uint16Array(n);
  const category = new Uint8Array(n);
  const place = new Int32Array(n);
  const locationPrecision = new Uint8Array(n);
  let actorCount = 0;
  let caseCount = 0;
  for (const inc of incidents) {
    actorCount += inc.actors.length;
    caseCount += inc.cases.length;
  }
  const actorOffsets = new Uint32Array(n + 1);
  const actorList = new Uint32Array(actorCount);
  const actorRole = new Uint8Array(actorCount);
  const caseOffsets = new Uint32Array(n + 1);
  const caseList = new Uint32Array(caseCount);
  let a = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const inc = incidents[i]!;
    const d = dates[i]!;
    const { id, title, summary, category: cat, place: pl, locationPrecision: lp, actors, cases, ...rest } = inc;
    writers.id.push(id);
    writers.titleEn.push(title.en);
    writers.titleRu.push(title.ru);
    writers.titleKk.push(title.kk);
    writers.summaryEn.push(summary.en);
    writers.summaryRu.push(summary.ru);
    writers.summaryKk.push(summary.kk);
    writers.rest.push(JSON.stringify(rest satisfies Rest));
    start[i] = d.start;
    end[i] = d.end;
    startYear[i] = new Date(d.start).getUTCFullYear();
    endYear[i] = new Date(d.end - 1).getUTCFullYear();
    dateCode[i] = DATE_PRECISIONS.indexOf(d.precision) * 16 + UNITS.indexOf(d.startUnit) * 4 + UNITS.indexOf(d.endUnit);
    category[i] = indexOf(categoryIx, cat, 'category');
    place[i] = pl === null ? -1 : indexOf(placeIx, pl, 'place');
    locationPrecision[i] = indexOf(precisionIx, lp, 'location precision');
    actorOffsets[i] = a;
    for (const x of actors) {
      actorRole[a] = indexOf(roleIx, x.role, 'role');
      actorList[a++] = indexOf(actorIx, x.actor, 'actor');
    }
    caseOffsets[i] = c;
    for (const x of cases) caseList[c++] = indexOf(caseIx, x, 'case');
  }
  actorOffsets[n] = a;
  caseOffsets[n] = c;
  const byStart = new Uint32Array(n);
  for (let i = 0; i < n; i++) byStart[i] = i;
  byStart.sort((x, y) => start[x]! - start[y]! || x - y);
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, writers[f].column()])) as Record<TextField, TextColumn>;
  return {
    n,
    text,
    start,
    end,
    startYear,
    endYear,
    byStart,
    dateCode,
    category,
    place,
    locationPrecision,
    actorOffsets,
    actorList,
    actorRole,
    caseOffsets,
    caseList,
  };
}

/** Every buffer of the columns, for postMessage's transfer list. */
export function packedBuffers(p: PackedIncidents): ArrayBuffer[] {
  const views: ArrayBufferView[] = [
    p.start,
    p.end,
    p.startYear,
    p.endYear,
    p.byStart,
    p.dateCode,
    p.category,
    p.place,
    p.locationPrecision,
    p.actorOffsets,
    p.actorList,
    p.actorRole,
    p.caseOffsets,
    p.caseList,
    ...TEXT_FIELDS.flatMap((f) => [p.text[f].offsets, p.text[f].bytes]),
  ];
  return [...new Set(views.map((v) => v.buffer as ArrayBuffer))];
}

const decoder = new TextDecoder();

export function textAt(col: TextColumn, i: number): string {
  const from = col.offsets[i]!;
  const to = col.offsets[i + 1]!;
  return from === to ? '' : decoder.decode(col.bytes.subarray(from, to));
}

/** Every text of a column, decoded in one pass (for short texts such as ids). */
export function allTexts(col: TextColumn): string[] {
  const n = col.offsets.length - 1;
  const whole = decoder.decode(col.bytes);
  const out: string[] = new Array(n);
  // Offsets count bytes; for ASCII text they are also character positions.
  if (whole.length === col.bytes.length) {
    for (let i = 0; i < n; i++) out[i] = whole.slice(col.offsets[i]!, col.offsets[i + 1]!);
  } else {
    for (let i = 0; i < n; i++) out[i] = textAt(col, i);
  }
  return out;
}

function localizedAt(p: PackedIncidents, en: TextField, ru: TextField, kk: TextField, i: number): Localized {
  const value: Localized = { en: textAt(p.text[en], i) };
  const r = textAt(p.text[ru], i);
  const k = textAt(p.text[kk], i);
  if (r) value.ru = r;
  if (k) value.kk = k;
  return value;
}

export const titleAt = (p: PackedIncidents, i: number): Localized => localizedAt(p, 'titleEn', 'titleRu', 'titleKk', i);

export function dateAt(p: PackedIncidents, i: number): ParsedDate {
  const code = p.dateCode[i]!;
  return {
    start: p.start[i]!,
    end: p.end[i]!,
    precision: DATE_PRECISIONS[code >> 4]!,
    startUnit: UNITS[(code >> 2) & 3]!,
    endUnit: UNITS[code & 3]!,
  };
}

/** Ids of the dataset's places, actors and cases in the order the columns index them. */
export interface PackedNames {
  placeIds: readonly string[];
  actorIds: readonly string[];
  caseIds: readonly string[];
}

/** Rebuilds record i exactly as the schema output it (fields in the schema's order). */
export function incidentAt(p: PackedIncidents, names: PackedNames, i: number): Incident {
  const rest = JSON.parse(textAt(p.text.rest, i)) as Rest;
  const actors: Incident['actors'] = [];
  for (let k = p.actorOffsets[i]!; k < p.actorOffsets[i + 1]!; k++)
    actors.push({ actor: names.actorIds[p.actorList[k]!]!, role: ACTOR_ROLES[p.actorRole[k]!]! });
  const cases: string[] = [];
  for (let k = p.caseOffsets[i]!; k < p.caseOffsets[i + 1]!; k++) cases.push(names.caseIds[p.caseList[k]!]!);
  const place = p.place[i]!;
  const { date, dateBasis, dateNote, placeBasis, placeNote, placeSet, people, sources } = rest;
  return {
    id: textAt(p.text.id, i),
    title: titleAt(p, i),
    summary: localizedAt(p, 'summaryEn', 'summaryRu', 'summaryKk', i),
    date,
    dateBasis,
    ...(dateNote === undefined ? {} : { dateNote }),
    place: place < 0 ? null : names.placeIds[place]!,
    locationPrecision: LOCATION_PRECISIONS[p.locationPrecision[i]!]!,
    placeBasis,
    ...(placeNote === undefined ? {} : { placeNote }),
    ...(placeSet === undefined ? {} : { placeSet }),
    category: CATEGORY_IDS[p.category[i]!]!,
    actors,
    ...(people === undefined ? {} : { people }),
    sources,
    cases,
  };
}
