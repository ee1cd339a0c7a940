/**
 * "Bring your own data": the bytes of a reader's file to the five raw data
 * files the explorer loads, with every problem named by line, column, value
 * and reason. Pure and synchronous, with no DOM: it runs in a Web Worker and
 * in Node (`npm run data:import`). Nothing leaves the device.
 *
 * The output is raw, like the published files: the app validates it with
 * `validateDataset` as it does those. Every rule this module applies is there
 * so that a kept row passes that validation; a row that cannot is skipped
 * here with a reason a reader can act on.
 */
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR, parseEdtf } from '../../lib/edtf.ts';
import { isoDay } from '../../lib/format.ts';
import { en as enLocale } from '../../lib/locales/en.ts';
import { ru as ruLocale } from '../../lib/locales/ru.ts';
import { kk as kkLocale } from '../../lib/locales/kk.ts';
import { roleName } from '../../lib/role-names.ts';
import { UI_LANGS } from '../../lib/langs.ts';
import { fold } from '../../lib/fold.ts';
import { COUNTRY_BOUNDS } from '../country-bounds.ts';
import {
  ACTOR_ROLES,
  CATEGORY_IDS,
  LOCATION_PRECISIONS,
  type ActorRole,
  type CategoryId,
  type LocationPrecision,
  type LANGUAGES,
} from '../vocabulary.ts';
import { BASES, type Place } from '../schema.ts';
import { decodeBytes } from './decode.ts';
import { parseDelimited } from './delimited.ts';
import { columnDateOrder, parseDateCell, type DateOrder } from './dates.ts';
import { detectFormat, FORMAT_REQUIREMENTS, type Field, type HeaderMap } from './columns.ts';
import { countryCode, standardLookup, type GazetteerPlace, type PlaceLookup } from './gazetteer.ts';
import {
  acledActorKind,
  acledCategory,
  ACLED_GEO_PRECISION,
  ACLED_PERIOD_DAYS,
  ACLED_TIME_PRECISION,
} from './acled.ts';
import { geojsonTable, type Table } from './geojson.ts';
import { problem } from './messages.ts';
import { Records } from './records.ts';
import type { ImportFormat, ImportOptions, ImportProblem, ImportResult, ImportSummary } from './types.ts';

type Lang = (typeof LANGUAGES)[number];

export { IMPORT_MAX_BYTES } from './limits.ts';
import { IMPORT_MAX_BYTES } from './limits.ts';

/** The schema's limits on a quote and on other text. */
const MAX_QUOTE = 1_000;
const MAX_TEXT = 20_000;

/** The version an imported dataset carries: it is the reader's, never a published one. */
export const IMPORT_VERSION = '0.0.0';

/**
 * The category of a row whose category is missing or unknown. No category is
 * truly neutral; `statement` is the vocabulary's own catch-all ("an official
 * act that has no category of its own is a statement", data/README.md), it
 * claims no harm the row does not state, and the warning names the row so the
 * reader can file it properly.
 */
export const FALLBACK_CATEGORY: CategoryId = 'statement';

/** The role of a template actor written without one: "named in connection with the incident", the weakest claim. */
const DEFAULT_ROLE: ActorRole = 'mentioned';

/** Marks a quote that is not in English and comes without a translation (the schema needs one). */
export const NO_TRANSLATION = '[No English translation in the imported file]';

interface Cell {
  column: string;
  value: string;
}

const CATEGORY_WORDS = (() => {
  const map = new Map<string, CategoryId>();
  for (const id of CATEGORY_IDS) map.set(fold(id), id);
  for (const locale of [enLocale, ruLocale, kkLocale]) {
    for (const [id, label] of Object.entries(locale.category)) map.set(fold(label), id as CategoryId);
  }
  return map;
})();

const ROLE_WORDS = (() => {
  const map = new Map<string, ActorRole>();
  for (const role of ACTOR_ROLES) {
    map.set(fold(role), role);
    for (const lang of UI_LANGS) map.set(fold(roleName(role, lang)), role);
  }
  return map;
})();

const KIND_PRECISION: Record<Place['kind'], LocationPrecision> = {
  site: 'exact',
  city: 'settlement',
  district: 'district',
  region: 'region',
  country: 'country',
};

/** The precisions validate.ts accepts for each kind of place. */
const PRECISION_FITS: Record<LocationPrecision, Place['kind'][]> = {
  exact: ['site'],
  settlement: ['city', 'district', 'site'],
  district: ['district', 'city'],
  region: ['region'],
  country: ['country'],
  unknown: [],
};

/** The kind of place a precision from the explorer's export describes, for a place we rebuild from it. */
const PRECISION_KIND: Record<LocationPrecision, Place['kind']> = {
  exact: 'site',
  settlement: 'city',
  district: 'district',
  region: 'region',
  country: 'country',
  unknown: 'site',
};

const FORMULA = /^[=+\-@]/;
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

