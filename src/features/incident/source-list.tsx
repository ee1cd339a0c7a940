import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { parseEdtf } from '../../lib/edtf';
import { formatIncidentDate } from '../../lib/format';

export function SourceList({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <section className="detail-section">
      <h3>{t('details.sources')}</h3>
      <ol className="source-list">
        {incident.sources.map((c, k) => {
          const source = data.dataset.sources.get(c.source);
          const published = source?.published ? parseEdtf(source.published) : null;
          return (
            <li key={`${c.source}-${k}`} className="source">
              <p className="source-title">
                {source?.url ? (
                  <a href={source.url} rel="noreferrer noopener" target="_blank">
                    {source.title}
                  </a>
                ) : (
                  <cite>{source?.title ?? c.source}</cite>
                )}
              </p>
              <p className="source-meta">
                {[source?.publisher, source?.author, published ? formatIncidentDate(published, lang) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {c.quotes.map((q, j) => (
                <figure key={j} className="quote">
                  <blockquote lang={q.lang}>{q.text}</blockquote>
                  {q.translation && (
                    <figcaption>
                      <span className="translation-label">{t('details.translation')}</span> {q.translation}
                    </figcaption>
                  )}
                </figure>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
