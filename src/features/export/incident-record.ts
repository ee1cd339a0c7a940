/**
 * One incident as the exports describe it: every field a researcher needs to
 * cite or map it, in the reader's language with the English beside it. The
 * CSV's columns and the GeoJSON's properties are both made from this record.
 */
import type { DataIndex } from '../../data/data-index';
import { DEFAULT_URL_STATE, serializeFragment } from '../../store/url-state';
import { isoDay } from '../../lib/format';
import { datasetText, pick, placeName, textStatus } from '../../data/localized';
import type { UiLang } from '../../lib/langs';
import { roleName } from '../../lib/role-names';
import { disputesOf } from '../../data/cross-records';
import type { Source } from '../../data/schema';

export interface ExportMeta {
  /** The link that reopens the exported view. */
  link: string;
  /** ISO day the reader exported the view. */
  accessed: string;
  /** The view's language: dataset text is exported in it where a translation exists. English by default. */
  lang?: UiLang;
}

export interface ExportActor {
  id: string;
  name: string;
  /** The role's id in the dataset's vocabulary, the same in every language. */
  role: string;
  /** The role's name in the view's language, as the app's role tags show it. */
  role_name: string;
}

export interface ExportQuote {
  text: string;
  lang: string;
  translation: string | null;
}

/** Who published a text and where a reader can check it. */
export interface ExportPublication {
  publisher: string | null;
  publisher_description: string | null;
  author: string | null;
  published: string | null;
  published_note: string | null;
  url: string | null;
  /** A Wayback Machine search for `url`, not a claim that a snapshot exists. */
  archive_search: string | null;
}

export interface ExportSource extends ExportPublication {
  id: string;
  title: string;
  /** The article this one rewords or repeats, when there is one. */
  related: (ExportPublication & { relation: string; title: string | null }) | null;
  quotes: ExportQuote[];
}

export interface ExportDispute {
  id: string;
  topic: string;
  note: string | null;
  claims: {
    text: string;
    source: string;
    source_title: string;
    quote: string;
    lang: string;
    translation: string | null;
  }[];
}

export interface ExportCase {
  id: string;
  title: string;
}

/**
 * One incident, resolved against places, actors, sources and cases. Dataset
 * text is in the view's language where translated (`lang`, and whether that
 * translation is reviewed), with the English reference beside the title and
 * summary. Quotes stay verbatim.
 */
export interface IncidentRecord {
  id: string;
  title: string;
  date: string;
  date_start: string;
  /** Inclusive last day. */
  date_end: string;
  date_precision: string;
  /** Where the date comes from: the source text, an inference from it, or outside knowledge. */
  date_basis: string;
  date_note: string | null;
  place_id: string | null;
  place: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** Null when the incident is unlocated or known only to a region or country (see `hasPoint`). */
  latitude: number | null;
  longitude: number | null;
  /** The dataset's word: `exact`, `settlement`, `district`, `region`, `country` or `unknown`. */
  location_precision: string;
  place_basis: string;
  place_note: string | null;
  category: string;
  actors: ExportActor[];
  people_count: number | null;
  people_qualifier: string | null;
  summary: string;
  sources: ExportSource[];
  contested: boolean;
  disputes: ExportDispute[];
  cases: ExportCase[];
  link: string;
  /** The language of the view the record was exported from. */
  lang: UiLang;
  /** How the title and summary are shown in that language: `original` (English), `reviewed`, `draft` or `untranslated`. */
  translation_status: string;
  title_en: string;
  summary_en: string;
}

/** About 10 cm: finer digits only suggest a precision the data does not have. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The incident's own link: the view's address with a fragment that opens just this incident. */
export function incidentLink(viewLink: string, id: string, dataVersion: string | null = null): string {
  const hash = viewLink.indexOf('#');
  const base = hash < 0 ? viewLink : viewLink.slice(0, hash);
  return `${base}#${serializeFragment({ ...DEFAULT_URL_STATE, id, dataVersion })}`;
}

/**
 * A plain-text field of a record (a note, a description) in the view's
 * language: its translations are found by key among the dataset's texts, as
 * the app's details panel finds them; null when the record has no such text.
 */
function noteIn(ix: DataIndex, key: string, en: string | undefined, lang: UiLang): string | null {
  return en === undefined ? null : pick(datasetText(ix.texts, key, en), lang);
}

