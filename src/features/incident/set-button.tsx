import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { MAX_SET } from '../../store/incident-set';

/**
 * Adds the open incident to the reader's set or takes it out. The list (and
 * its set bar) is hidden while an incident is open, so the set's size is said
 * here too, and announced when it changes.
 */
export function SetButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const inSet = useAppStore((s) => s.incidentSet.ids.includes(id));
  const size = useAppStore((s) => s.incidentSet.ids.length);
  return (
    <div className="detail-set">
      <button
        type="button"
        className="button small"
        disabled={!inSet && size >= MAX_SET}
        onClick={() => appStore.getState().toggleInSet(id)}
      >
        {inSet ? t('incidentSet.remove') : t('incidentSet.add')}
      </button>
      <span role="status" className="detail-set-count">
        {size > 0 ? t('incidentSet.count', { count: size }) : ''}
      </span>
    </div>
  );
}
