import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataIndex } from '../../data/data-index';
import type { Incident } from '../../data/schema';
import { LocalizedText } from '../../ui/localized-text';
import { IncidentThread } from '../../ui/incident-thread';

/** Incidents shown on each side of the open one before the reader asks for the whole case. */
const AROUND = 5;

/** The other incidents of the same case, in date order. */
export function CaseThread({ incident, data }: { incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  if (incident.cases.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>{t('details.cases')}</h3>
      {incident.cases.map((caseId) => (
        // Keyed by incident too, so opening another incident folds a long case again.
        <CaseList key={`${incident.id}|${caseId}`} caseId={caseId} incident={incident} data={data} />
      ))}
    </section>
  );
}

function CaseList({ caseId, incident, data }: { caseId: string; incident: Incident; data: DataIndex }) {
  const { t } = useTranslation();
  const [whole, setWhole] = useState(false);
  const c = data.dataset.cases.get(caseId);
  const members = data.caseMembers(caseId);
  // A large case would put thousands of rows in the panel; show the stretch around this incident first.
  const at = Math.max(0, members.indexOf(data.idToIndex.get(incident.id) ?? -1));
  const from = whole ? 0 : Math.max(0, at - AROUND);
  const to = whole ? members.length : Math.min(members.length, at + AROUND + 1);
  return (
    <div className="case">
      <p className="case-title">{c ? <LocalizedText value={c.title} /> : caseId}</p>
      <IncidentThread
        data={data}
        className="case-thread"
        start={from + 1}
        rows={members.slice(from, to).map((i) => ({ i, current: data.incident(i).id === incident.id }))}
      />
      {to - from < members.length && (
        <button type="button" className="button small" onClick={() => setWhole(true)}>
          {t('details.caseShowAll', { count: members.length })}
        </button>
      )}
    </div>
  );
}
