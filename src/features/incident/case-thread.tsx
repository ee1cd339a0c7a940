import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { appStore } from '../../store';
import { LocalizedText } from '../../lib/localized-text';

import { formatIncidentDate } from '../../lib/format';

/** The other incidents of the same case, in date order. */
export function CaseThread({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t, i18n } = useTranslation();
  if (incident.cases.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>{t('details.cases')}</h3>
      {incident.cases.map((caseId) => {
        const c = data.dataset.cases.get(caseId);
        const members = data.dataset.incidents
          .map((inc, i) => ({ inc, i }))
          .filter(({ inc }) => inc.cases.includes(caseId))
          .sort((a, b) => data.start[a.i]! - data.start[b.i]!);
        return (
          <div key={caseId} className="case">
            <p className="case-title">{c ? <LocalizedText value={c.title} /> : caseId}</p>
            <ol className="case-thread">
              {members.map(({ inc, i }) => (
                <li key={inc.id} data-current={inc.id === incident.id}>
                  <span className="case-date">{formatIncidentDate(data.dataset.dates[i]!, i18n.language, true)}</span>
                  {inc.id === incident.id ? (
                    <span aria-current="true">
                      <LocalizedText value={inc.title} />
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => appStore.getState().select(inc.id, 'detail')}
                    >
                      <LocalizedText value={inc.title} />
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
