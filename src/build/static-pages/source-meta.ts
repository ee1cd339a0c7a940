/**
 * A source as the static pages show it. Only what is particular to these
 * pages lives here: an archive search made up when the data has none (a page
 * without JavaScript cannot offer one later), and addresses checked once more
 * before they become links. Its texts come from the dataset's texts by key,
 * as in the app's source list, so they carry the same translations.
 */
import { datasetText } from '../../data/localized.ts';
import type { Source } from '../../data/schema.ts';
import type { TranslatedText } from '../../data/translations.ts';
import { parseEdtf, type ParsedDate } from '../../lib/edtf.ts';

export interface SourceMeta {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: ParsedDate | null;
  /** Why the publication date is unknown or approximate. */
  publishedNote: TranslatedText | undefined;
  /** A neutral line about the publisher. */
  description: TranslatedText | undefined;
  url: string | null;
  /** A Wayback Machine search for the address: a search, not a claim that a snapshot exists. */
  archiveSearch: string | null;
}

const HTTP = /^https?:\/\/[^\s]+$/i;

export function archiveSearchFor(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

/** `source` is undefined when a citation names a source the dataset lacks: the page then shows its id. */
export function sourceMeta(
  source: Source | undefined,
  id: string,
  texts: ReadonlyMap<string, TranslatedText>,
): SourceMeta {
  // Validation already allows only http(s) addresses; a page must not depend on it to stay inert.
  const url = source?.url && HTTP.test(source.url) ? source.url : null;
  const archive = source?.archiveSearch && HTTP.test(source.archiveSearch) ? source.archiveSearch : null;
  return {
    id,
    title: source?.title ?? id,
    publisher: source?.publisher ?? null,
    author: source?.author ?? null,
    published: source?.published ? parseEdtf(source.published) : null,
    publishedNote: datasetText(texts, `sources/${id}/publishedNote`, source?.publishedNote),
    description: datasetText(texts, `sources/${id}/publisherDescription`, source?.publisherDescription),
    url,
    archiveSearch: url ? (archive ?? archiveSearchFor(url)) : null,
  };
}