/** `key` locates the publication's notes among the texts: `sources/<id>/` or `sources/<id>/related.`. */
function publication(ix: DataIndex, p: Partial<Source> | undefined, key: string, lang: UiLang): ExportPublication {
  return {
    publisher: p?.publisher ?? null,
    publisher_description: noteIn(ix, `${key}publisherDescription`, p?.publisherDescription, lang),
    author: p?.author ?? null,
    published: p?.published ?? null,
    published_note: noteIn(ix, `${key}publishedNote`, p?.publishedNote, lang),
    url: p?.url ?? null,
    archive_search: p?.archiveSearch ?? null,
  };
}

/**
 * A place of this kind, or an incident placed this coarsely, names an area: the
 * gazetteer's point for it is where a label goes, not where anything happened.
 * Exported as coordinates, every country-wide incident would pile up on one
 * false spot in the steppe, so such incidents get no coordinates at all and
 * keep the place id, names and precision to join them to an area instead.
 */
const AREA = new Set(['region', 'country']);

/** Whether coordinates for this place say where the incident happened (the map draws the others as areas too). */
function hasPoint(locationPrecision: string, placeKind: string): boolean {
  return !AREA.has(locationPrecision) && !AREA.has(placeKind);
}

const STATUS_RANK = ['original', 'reviewed', 'draft', 'fallback'] as const;

export function incidentRecord(ix: DataIndex, i: number, viewLink: string, lang: UiLang = 'en'): IncidentRecord {
  const { dataset } = ix;
  const inc = ix.incident(i);
  const date = ix.date(i);
  const place = inc.place === null ? undefined : dataset.places.get(inc.place);
  // A region-level place is itself the region, so grouping by region still finds it.
  const region = place?.kind === 'region' ? place : place?.region ? dataset.places.get(place.region) : undefined;
  const sourceTitle = (id: string) => dataset.sources.get(id)?.title ?? id;
  const worst = Math.max(...[inc.title, inc.summary].map((v) => STATUS_RANK.indexOf(textStatus(v, lang))));
  const disputes = disputesOf(dataset.disputes, inc.id);
  const point = place && hasPoint(inc.locationPrecision, place.kind) ? place : undefined;
  return {
    id: inc.id,
    title: pick(inc.title, lang),
    date: inc.date,
    date_start: isoDay(date.start),
    date_end: isoDay(Math.max(date.start, date.end - 1)),
    date_precision: date.precision,
    date_basis: inc.dateBasis,
    date_note: noteIn(ix, `incidents/${inc.id}/dateNote`, inc.dateNote, lang),
    place_id: place?.id ?? null,
    place: place ? placeName(place, lang) : null,
    region: region ? placeName(region, lang) : null,
    country: place?.country ?? null,
    latitude: point ? roundCoordinate(point.lat) : null,
    longitude: point ? roundCoordinate(point.lon) : null,
    location_precision: inc.locationPrecision,
    place_basis: inc.placeBasis,
    place_note: noteIn(ix, `incidents/${inc.id}/placeNote`, inc.placeNote, lang),
    category: inc.category,
    actors: inc.actors.map((a) => ({
      id: a.actor,
      name: pick(dataset.actors.get(a.actor)?.name, lang) || a.actor,
      role: a.role,
      role_name: roleName(a.role, lang),
    })),
    people_count: inc.people?.count ?? null,
    people_qualifier: inc.people?.qualifier ?? null,
    summary: pick(inc.summary, lang),
    sources: inc.sources.map((c) => {
      const source = dataset.sources.get(c.source);
      const related = source?.related;
      return {
        id: c.source,
        title: source?.title ?? c.source,
        ...publication(ix, source, `sources/${c.source}/`, lang),
        related: related
          ? {
              relation: related.relation,
              title: related.title ?? null,
              ...publication(ix, related, `sources/${c.source}/related.`, lang),
            }
          : null,
        quotes: c.quotes.map((q) => ({ text: q.text, lang: q.lang, translation: q.translation ?? null })),
      };
    }),
    contested: disputes.length > 0,
    disputes: disputes.map((d) => ({
      id: d.id,
      topic: pick(d.topic, lang),
      note: d.note ? pick(d.note, lang) : null,
      claims: d.claims.map((c) => ({
        text: pick(c.text, lang),
        source: c.source,
        source_title: sourceTitle(c.source),
        quote: c.quote,
        lang: c.lang,
        translation: c.translation ?? null,
      })),
    })),
    cases: inc.cases.map((id) => ({ id, title: pick(dataset.cases.get(id)?.title, lang) || id })),
    link: incidentLink(viewLink, inc.id, ix.dataset.version),
    lang,
    translation_status: STATUS_RANK[worst] === 'fallback' ? 'untranslated' : (STATUS_RANK[worst] ?? 'original'),
    title_en: inc.title.en,
    summary_en: inc.summary.en,
  };
}
