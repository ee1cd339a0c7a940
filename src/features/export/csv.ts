/**
 * The incidents of the current view as CSV for spreadsheets. The column set is
 * also the property set of the GeoJSON export, so both formats describe an
 * incident the same way (incident-record.ts): latitude and longitude are empty
 * where the GeoJSON geometry is null, and `location_precision` says why.
 */
import Papa from 'papaparse';
import type { DataIndex } from '../../data/data-index';
import {
  incidentRecord,
  type ExportDispute,
  type ExportMeta,
  type ExportPublication,
  type ExportSource,
  type IncidentRecord,
} from './incident-record';

export const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'date_note',
  'place_id',
  'place',
  'region',
  'country',
  'latitude',
  'longitude',
  'location_precision',
  'place_basis',
  'place_note',
  'category',
  'actors',
  'people_count',
  'people_qualifier',
  'summary',
  'sources',
  'contested',
  'disputes',
  'cases',
  'link',
  'lang',
  'translation_status',
  'title_en',
  'summary_en',
  'dataset_version',
  'view_link',
  'accessed',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Spreadsheets run a cell that starts with one of these as a formula, so text
 * from a source could fetch URLs or run commands on the reader's machine. The
 * apostrophe makes them show it as text. Papaparse's own `escapeFormulae` misses
 * multi-line cells, hence this check.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function publicationCell(p: ExportPublication): string {
  const who = [p.publisher, p.author, p.published].filter((v) => v !== null).join(', ');
  const where = [p.url, p.archive_search && `archive search: ${p.archive_search}`].filter(Boolean).join(', ');
  return [who, where].filter((v) => v !== '').join('; ');
}

function sourcesCell(sources: ExportSource[]): string {
  return sources
    .map((s) => {
      const about = publicationCell(s);
      const related = s.related ? `; ${s.related.relation} ${publicationCell(s.related)}` : '';
      const head = about || related ? `${s.title} (${about}${related})` : s.title;
      return `${head}: ${s.quotes.map((q) => `“${q.text}”`).join(' | ')}`;
    })
    .join('; ');
}

function disputesCell(disputes: ExportDispute[]): string {
  return disputes
    .map((d) => `${d.topic}: ${d.claims.map((c) => `${c.text} [${c.source_title}]`).join(' vs ')}`)
    .join('; ');
}

function row(r: IncidentRecord, version: string, meta: ExportMeta): (string | number | null)[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    ...r,
    actors: r.actors.map((a) => `${a.name} (${a.role_name})`).join('; '),
    sources: sourcesCell(r.sources),
    contested: r.contested ? 'yes' : 'no',
    disputes: disputesCell(r.disputes),
    cases: r.cases.map((c) => c.title).join('; '),
    dataset_version: version,
    view_link: meta.link,
    accessed: meta.accessed,
  };
  // Numbers come from the schema, never from free text, and a negative longitude must stay a number.
  return CSV_COLUMNS.map((c) => {
    const v = cells[c];
    return typeof v === 'string' ? guardCell(v) : v;
  });
}

/**
 * One row per visible incident, with the dataset version, the view's link and
 * the access day on every row so the file stays rectangular and each row
 * carries its provenance. Starts with a byte order mark: without it Excel reads
 * UTF-8 as the local code page and garbles Cyrillic and Kazakh text.
 */
export function toCsv(ix: DataIndex, visible: ArrayLike<number>, meta: ExportMeta): string {
  const data: (string | number | null)[][] = [];
  for (let k = 0; k < visible.length; k++) {
    data.push(row(incidentRecord(ix, visible[k]!, meta.link, meta.lang), ix.dataset.version, meta));
  }
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n' });
  // Papaparse ends a header-only file with a line break but no other file; drop it so every file ends alike.
  return `\uFEFF${data.length === 0 ? body.replace(/\r\n$/, '') : body}`;
}
