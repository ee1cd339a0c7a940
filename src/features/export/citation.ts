/**
 * Citations for the current view in four styles: plain text, APA 7th edition,
 * Chicago author-date (a reference-list entry) and BibTeX. The words come from
 * the interface strings (`export.*`), so a translation brings its own
 * citations; only BibTeX's entry type, field names and key are fixed.
 */
import type { IncidentSet } from '../../store/incident-set';
import i18next from 'i18next';
import { filterClauses, rangeText } from '../../ui/summary-text';
import type { DataIndex } from '../../data/data-index';
import { parseEdtf } from '../../lib/edtf';
import { formatIncidentDate, formatNumber } from '../../lib/format';
import type { UiLang } from '../../lib/langs';
import type { Filters } from '../../store/slices/filters';
import type { TimeWindow } from '../../store/slices/time-window';
import { GENERATOR } from './geojson';

export const CITE_STYLES = ['plain', 'apa', 'chicago', 'bibtex'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface CiteInput {
  /** Dataset version. */
  version: string;
  /**
   * The day this version was released: the dataset's `updated` field, which
   * is the date data/changelog.md gives the version.
   */
  released: string;
  /** The link that reopens the view. */
  link: string;
  /** ISO day the reader accessed the view. */
  accessed: string;
  /** Incidents in the view. */
  count: number;
  lang: UiLang;
  /** The view's dates and filters in one line (`describeView`). */
  view: string;
}

/** "2022; Categories: Protest or Detention; words “a b”", or "all dates; no other filters": as the summary line words them (a set shown alone too). */
export function describeView(
  filters: Filters,
  w: TimeWindow | null,
  data: DataIndex,
  lang: UiLang,
  t: Translate,
  set: IncidentSet | null = null,
): string {
  const clauses = filterClauses(filters, data, lang, t, set);
  return [rangeText(filters, w, lang, t), ...(clauses.length > 0 ? clauses : [t('export.noFilters')])].join('; ');
}

const fixedT = (lang: string) => i18next.getFixedT(lang) as Translate;

/**
 * Day–month–year cannot be misread as month–day, which matters in a plain
 * reference; APA and Chicago prescribe "November 21, 2026" in English.
 */
function dateText(iso: string, lang: string, style: CiteStyle): string {
  const day = parseEdtf(iso);
  if (!day) return iso;
  const american = style === 'apa' || style === 'chicago';
  return formatIncidentDate(day, lang === 'en' ? (american ? 'en-US' : 'en-GB') : lang);
}

function yearOf(iso: string): string {
  return /^\d{4}/.exec(iso)?.[0] ?? iso;
}

/** What the panel states above the citation: who publishes the dataset, which version, and what the view holds. */
export function citationFacts(input: CiteInput, t: Translate = fixedT(input.lang)) {
  return {
    publisher: t('app.title'),
    dataset: t('export.datasetVersion', {
      version: input.version,
      released: dateText(input.released, input.lang, 'plain'),
    }),
    view: `${input.view} (${incidentsText(input, t)})`,
  };
}

function incidentsText(input: CiteInput, t: Translate): string {
  return t('export.incidents', { count: input.count, shown: formatNumber(input.count, input.lang) });
}

export function citeView(input: CiteInput, style: CiteStyle = 'plain', t: Translate = fixedT(input.lang)): string {
  const words = {
    publisher: t('app.title'),
    title: t(style === 'chicago' ? 'export.datasetTitleHeadline' : 'export.datasetTitle'),
    version: input.version,
    year: yearOf(input.released),
    released: dateText(input.released, input.lang, style),
    incidents: incidentsText(input, t),
    view: input.view,
    link: input.link,
    accessed: dateText(input.accessed, input.lang, style),
  };
  if (style === 'bibtex') return bibtex(input, words, t);
  return t(style === 'plain' ? 'export.citation' : `export.${style}`, words);
}

/**
 * LaTeX's special characters as text. Braces become commands rather than `\{`
 * because BibTeX counts every brace, escaped or not, and an unbalanced one
 * breaks the whole file.
 */
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function texEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => TEX[c]!).replace(/\s+/g, ' ');
}

/**
 * A URL field is read verbatim, so only what would unbalance the entry or end
 * the field is percent-encoded; the address stays the same address.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** ASCII whatever the reader's language, since keys are typed and matched by LaTeX. */
export function bibtexKey(version: string, accessed: string): string {
  const stem = GENERATOR.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const clean = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `${stem}-v${clean(version)}-${clean(accessed)}`;
}

/**
 * `@misc`, which every BibTeX style knows (`@dataset` is biblatex only), with
 * biblatex's `version` and `urldate` beside a `note` for classic styles. The
 * author is double-braced so styles neither split nor reorder the
 * organisation's name, and the title so they keep its capitals.
 */
function bibtex(input: CiteInput, w: Record<string, string>, t: Translate): string {
  const fields: [string, string][] = [
    ['author', `{${texEscape(w.publisher!)}}`],
    ['title', `{${texEscape(w.title!)}}`],
    ['publisher', texEscape(w.publisher!)],
    ['version', texEscape(input.version)],
    ['year', texEscape(w.year!)],
    ['url', bibtexUrl(input.link)],
    ['urldate', texEscape(input.accessed)],
    ['note', texEscape(t('export.bibtexNote', w))],
  ];
  const body = fields.map(([name, value]) => `  ${name.padEnd(9)} = {${value}},`).join('\n');
  return `@misc{${bibtexKey(input.version, input.accessed)},\n${body}\n}`;
}
