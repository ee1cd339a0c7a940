/**
 * Which format a file is, from its header, and which column holds which
 * field. Header names match whatever their case, spaces, underscores or
 * hyphens ("End Year", "end_year" and "ENDYEAR" are one column).
 *
 * Detection, in this order (the first whose signature columns are there wins):
 * 1. ACLED: at least three of event_id_cnty, event_date, sub_event_type,
 *    time_precision, geo_precision, actor1, admin1; needs event_date and event_type.
 * 2. TimelineJS: at least two of Year, Month, Day, Headline, Text, Media,
 *    Display Date, End Year; needs Year and Headline.
 * 3. The explorer's own CSV export: id and at least two of place_id,
 *    location_precision, title_en, date_precision, date_basis; needs id, title,
 *    date and category.
 * 4. The template: needs title and date.
 */
import type { ImportFormat } from './types.ts';

/** The header key: case, spaces, underscores, hyphens and dots do not count. */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** The fields the importer reads, whatever the format calls them. */
export type Field =
  | 'id'
  | 'title'
  | 'title_ru'
  | 'title_kk'
  | 'title_view'
  | 'summary'
  | 'summary_ru'
  | 'summary_kk'
  | 'summary_view'
  | 'lang'
  | 'translation_status'
  | 'date'
  | 'date_end'
  | 'date_basis'
  | 'date_note'
  | 'place_id'
  | 'place'
  | 'region'
  | 'country'
  | 'latitude'
  | 'longitude'
  | 'location_precision'
  | 'place_basis'
  | 'place_note'
  | 'category'
  | 'actors'
  | 'people_count'
  | 'people_qualifier'
  | 'source_url'
  | 'quote'
  | 'quote_translation'
  | 'case'
  // ACLED.
  | 'time_precision'
  | 'event_type'
  | 'sub_event_type'
  | 'actor1'
  | 'assoc_actor_1'
  | 'inter1'
  | 'actor2'
  | 'assoc_actor_2'
  | 'inter2'
  | 'admin1'
  | 'admin2'
  | 'location'
  | 'geo_precision'
  | 'source'
  | 'notes'
  | 'fatalities'
  // TimelineJS.
  | 'year'
  | 'month'
  | 'day'
  | 'end_year'
  | 'end_month'
  | 'end_day'
  | 'media'
  | 'type'
  | 'group';

interface FormatSpec {
  format: ImportFormat;
  name: string;
  /** Header names (as headerKey gives them) to fields; null: known, not read. */
  columns: Record<string, Field | null>;
  /** Columns that identify the format, and how many of them must be there. */
  signature: { columns: string[]; min: number };
  required: Field[];
}

/**
 * The explorer's CSV export columns (features/export/csv.ts CSV_COLUMNS, which
 * data/ may not import; the round-trip test checks the two lists agree).
 * `title`/`summary` are in the view's language, `title_en`/`summary_en` the
 * English reference.
 */
export const EXPLORER_COLUMNS: Record<string, Field | null> = {
  id: 'id',
  title: 'title_view',
  date: 'date',
  date_start: null,
  date_end: null,
  date_precision: null,
  date_basis: 'date_basis',
  date_note: 'date_note',
  place_id: 'place_id',
  place: 'place',
  region: 'region',
  country: 'country',
  latitude: 'latitude',
  longitude: 'longitude',
  location_precision: 'location_precision',
  place_basis: 'place_basis',
  place_note: 'place_note',
  category: 'category',
  actors: 'actors',
  people_count: 'people_count',
  people_qualifier: 'people_qualifier',
  summary: 'summary_view',
  sources: null,
  contested: null,
  disputes: null,
  cases: 'case',
  link: null,
  lang: 'lang',
  translation_status: 'translation_status',
  title_en: 'title',
  summary_en: 'summary',
  dataset_version: null,
  view_link: null,
  accessed: null,
};

/** The documented template (public/templates/incidents-template.csv; README in fixtures/). */
export const TEMPLATE_COLUMNS: Record<string, Field | null> = {
  id: 'id',
  title: 'title',
  title__ru: 'title_ru',
  title__kk: 'title_kk',
  summary: 'summary',
  summary__ru: 'summary_ru',
  summary__kk: 'summary_kk',
  date: 'date',
  date_end: 'date_end',
  place: 'place',
  latitude: 'latitude',
  lat: 'latitude',
  longitude: 'longitude',
  lon: 'longitude',
  lng: 'longitude',
  category: 'category',
  actors: 'actors',
  source_url: 'source_url',
  url: 'source_url',
  quote: 'quote',
  quote_translation: 'quote_translation',
  case: 'case',
  cases: 'case',
};

export const ACLED_COLUMNS: Record<string, Field | null> = {
  event_id_cnty: 'id',
  event_date: 'date',
  year: null,
  time_precision: 'time_precision',
  disorder_type: null,
  event_type: 'event_type',
  sub_event_type: 'sub_event_type',
  actor1: 'actor1',
  assoc_actor_1: 'assoc_actor_1',
  inter1: 'inter1',
  actor2: 'actor2',
  assoc_actor_2: 'assoc_actor_2',
  inter2: 'inter2',
  interaction: null,
  civilian_targeting: null,
  iso: null,
  region: null,
  country: 'country',
  admin1: 'admin1',
  admin2: 'admin2',
  admin3: null,
  location: 'location',
  latitude: 'latitude',
  longitude: 'longitude',
  geo_precision: 'geo_precision',
  source: 'source',
  source_scale: null,
  notes: 'notes',
  fatalities: 'fatalities',
  tags: null,
  timestamp: null,
};