function quoteLang(text: string): Lang {
  if (/[әғқңөұүһі]/iu.test(text)) return 'kk';
  if (/[\u0400-\u04ff]/u.test(text)) return 'ru';
  if (/[\u4e00-\u9fff]/u.test(text)) return 'zh';
  return 'en';
}

/** TimelineJS text is HTML; the explorer stores only text. Tags go, entities become characters. */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function parseNumber(value: string): number | null {
  let v = value.replace(/\s/g, '');
  // A decimal comma (Russian-locale Excel): "43,2382".
  if (/^[-+]?\d+,\d+$/.test(v)) v = v.replace(',', '.');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** A place's names as params, so that a message in Russian or Kazakh can name it in that language. */
function namesOf(place: { name: { en: string; ru: string; kk: string } }) {
  return { placeEn: place.name.en, placeRu: place.name.ru, placeKk: place.name.kk };
}

function emptyFiles(updated: string) {
  return {
    incidents: { version: IMPORT_VERSION, updated, incidents: [] as unknown[], redirects: [] as unknown[] },
    places: { places: [] as unknown[] },
    actors: { actors: [] as unknown[] },
    sources: { sources: [] as unknown[] },
    cases: { cases: [] as unknown[] },
  };
}

function looksLikeGeojson(fileName: string, text: string): boolean {
  return /\.(geo)?json$/i.test(fileName) || /^\s*[{[]/.test(text);
}

export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date();
  const updated = isoDay(now.getTime());
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const summary: ImportSummary = {
    format: 'template',
    encoding: 'utf-8',
    delimiter: null,
    linesRead: 0,
    shown: 0,
    skipped: 0,
    warned: 0,
  };
  const fileProblems: ImportProblem[] = [];
  const stop = (): ImportResult => ({ files: emptyFiles(updated), problems: fileProblems, summary });

  if (bytes.length > maxBytes) {
    fileProblems.push(problem('error', 'too-large', { line: null }, { size: bytes.length, max: maxBytes }));
    return stop();
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const code =
      decoded.reason === 'empty' ? 'empty-file' : decoded.reason === 'binary' ? 'not-text' : 'spreadsheet-binary';
    const kind = decoded.reason === 'zip' ? 'XLSX or ODS' : 'XLS';
    fileProblems.push(problem('error', code, { line: null }, code === 'spreadsheet-binary' ? { kind } : {}));
    return stop();
  }
  summary.encoding = decoded.encoding;
  if (decoded.encoding === 'windows-1251')
    fileProblems.push(problem('warning', 'encoding-windows-1251', { line: null }));

  let table: Table;
  const geo = looksLikeGeojson(fileName, decoded.text);
  if (geo) {
    const read = geojsonTable(decoded.text);
    if (!read.ok) {
      summary.format = 'geojson';
      fileProblems.push(problem('error', 'geojson-invalid', { line: null }, { reason: read.reason }));
      return stop();
    }
    table = read.table;
    summary.format = 'geojson';
  } else {
    const parsed = parseDelimited(decoded.text);
    summary.delimiter = parsed.delimiter;
    const [head, ...rows] = parsed.rows;
    table = { header: head?.cells ?? [], rows };
    if (parsed.unclosedQuoteLine !== null) {
      fileProblems.push(problem('warning', 'csv-unclosed-quote', { line: parsed.unclosedQuoteLine }));
    }
  }
  if (table.header.every((h) => h.trim() === '')) {
    fileProblems.push(problem('error', 'empty-file', { line: null }));
    return stop();
  }

  const detection = detectFormat(table.header);
  if (!detection.ok) {
    const headerLine = geo ? null : 1;
    if (detection.code === 'header-missing-required') {
      fileProblems.push(
        problem(
          'error',
          'header-missing-required',
          { line: headerLine, value: table.header.join(', ') },
          { missing: detection.missing.join(', '), format: detection.format, formats: FORMAT_REQUIREMENTS },
        ),
      );
    } else {
      fileProblems.push(
        problem(
          'error',
          'header-unrecognised',
          { line: headerLine, value: table.header.join(', ') },
          { found: table.header.join(', ').slice(0, 200), formats: FORMAT_REQUIREMENTS },
        ),
      );
    }
    return stop();
  }
  const header = detection.header;
  const format: ImportFormat = header.spec.format;
  if (!geo) summary.format = format;
  const headerLine = geo ? null : 1;
  for (const [code, list] of [
    ['header-duplicate', header.duplicates],
    ['header-unknown-ignored', header.unknown],
  ] as const) {
    for (const { column } of list)
      fileProblems.push(problem('warning', code, { line: headerLine, column, value: column }, { column }));
  }

  const run = new RowRun(table, header, format, standardLookup(), new Records(standardLookup(), fileName), geo);
  const incidents = run.all(options.onProgress);
  Object.assign(summary, run.counts);
  fileProblems.push(...run.fileWarnings());
  if (incidents.length === 0) {
    fileProblems.push(
      problem('error', 'no-usable-rows', { line: null }, { read: summary.linesRead, skipped: summary.skipped }),
    );
  }
  const files = emptyFiles(updated);
  files.incidents.incidents = incidents;
  files.places.places = [...run.records.places.values()];
  files.actors.actors = [...run.records.actors.values()];
  files.sources.sources = run.records.sourceList();
  files.cases.cases = [...run.records.cases.values()];
  return { files, problems: [...fileProblems, ...run.problems], summary };
}

/** One pass over the rows of a recognised file. */
class RowRun {
  readonly problems: ImportProblem[] = [];
  readonly counts = { linesRead: 0, shown: 0, skipped: 0, warned: 0 };
  private readonly ids = new Map<string, number>();
  private readonly dateOrder: DateOrder | null;
  private readonly hasPlaceColumns: boolean;
  private readonly hasCategory: boolean;
  private untranslated = 0;
  private readonly untranslatedLangs = new Set<string>();
  private unlocatedWithoutColumns = 0;
  private uncategorised = 0;
  // Per row.
  private line = 0;
  private cells: string[] = [];
  private rowProblems: ImportProblem[] = [];

  constructor(
    private readonly table: Table,
    private readonly header: HeaderMap,
    private readonly format: ImportFormat,
    private readonly lookup: PlaceLookup,
    readonly records: Records,
    private readonly geo: boolean,
  ) {
    const f = header.fields;
    this.hasPlaceColumns = ['place', 'place_id', 'latitude', 'longitude', 'location', 'admin1', 'admin2'].some((k) =>
      f.has(k as Field),
    );
    this.hasCategory = f.has('category') || f.has('event_type') || f.has('sub_event_type');
    // ACLED writes day first ("15 March 2024" or 15-03-2024, per its codebook); other files show their order.
    if (format === 'acled') this.dateOrder = 'dmy';
    else {
      const at = f.get('date')?.index;
      const endAt = f.get('date_end')?.index;
      this.dateOrder =
        at === undefined
          ? null
          : columnDateOrder(
              (function* (rows) {
                for (const r of rows) {
                  yield r.cells[at] ?? '';
                  if (endAt !== undefined) yield r.cells[endAt] ?? '';
                }
              })(table.rows),
            );
    }
  }

  all(onProgress?: (fraction: number) => void): unknown[] {
    const out: unknown[] = [];
    const rows = this.table.rows;
    const step = Math.max(1, Math.floor(rows.length / 50));
    onProgress?.(0);
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      if (row.cells.some((c) => c.trim() !== '')) {
        this.counts.linesRead++;
        this.line = row.line;
        this.cells = row.cells;
        this.rowProblems = [];
        const incident = this.row();
        const errors = this.rowProblems.some((p) => p.severity === 'error');
        if (incident && !errors) {
          out.push(incident);
          this.counts.shown++;
          if (this.rowProblems.length > 0) this.counts.warned++;
        } else this.counts.skipped++;
        this.problems.push(...this.rowProblems);
      }
      if ((k + 1) % step === 0) onProgress?.((k + 1) / rows.length);
    }
    onProgress?.(1);
    return out;
  }

  fileWarnings(): ImportProblem[] {
    const out: ImportProblem[] = [];
    if (this.unlocatedWithoutColumns > 0) {
      out.push(problem('warning', 'no-place-columns', { line: null }, { count: this.unlocatedWithoutColumns }));
    }
    if (this.uncategorised > 0 && !this.hasCategory) {
      out.push(problem('warning', 'no-category-column', { line: null }, { fallback: FALLBACK_CATEGORY }));
    }
    if (this.untranslated > 0) {
      const names: Record<string, string> = { ru: 'Russian', kk: 'Kazakh', zh: 'Chinese' };
      out.push(
        problem(
          'warning',
          'quotes-untranslated',
          { line: null },
          {
            count: this.untranslated,
            langs: [...this.untranslatedLangs].map((l) => names[l] ?? l).join(' and '),
            // For an interface in another language, which names the languages itself.
            langCodes: [...this.untranslatedLangs].join(','),
          },
        ),
      );
    }
    return out;
  }

  // ---- cells and problems

  private get(field: Field): Cell | undefined {
    const at = this.header.fields.get(field);
    if (!at) return undefined;
    const value = (this.cells[at.index] ?? '').trim();
    return value === '' ? undefined : { column: at.column, value };
  }

  private report(
    severity: ImportProblem['severity'],
    code: string,
    cell?: Cell,
    params: Record<string, string | number> = {},
  ) {
    this.rowProblems.push(
      problem(severity, code, { line: this.line, column: cell?.column ?? null, value: cell?.value ?? '' }, params),
    );
  }

  /** A text cell: kept as written (a formula stays text, with a warning), cut to the schema's limit. */
  private text(cell: Cell | undefined, max = MAX_TEXT, html = false): string | undefined {
    if (!cell) return undefined;
    let value = cell.value;
    if (html && /<[a-z/][^>]*>|&[a-z#0-9]+;/i.test(value)) {
      value = htmlToText(value);
      this.report('warning', 'html-removed', cell);
      if (value === '') return undefined;
    }
    if (FORMULA.test(value) && !NUMBER.test(value)) this.report('warning', 'formula-neutralised', cell);
    if (value.length > max) {
      this.report('warning', max === MAX_QUOTE ? 'quote-truncated' : 'text-truncated', cell, { max });
      value = value.slice(0, max);
    }
    return value;
  }

  // ---- the row

  private row(): Record<string, unknown> | null {
    const f = this.format;
    if (f === 'timelinejs') {
      const type = this.get('type');
      if (type && /^(title|era)$/i.test(type.value)) {
        this.report('error', 'timeline-slide-skipped', type, { type: type.value.toLowerCase() });
        return null;
      }
    }
    const html = f === 'timelinejs';
    const titleCell = f === 'acled' ? this.acledTitle() : (this.get('title') ?? this.get('title_view'));
    const title = this.text(titleCell, MAX_TEXT, html);
    if (!title) this.report('error', 'missing-title', titleCell ?? this.blank('title'));
    const date = this.date();
    if (!title || !date) return null;

    const summaryCell = f === 'acled' ? this.get('notes') : (this.get('summary') ?? this.get('summary_view'));
    const summary = this.text(summaryCell, MAX_TEXT, html) ?? title;
    const titleText: Record<string, string> = { en: title };
    const summaryText: Record<string, string> = { en: summary };
    this.translations(titleText, summaryText);

    const id = this.id();
    const located = this.place();
    const category = this.category();
    const actors = this.actors();
    const citation = this.citation(title, summary);
    const cases = this.cases();

    const incident: Record<string, unknown> = {
      id,
      title: titleText,
      summary: summaryText,
      date: date.edtf,
    };
    const basis = this.basis('date_basis');
    if (basis) incident.dateBasis = basis;
    const dateNote =
      this.text(this.get('date_note')) ?? date.note ?? this.dayNote(date.edtf, citation.quote, date.column);
    if (dateNote) incident.dateNote = dateNote;
    incident.place = located.place;
    incident.locationPrecision = located.precision;
    const placeBasis = this.basis('place_basis');
    if (placeBasis) incident.placeBasis = placeBasis;
    const placeNote = this.text(this.get('place_note')) ?? located.note;
    if (placeNote) incident.placeNote = placeNote;
    incident.category = category;
    incident.actors = actors;
    const people = this.people();
    if (people) incident.people = people;
    incident.sources = [{ source: citation.source, quotes: [citation.quoteRecord] }];
    incident.cases = cases;
    return incident;
  }

  /**
   * ACLED has no title column. The title is made of ACLED's own words, its
   * event type and location ("Peaceful protest in Zhanaozen"), so it says
   * nothing ACLED did not code.
   */
  private acledTitle(): Cell | undefined {
    const type = this.get('sub_event_type') ?? this.get('event_type');
    const where = this.get('location') ?? this.get('admin1') ?? this.get('country');
    if (!type) return undefined;
    return { column: type.column, value: where ? `${type.value} in ${where.value}` : type.value };
  }

  private blank(field: Field): Cell {
    return { column: this.header.fields.get(field)?.column ?? field, value: '' };
  }

  private translations(title: Record<string, string>, summary: Record<string, string>) {
    if (this.format === 'explorer-csv' || this.geo) {
      // The export's title/summary are in the view's language; keep them as that translation when they are one.
      const lang = this.get('lang')?.value;
      const status = this.get('translation_status')?.value;
      if ((lang === 'ru' || lang === 'kk') && status !== 'untranslated' && status !== 'original') {
        const t = this.get('title_view')?.value;
        const s = this.get('summary_view')?.value;
        if (t && t !== title.en) title[lang] = t;
        if (s && s !== summary.en) summary[lang] = s;
      }
    }
    for (const [field, target, lang] of [
      ['title_ru', title, 'ru'],
      ['title_kk', title, 'kk'],
      ['summary_ru', summary, 'ru'],
      ['summary_kk', summary, 'kk'],
    ] as const) {
      const value = this.text(this.get(field));
      if (value) target[lang] = value;
    }
  }

  private id(): string {
    const cell = this.get('id');
    let id = `row-${this.line}`;
    if (cell) {
      const slug = slugId(cell.value);
      if (slug) id = slug;
      else this.report('warning', 'id-unusable', cell, { newId: id });
    }
    const first = this.ids.get(id);
    if (first !== undefined) {
      let k = 2;
      while (this.ids.has(`${id}-${k}`)) k++;
      const newId = `${id}-${k}`;
      this.report('warning', 'id-duplicate', cell ?? { column: 'id', value: id }, { id, firstLine: first, newId });
      id = newId;
    }
    this.ids.set(id, this.line);
    return id;
  }

  private basis(field: 'date_basis' | 'place_basis'): string | undefined {
    const v = this.get(field)?.value;
    return v && (BASES as readonly string[]).includes(v) ? v : undefined;
  }

  // ---- dates

  private date(): { edtf: string; note?: string; column: string } | null {
    if (this.format === 'timelinejs') return this.timelineDate();
    const cell = this.get('date');
    if (!cell) {
      this.report('error', 'missing-date', this.blank('date'));
      return null;
    }
    const start = this.readDate(cell);
    if (!start) return null;
    let edtf = start;
    const endCell = this.get('date_end');
    if (endCell && this.format === 'template') {
      const end = this.readDate(endCell);
      if (!end) return null;
      const joined = joinRange(start, end);
      if (!joined) {
        this.report('error', 'date-range-reversed', endCell);
        return null;
      }
      edtf = joined;
    }
    if (this.format === 'acled') return this.acledDate(edtf, cell);
    return { edtf, column: cell.column };
  }

  private readDate(cell: Cell): string | null {
    const parsed = parseDateCell(cell.value, this.dateOrder);
    if (!parsed.ok) {
      const params: Record<string, number> =
        parsed.code === 'date-out-of-range' ? { first: DATASET_FIRST_YEAR, last: DATASET_LAST_YEAR } : {};
      this.report('error', parsed.code, cell, params);
      return null;
    }
    if (parsed.timeDropped) this.report('warning', 'date-with-time', cell);
    return parsed.edtf;
  }

  private acledDate(edtf: string, cell: Cell): { edtf: string; note?: string; column: string } {
    const precisionCell = this.get('time_precision');
    let reading = precisionCell ? ACLED_TIME_PRECISION[precisionCell.value] : undefined;
    if (!reading) {
      this.report('warning', 'acled-time-precision-unknown', precisionCell ?? this.blank('time_precision'));
      reading = 'month';
    }
    const parsed = parseEdtf(edtf)!;
    if (parsed.precision !== 'day' || reading === 'day') return { edtf, column: cell.column };
    if (reading === 'month') {
      return {
        edtf: edtf.slice(0, 7),
        note: 'ACLED’s time_precision 3: its sources give only the month, so the date is that month.',
        column: cell.column,
      };
    }
    const day = 86_400_000;
    const first = Date.UTC(DATASET_FIRST_YEAR, 0, 1);
    const last = Date.UTC(DATASET_LAST_YEAR, 11, 31);
    const from = Math.max(first, parsed.start - ACLED_PERIOD_DAYS * day);
    const to = Math.min(last, parsed.start + ACLED_PERIOD_DAYS * day);
    return {
      edtf: `${isoDay(from)}/${isoDay(to)}`,
      note: `ACLED’s time_precision 2: its sources give only a period of days around ACLED’s coded day, so the date is a range of ${ACLED_PERIOD_DAYS} days either side of it.`,
      column: cell.column,
    };
  }

  private timelineDate(): { edtf: string; column: string } | null {
    const part = (field: Field) => this.get(field)?.value;
    const yearCell = this.get('year');
    if (!yearCell) {
      this.report('error', 'missing-date', this.blank('year'));
      return null;
    }
    const iso = (y: string, m?: string, d?: string) =>
      [y, m && m.padStart(2, '0'), m && d && d.padStart(2, '0')].filter(Boolean).join('-');
    const startText = iso(yearCell.value, part('month'), part('day'));
    const start = this.readDate({ column: yearCell.column, value: startText });
    if (!start) return null;
    const endYear = part('end_year');
    if (!endYear) return { edtf: start, column: yearCell.column };
    const endCell = {
      column: this.header.fields.get('end_year')!.column,
      value: iso(endYear, part('end_month'), part('end_day')),
    };
    const end = this.readDate(endCell);
    if (!end) return null;
    const joined = joinRange(start, end);
    if (!joined) {
      this.report('error', 'date-range-reversed', endCell);
      return null;
    }
    return { edtf: joined, column: yearCell.column };
  }

  /**
   * A day-precise date needs a quote that names the day or a note saying where
   * it comes from (data/README.md; `data:check` enforces it). The imported
   * row's quote often does not name it, so the note says it is the file's.
   */
  private dayNote(edtf: string, quote: string, column: string): string | undefined {
    const parsed = parseEdtf(edtf);
    if (!parsed) return undefined;
    const days: number[] = [];
    if (parsed.startUnit === 'day') days.push(new Date(parsed.start).getUTCDate());
    if (parsed.endUnit === 'day') days.push(new Date(parsed.end - 1).getUTCDate());
    const named = (d: number) => new RegExp(`(^|[^0-9])0?${d}([^0-9]|$)`).test(quote);
    if (days.every(named)) return undefined;
    return `The day is as the imported file gives it in its “${column}” column.`;
  }

  // ---- places

  private place(): { place: string | null; precision: LocationPrecision; note?: string } {
    if (this.format === 'acled') return this.acledPlace();
    const unlocated = { place: null, precision: 'unknown' as const };
    const idCell = this.get('place_id');
    const nameCell = this.get('place');
    const precisionCell = this.get('location_precision');
    const point = this.coordinates();
    const wanted = precisionCell?.value as LocationPrecision | undefined;
    const validWanted = wanted && (LOCATION_PRECISIONS as readonly string[]).includes(wanted) ? wanted : undefined;

    const fit = (p: GazetteerPlace) => {
      const precision =
        validWanted && PRECISION_FITS[validWanted].includes(p.kind) ? validWanted : KIND_PRECISION[p.kind];
      if (precisionCell && precision !== wanted) {
        this.report('warning', 'location-precision-invalid', precisionCell, { value: precisionCell.value, precision });
      }
      return { place: this.records.usePlace(p), precision };
    };

    if (idCell) {
      const published = this.lookup.byId(idCell.value);
      if (published) return fit(published);
      // A place of another dataset's export: rebuilt from the row's own name, coordinates and precision.
      if (point && validWanted && validWanted !== 'unknown') {
        const kind = PRECISION_KIND[validWanted];
        const name = nameCell?.value ?? idCell.value;
        const region = this.get('region');
        const regionId = region ? this.lookup.findRegion(region.value)?.id : undefined;
        const id = this.newPoint(point, name, kind, regionId, idCell.value);
        if (id) return { place: id, precision: validWanted };
      }
    }
    if (nameCell) {
      const found = this.lookup.find(nameCell.value);
      if (found) return fit(found);
      if (point) {
        this.report('warning', 'place-unknown', nameCell, {
          place: nameCell.value,
          fallback: 'its coordinates are used',
          fallbackKey: 'coordinates',
        });
        return this.pointPlace(point, nameCell.value) ?? unlocated;
      }
      this.report('warning', 'place-unknown', nameCell, { place: nameCell.value, fallback: '' });
      return unlocated;
    }
    if (point) return this.pointPlace(point, null) ?? unlocated;
    // The explorer's export says so itself when an incident has no known place.
    if (validWanted === 'unknown') return unlocated;
    this.noPlace();
    return unlocated;
  }

  private noPlace() {
    if (this.hasPlaceColumns || this.geo) this.report('warning', 'place-missing', this.blank('place'));
    else this.unlocatedWithoutColumns++;
  }

  /** A point of the row's own: a site, known exactly, named by the row's place text or by its coordinates. */
  private pointPlace(
    point: { lat: number; lon: number },
    name: string | null,
    kind: Place['kind'] = 'site',
    regionId?: string,
  ): { place: string; precision: LocationPrecision; note: string } | null {
    const id = this.newPoint(point, name ?? `${point.lat}, ${point.lon}`, kind, regionId, name ?? '');
    if (!id) return null;
    return {
      place: id,
      precision: KIND_PRECISION[kind],
      note: 'Placed at the coordinates the imported file gives.',
    };
  }

  /** A place of the file's own at a point, named the same in every language; null when no country holds it. */
  private newPoint(
    point: { lat: number; lon: number },
    label: string,
    kind: Place['kind'],
    regionId: string | undefined,
    idHint: string,
  ): string | null {
    const country = this.countryOf(point);
    if (!country) return null;
    const place = {
      name: { en: label, ru: label, kk: label },
      kind,
      country,
      region: regionId ?? null,
      lat: point.lat,
      lon: point.lon,
    };
    return this.records.usePoint(place, idHint);
  }

  /** The country of a point: the row's country column, else the first country whose box holds it (Kazakhstan first). */
  private countryOf(point: { lat: number; lon: number }): string | undefined {
    const cell = this.get('country');
    const given = cell ? countryCode(cell.value) : undefined;
    if (given) return given;
    for (const [code, [w, s, e, n]] of Object.entries(COUNTRY_BOUNDS)) {
      if (point.lon >= w && point.lon <= e && point.lat >= s && point.lat <= n) return code;
    }
    return undefined;
  }

  private coordinates(): { lat: number; lon: number } | null {
    const latCell = this.get('latitude');
    const lonCell = this.get('longitude');
    if (!latCell && !lonCell) return null;
    if (!latCell || !lonCell) {
      this.report('warning', 'coordinates-incomplete', latCell ?? lonCell);
      return null;
    }
    const lat = parseNumber(latCell.value);
    const lon = parseNumber(lonCell.value);
    if (lat === null || lon === null) {
      this.report('warning', 'coordinate-unreadable', lat === null ? latCell : lonCell);
      return null;
    }
    if (lat < -90 || lat > 90) {
      this.report('warning', 'latitude-out-of-range', latCell);
      return null;
    }
    if (lon < -180 || lon > 180) {
      this.report('warning', 'longitude-out-of-range', lonCell);
      return null;
    }
    return { lat, lon };
  }

  private acledPlace(): { place: string | null; precision: LocationPrecision; note?: string } {
    const geoCell = this.get('geo_precision');
    const geo = (geoCell && ACLED_GEO_PRECISION[geoCell.value]) || ACLED_GEO_PRECISION['3']!;
    const admin1 = this.get('admin1');
    const region = admin1 ? this.lookup.findRegion(admin1.value) : undefined;
    const point = this.coordinates();
    const toRegion = (note: string) => ({ place: this.records.usePlace(region!), precision: 'region' as const, note });

    if (geo.level !== 'region') {
      const location = this.get('location');
      const found = location ? this.lookup.find(location.value) : undefined;
      if (found && found.kind !== 'region' && found.kind !== 'country') {
        const precision =
          geo.level === 'near' && PRECISION_FITS.district.includes(found.kind)
            ? 'district'
            : KIND_PRECISION[found.kind];
        return {
          place: this.records.usePlace(found, region?.id),
          precision,
          note:
            geo.level === 'near'
              ? 'ACLED’s geo_precision 2: the event happened near this place or in part of its district.'
              : undefined,
        };
      }
      const admin2 = this.get('admin2');
      const district = admin2 ? this.lookup.find(admin2.value) : undefined;
      if (district && (district.kind === 'district' || district.kind === 'city')) {
        if (location)
          this.report('warning', 'place-unknown', location, {
            place: location.value,
            fallback: `placed in ${district.name.en} (admin2)`,
            fallbackKey: 'district',
            ...namesOf(district),
          });
        return {
          place: this.records.usePlace(district, region?.id),
          precision: 'district',
          note: 'ACLED’s location is not in the gazetteer; placed in its second-level area (admin2).',
        };
      }
      if (point && location) {
        this.report('warning', 'place-unknown', location, {
          place: location.value,
          fallback: 'ACLED’s coordinates for it are used',
          fallbackKey: 'acledCoordinates',
        });
        const kind: Place['kind'] = 'city';
        const made = this.pointPlace(point, location.value, kind, region?.id);
        if (made) {
          return {
            ...made,
            precision: geo.precision,
            note: 'Placed at the coordinates ACLED gives for this location, which the gazetteer does not hold.',
          };
        }
      }
      if (region) {
        if (location)
          this.report('warning', 'place-unknown', location, {
            place: location.value,
            fallback: `placed in its region, ${region.name.en}`,
            fallbackKey: 'region',
            ...namesOf(region),
          });
        return toRegion('ACLED’s location is not in the gazetteer; placed in its region (admin1).');
      }
    } else if (region) {
      return toRegion(
        'ACLED’s geo_precision 3: only the region is known, so the event is placed in the region, not at a point.',
      );
    }
    const country = this.get('country');
    const countryPlace = country ? this.lookup.find(country.value) : undefined;
    if (admin1 && !region) {
      this.report('warning', 'place-unknown', admin1, {
        place: admin1.value,
        fallback: countryPlace ? 'placed in the country only' : '',
        ...(countryPlace ? { fallbackKey: 'country' } : {}),
      });
    }
    if (countryPlace?.kind === 'country') {
      return {
        place: this.records.usePlace(countryPlace),
        precision: 'country',
        note: 'Only the country could be placed.',
      };
    }
    if (!admin1) this.report('warning', 'place-missing', this.blank('location'));
    return { place: null, precision: 'unknown' };
  }

  // ---- category, actors, people, cases

  private category(): CategoryId {
    if (this.format === 'acled') {
      const type = this.get('event_type');
      const sub = this.get('sub_event_type');
      const deaths = parseNumber(this.get('fatalities')?.value ?? '0') ?? 0;
      const found = acledCategory(type?.value ?? '', sub?.value ?? '', deaths);
      if (found) return found;
      const cell = sub ?? type ?? this.blank('event_type');
      this.report('warning', 'acled-event-type-unknown', cell, { value: cell.value, fallback: FALLBACK_CATEGORY });
      return FALLBACK_CATEGORY;
    }
    const cell = this.get('category') ?? this.get('group');
    if (!cell) {
      if (this.hasCategory) {
        const blank = this.blank('category');
        this.report('warning', 'category-unknown', blank, {
          value: '',
          fallback: FALLBACK_CATEGORY,
          categories: CATEGORY_IDS.join(', '),
        });
      } else this.uncategorised++;
      return FALLBACK_CATEGORY;
    }
    const found = CATEGORY_WORDS.get(fold(cell.value));
    if (found) return found;
    this.report('warning', 'category-unknown', cell, {
      value: cell.value,
      fallback: FALLBACK_CATEGORY,
      categories: CATEGORY_IDS.join(', '),
    });
    return FALLBACK_CATEGORY;
  }

  private actors(): { actor: string; role: ActorRole }[] {
    const out: { actor: string; role: ActorRole }[] = [];
    const add = (id: string | null, role: ActorRole) => {
      if (id && !out.some((a) => a.actor === id)) out.push({ actor: id, role });
    };
    if (this.format === 'acled') {
      // ACLED gives no direction between actor1 and actor2: every actor took part, nothing more is said.
      for (const [field, inter] of [
        ['actor1', 'inter1'],
        ['assoc_actor_1', null],
        ['actor2', 'inter2'],
        ['assoc_actor_2', null],
      ] as const) {
        const cell = this.get(field);
        if (!cell) continue;
        this.text(cell);
        const kind = inter ? acledActorKind(this.get(inter)?.value ?? '') : 'group';
        for (const name of cell.value.split(';')) add(this.records.useActor(name, kind), 'participant');
      }
      return out;
    }
    const cell = this.get('actors');
    if (!cell) return out;
    this.text(cell);
    // The explorer's export writes "Name (role); Name (role)"; the template may use commas too.
    const parts = this.format === 'explorer-csv' ? cell.value.split(/;\s*/) : cell.value.split(/[;,]\s*/);
    for (const part of parts) {
      const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(part.trim());
      const name = m ? m[1]! : part;
      let role = DEFAULT_ROLE;
      if (m) {
        const found = ROLE_WORDS.get(fold(m[2]!));
        if (found) role = found;
        else this.report('warning', 'actor-role-unknown', cell, { role: m[2]!, fallback: DEFAULT_ROLE });
      }
      add(this.records.useActor(name, 'group'), role);
    }
    return out;
  }

  private people(): { count: number; qualifier: string } | undefined {
    const cell = this.get('people_count');
    if (!cell) return undefined;
    const n = Number(cell.value);
    if (!Number.isInteger(n) || n < 0) {
      this.report('warning', 'people-count-invalid', cell);
      return undefined;
    }
    const q = this.get('people_qualifier')?.value;
    return { count: n, qualifier: q && ['exactly', 'at-least', 'about', 'up-to'].includes(q) ? q : 'exactly' };
  }

  private cases(): string[] {
    const cell = this.get('case');
    if (!cell) return [];
    const ids: string[] = [];
    for (const title of cell.value.split(/;\s*/)) {
      const id = title.trim() === '' ? null : this.records.useCase(title);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  // ---- source and quote

  /**
   * What the row's record cites: its web address when it gives one (one source
   * per address), ACLED's record of its sources, or else the file itself. The
   * quote is the row's own text, verbatim: the quote column, else the summary
   * (ACLED's notes, TimelineJS's text), else the title. We invent nothing.
   */
  private citation(title: string, summary: string) {
    const quoteCell = this.get('quote');
    const quote =
      this.text(quoteCell, MAX_QUOTE) ??
      (summary.length > MAX_QUOTE ? this.truncatedQuote(summary, 'summary') : summary) ??
      title;
    const lang = quoteLang(quote);
    const translationCell = this.get('quote_translation');
    let translation = lang === 'en' ? undefined : this.text(translationCell, MAX_TEXT);
    if (lang !== 'en' && !translation) {
      translation = NO_TRANSLATION;
      this.untranslated++;
      this.untranslatedLangs.add(lang);
    }
    const quoteRecord: Record<string, string> = { text: quote, lang };
    if (translation) quoteRecord.translation = translation;

    let source: string | undefined;
    const urlCell = this.get('source_url') ?? this.get('media');
    if (urlCell) {
      const url = webUrl(urlCell.value);
      if (url) source = this.records.useUrl(url, lang);
      else if (this.format !== 'timelinejs') this.report('warning', 'source-url-invalid', urlCell);
    }
    if (!source && this.format === 'acled') {
      const acled = this.get('source');
      if (acled) source = this.records.useAcledSource(acled.value, lang);
    }
    source ??= this.records.useFileSource(lang);
    return { source, quote, quoteRecord };
  }

  private truncatedQuote(text: string, field: Field): string {
    const cell = this.get(field) ?? this.get('notes') ?? this.blank(field);
    this.report('warning', 'quote-truncated', cell, { max: MAX_QUOTE });
    return text.slice(0, MAX_QUOTE);
  }
}

/** An id as the schema allows it: lowercase a-z, 0-9 and single hyphens (ACLED's "KAZ1234" → `kaz1234`). */
function slugId(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

function webUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Joins two dates into a range: the start of the first to the end of the second; null when reversed. */
function joinRange(start: string, end: string): string | null {
  const a = start.split('/')[0]!;
  const b = end.split('/').at(-1)!;
  if (a === b) return a;
  const joined = `${a}/${b}`;
  return parseEdtf(joined) ? joined : null;
}
