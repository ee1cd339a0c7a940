import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { datasetText } from '../../lib/localized';
import { LocalizedText } from '../../lib/localized-text';

/** Where sources disagree, both claims side by side with their sources. */
export function Disputes({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  if (incident.disputes.length === 0) return null;
  return (
    <section className="detail-section disputes" data-testid="disputes">
      <h3>{t('details.disputes')}</h3>
      {incident.disputes.map((d, k) => (
        <div key={k} className="dispute">
          <p className="dispute-topic">
            <LocalizedText value={datasetText(data.texts, `incidents/${incident.id}/disputes.${k}.topic`, d.topic)} />
          </p>
          <div className="claims">
            {d.claims.map((c, j) => (
              <div key={j} className="claim">
                <p className="claim-text">
                  <LocalizedText
                    value={datasetText(data.texts, `incidents/${incident.id}/disputes.${k}.claims.${j}.text`, c.text)}
                  />
                </p>
                <blockquote>{c.quote}</blockquote>
                <p className="claim-source">{data.dataset.sources.get(c.source)?.title ?? c.source}</p>
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