export const TIMELINEJS_COLUMNS: Record<string, Field | null> = {
  Year: 'year',
  Month: 'month',
  Day: 'day',
  Time: null,
  'End Year': 'end_year',
  'End Month': 'end_month',
  'End Day': 'end_day',
  'End Time': null,
  'Display Date': null,
  Headline: 'title',
  Text: 'summary',
  Media: 'media',
  'Media Credit': null,
  'Media Caption': null,
  'Media Thumbnail': null,
  Type: 'type',
  Group: 'group',
  Background: null,
};

const keyed = (columns: Record<string, Field | null>) =>
  Object.fromEntries(Object.entries(columns).map(([name, field]) => [headerKey(name), field]));

export const FORMATS: FormatSpec[] = [
  {
    format: 'acled',
    name: 'an ACLED export',
    columns: keyed(ACLED_COLUMNS),
    signature: {
      columns: [
        'event_id_cnty',
        'event_date',
        'sub_event_type',
        'time_precision',
        'geo_precision',
        'actor1',
        'admin1',
      ].map(headerKey),
      min: 3,
    },
    required: ['date', 'event_type'],
  },
  {
    format: 'timelinejs',
    name: 'a TimelineJS sheet',
    columns: keyed(TIMELINEJS_COLUMNS),
    signature: {
      columns: ['Year', 'Month', 'Day', 'Headline', 'Text', 'Media', 'Display Date', 'End Year'].map(headerKey),
      min: 2,
    },
    required: ['year', 'title'],
  },
  {
    format: 'explorer-csv',
    name: "the explorer's CSV export",
    columns: keyed(EXPLORER_COLUMNS),
    signature: {
      columns: ['place_id', 'location_precision', 'title_en', 'date_precision', 'date_basis'].map(headerKey),
      min: 2,
    },
    required: ['id', 'title', 'date', 'category'],
  },
  {
    format: 'template',
    name: 'the incidents template',
    columns: keyed(TEMPLATE_COLUMNS),
    signature: { columns: [headerKey('title'), headerKey('date')], min: 1 },
    required: ['title', 'date'],
  },
];

/** The columns each format needs, as a reader would write them. */
export const FORMAT_REQUIREMENTS =
  'template: title, date (and place or latitude/longitude); ACLED: event_date, event_type; ' +
  'TimelineJS: Year, Headline; explorer CSV export: id, title, date, category';

export interface HeaderMap {
  spec: FormatSpec;
  /** Field → column index and header as written. */
  fields: Map<Field, { index: number; column: string }>;
  duplicates: { index: number; column: string }[];
  unknown: { index: number; column: string }[];
}

export type Detection =
  | { ok: true; header: HeaderMap }
  | { ok: false; code: 'header-missing-required'; format: string; missing: string[] }
  | { ok: false; code: 'header-unrecognised' };

function mapHeader(spec: FormatSpec, header: string[]): HeaderMap {
  const fields = new Map<Field, { index: number; column: string }>();
  const seen = new Set<string>();
  const duplicates: HeaderMap['duplicates'] = [];
  const unknown: HeaderMap['unknown'] = [];
  header.forEach((column, index) => {
    const key = headerKey(column);
    if (key === '') return;
    if (seen.has(key)) {
      duplicates.push({ index, column });
      return;
    }
    seen.add(key);
    if (!(key in spec.columns)) {
      unknown.push({ index, column });
      return;
    }
    const field = spec.columns[key];
    if (field && !fields.has(field)) fields.set(field, { index, column });
  });
  return { spec, fields, duplicates, unknown };
}

/** Names a required field by the header a reader would write for it in that format. */
function columnName(spec: FormatSpec, field: Field): string {
  const source =
    spec.format === 'acled'
      ? ACLED_COLUMNS
      : spec.format === 'timelinejs'
        ? TIMELINEJS_COLUMNS
        : spec.format === 'explorer-csv'
          ? EXPLORER_COLUMNS
          : TEMPLATE_COLUMNS;
  return Object.entries(source).find(([, f]) => f === field)?.[0] ?? field;
}

export function detectFormat(header: string[], only?: ImportFormat): Detection {
  const keys = new Set(header.map(headerKey));
  for (const spec of FORMATS) {
    if (only && spec.format !== only) continue;
    const hits = spec.signature.columns.filter((c) => keys.has(c)).length;
    if (hits < spec.signature.min) continue;
    const map = mapHeader(spec, header);
    const missing = spec.required.filter((f) => !map.fields.has(f));
    if (missing.length > 0) {
      return {
        ok: false,
        code: 'header-missing-required',
        format: spec.name,
        missing: missing.map((f) => columnName(spec, f)),
      };
    }
    return { ok: true, header: map };
  }
  return { ok: false, code: 'header-unrecognised' };
}
