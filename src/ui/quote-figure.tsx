import type { Quote } from '../data/schema.ts';

/**
 * One verbatim quote from a source, in its own language, with its English
 * translation under it when it has one. The explorer's detail panel and the
 * static incident pages both show quotes this way.
 */
export function QuoteFigure({ quote, translationLabel }: { quote: Quote; translationLabel: string }) {
  return (
    <figure className="quote">
      <blockquote lang={quote.lang}>{quote.text}</blockquote>
      {quote.translation && (
        <figcaption>
          <span className="translation-label">{translationLabel}</span> {quote.translation}
        </figcaption>
      )}
    </figure>
  );
}
