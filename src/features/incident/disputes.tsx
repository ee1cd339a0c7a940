import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { disputesOf } from '../../data/cross-records';
import { LocalizedText } from '../../ui/localized-text';

/** The publisher first, so a reader can weigh the claim before reading the title. */
function sourceLabel(data: DataIndex, id: string): string {
  const source = data.dataset.sources.get(id);
  if (!source) return id;
  return source.publisher ? `${source.publisher} · ${source.title}` : source.title;
}

/** Every disagreement that concerns the incident, each claim beside its source and verbatim quote. */
export function Disputes({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const disputes = disputesOf(data.dataset.disputes, incident.id);
  if (disputes.length === 0) return null;
  return (
    <section className="detail-section disputes" data-testid="disputes">
      <h3>{t('details.disputes')}</h3>
      {disputes.map((d) => (
        <div key={d.id} className="dispute" data-dispute-id={d.id}>
          <p className="dispute-topic">
            <LocalizedText value={d.topic} />
          </p>
          {d.note && (
            <p className="dispute-note">
              <LocalizedText value={d.note} />
            </p>
          )}
          <div className="claims">
            {d.claims.map((c, j) => (
              <div key={j} className="claim">
                <p className="claim-text">
                  <LocalizedText value={c.text} />
                </p>
                <blockquote lang={c.lang}>{c.quote}</blockquote>
                {c.translation && (
                  <p className="quote-translation">
                    <span className="translation-label">{t('details.translation')}</span> {c.translation}
                  </p>
                )}
                <p className="claim-source">{sourceLabel(data, c.source)}</p>
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
