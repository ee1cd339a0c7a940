import type { Quote } from '../data/schema.ts';

/** A quote in the reader's language, shown beside the original and named for what it is. */
export interface QuoteInLang {
  text: string;
  lang: string;
  /** Not yet reviewed by a native speaker: said in its label. */
  draft: boolean;
}

/**
 * One verbatim quote from a source, in its own language, with its English
 * translation under it when it has one, and a translation into the reader's
 * language when they read another. The explorer's detail panel and the static
 * incident pages both show quotes this way.
 */
export function QuoteFigure({
  quote,
  translationLabel,
  draftLabel,
  inLang,
}: {
  quote: Quote;
  /** "Translation:" and "Translation (not yet reviewed):", in the reader's language. */
  translationLabel: string;
  draftLabel: string;
  inLang: QuoteInLang | null;
}) {
  return (
    <figure className="quote">
      <blockquote lang={quote.lang}>{quote.text}</blockquote>
      {quote.translation && (
        <figcaption>
          <span className="translation-label">{translationLabel}</span> <span lang="en">{quote.translation}</span>
        </figcaption>
      )}
      {inLang && (
        <figcaption className="quote-in-lang">
          <span className="translation-label">{inLang.draft ? draftLabel : translationLabel}</span>{' '}
          <span lang={inLang.lang}>{inLang.text}</span>
        </figcaption>
      )}
    </figure>
  );
}
