import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident, Source } from '../../data/schema';
import { parseEdtf } from '../../lib/edtf';
import { formatIncidentDate } from '../../lib/format';
import { useAppStore } from '../../store';
import { datasetText, quoteInLang } from '../../data/localized';
import { LocalizedText } from '../../ui/localized-text';
import { QuoteFigure } from '../../ui/quote-figure';

type Publication = Partial<
  Pick<
    Source,
    'publisher' | 'publisherDescription' | 'author' | 'published' | 'publishedNote' | 'url' | 'archiveSearch'
  >
>;

/**
 * Who published a text, when, and where a reader can check it, including an
 * archive search. `textKey` locates the notes among the dataset's translated
 * texts (`sources/<id>/` or `sources/<id>/related.`).
 */
function PublicationFacts({ p, data, textKey }: { p: Publication; data: DataIndex; textKey: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const published = p.published ? parseEdtf(p.published) : null;
  const publishedNote = datasetText(data.texts, `${textKey}publishedNote`, p.publishedNote);
  const about = datasetText(data.texts, `${textKey}publisherDescription`, p.publisherDescription);
  return (
    <>
      <dl className="source-facts">
        {p.publisher && (
          <>
            <dt>{t('details.publisher')}</dt>
            <dd>{p.publisher}</dd>
          </>
        )}
        {p.author && (
          <>
            <dt>{t('details.author')}</dt>
            <dd>{p.author}</dd>
          </>
        )}
        {(published || p.publishedNote) && (
          <>
            <dt>{t('details.published')}</dt>
            <dd>
              {published && formatIncidentDate(published, lang)}
              {published && publishedNote && ' '}
              {publishedNote && <LocalizedText value={publishedNote} />}
            </dd>
          </>
        )}
        {about && (
          <>
            <dt>{t('details.about')}</dt>
            <dd>
              <LocalizedText value={about} />
            </dd>
          </>
        )}
      </dl>
      {p.archiveSearch && (
        <p className="source-links">
          <a href={p.archiveSearch} rel="noopener noreferrer" target="_blank" className="source-link">
            {t('details.archiveSearch')}
          </a>
        </p>
      )}
    </>
  );
}

export function SourceList({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <section className="detail-section">
      <h3>{t('details.sources')}</h3>
      <ol className="source-list">
        {incident.sources.map((c, k) => {
          const source = data.dataset.sources.get(c.source);
          const related = source?.related;
          return (
            <li key={`${c.source}-${k}`} className="source">
              <p className="source-title">
                {source?.url ? (
                  <a href={source.url} rel="noopener noreferrer" target="_blank">
                    <cite>{source.title}</cite>
                  </a>
                ) : (
                  <cite>{source?.title ?? c.source}</cite>
                )}
              </p>
              {source && <PublicationFacts p={source} data={data} textKey={`sources/${source.id}/`} />}
              {related && (
                <div className="source-related">
                  <p className="source-related-label">
                    {t(related.relation === 'rewords' ? 'details.rewords' : 'details.sameText')}{' '}
                    {related.url ? (
                      <a href={related.url} rel="noopener noreferrer" target="_blank">
                        <cite>{related.title ?? related.url}</cite>
                      </a>
                    ) : (
                      related.title && <cite>{related.title}</cite>
                    )}
                  </p>
                  <PublicationFacts p={related} data={data} textKey={`sources/${c.source}/related.`} />
                </div>
              )}
              {c.quotes.map((q, j) => (
                <QuoteFigure
                  key={j}
                  quote={q}
                  translationLabel={t('details.translation')}
                  draftLabel={t('details.translationDraft')}
                  inLang={quoteInLang(data.texts, incident.id, k, j, q, lang)}
                />
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
