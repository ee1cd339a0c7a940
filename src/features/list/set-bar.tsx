import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefStatus } from '../../ui/use-brief-status';
import { appStore, useAppStore } from '../../store';
import { MAX_SET, MAX_SET_NAME, setLinkPatch } from '../../store/incident-set';
import { viewLink } from '../../store/link-state';
import { formatNumber } from '../../lib/format';
import './set-bar.css';

type Copied = 'copied' | 'failed';

/**
 * The reader's set of incidents, above the list while it holds any: how many,
 * an optional name, showing only the set or everything, its link, clearing it.
 * The link is the view link of the set alone (setLinkPatch), so the recipient
 * sees exactly these incidents whatever else the sender had on screen.
 */
export function SetBar({ onCleared }: { onCleared: () => void }) {
  const { t } = useTranslation();
  const set = useAppStore((s) => s.incidentSet);
  const lang = useAppStore((s) => s.lang);
  // The incidents of a reader's own file never travel in a link (see url-state's fileViewState).
  const published = useAppStore((s) => s.origin.kind === 'published');
  const [copied, setCopied] = useBriefStatus<Copied>(2500);
  const nameId = useId();

  if (set.ids.length === 0) return null;
  const store = () => appStore.getState();

  const copy = async () => {
    const state = store();
    try {
      await navigator.clipboard.writeText(viewLink(state, window.location.href, setLinkPatch(state)));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  const clear = () => {
    store().clearSet();
    onCleared();
  };

  return (
    <section className="set-bar" aria-label={t('incidentSet.region')} data-testid="set-bar">
      <p className="set-count" role="status">
        {t('incidentSet.count', { count: set.ids.length, formatted: formatNumber(set.ids.length, lang) })}
        {set.ids.length >= MAX_SET && <span className="set-full"> {t('incidentSet.full', { max: MAX_SET })}</span>}
      </p>
      <div className="set-name">
        <label htmlFor={nameId}>{t('incidentSet.nameLabel')}</label>
        <input
          id={nameId}
          type="text"
          value={set.name}
          maxLength={MAX_SET_NAME}
          autoComplete="off"
          onChange={(e) => store().setSetName(e.target.value)}
        />
      </div>
      <div className="set-actions">
        <button type="button" className="button small" onClick={() => store().showSet(!set.shown)}>
          {set.shown ? t('incidentSet.showAll') : t('incidentSet.showOnly')}
        </button>
        {published && (
          <button type="button" className="button small" onClick={() => void copy()}>
            {t('incidentSet.copyLink')}
          </button>
        )}
        <button type="button" className="button small" onClick={clear}>
          {t('incidentSet.clear')}
        </button>
      </div>
      {!published && <p className="set-note">{t('incidentSet.fromFile')}</p>}
      <span role="status" className="set-copy-status">
        {copied === 'copied' ? t('incidentSet.copied') : copied === 'failed' ? t('incidentSet.copyFailed') : ''}
      </span>
    </section>
  );
}
