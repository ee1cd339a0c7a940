/** A plain-text citation for the current view, in the reader's language. */
import i18next from 'i18next';
import { parseEdtf } from '../../lib/edtf';
import { formatIncidentDate, formatNumber } from '../../lib/format';

export interface CiteInput {
  /** Dataset version. */
  version: string;
  /** The link that reopens the view. */
  link: string;
  /** ISO day the reader accessed the view. */
  accessed: string;
  /** Incidents in the view. */
  count: number;
  lang: string;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Day–month–year cannot be misread as month–day, which matters in a reference list. */
const dateLocale = (lang: string) => (lang === 'en' ? 'en-GB' : lang);

function accessedText(accessed: string, lang: string): string {
  const day = parseEdtf(accessed);
  return day ? formatIncidentDate(day, dateLocale(lang)) : accessed;
}

/**
 * "Kazakhstan Incident Explorer, dataset version 1.1.0. View of 23 incidents.
 * <link> (accessed 21 November 2026)." The words come from the interface
 * strings (`export.citation`), so a translation brings its own citation.
 */
export function citeView(input: CiteInput, t: Translate = i18next.getFixedT(input.lang) as Translate): string {
  return t('export.citation', {
    title: t('app.title'),
    version: input.version,
    count: input.count,
    shown: formatNumber(input.count, input.lang),
    link: input.link,
    accessed: accessedText(input.accessed, input.lang),
  });
}
