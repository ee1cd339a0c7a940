import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { Dialog } from './dialog';
import { ImportSummary } from './import-summary';
import { ProblemsTable } from './problems-table';

/** Says, for as long as it is true, that the views show the reader's own file, with the way back. */
export function OwnFileBanner() {
  const { t } = useTranslation();
  const origin = useAppStore((s) => s.origin);
  const [problemsOpen, setProblemsOpen] = useState(false);
  if (origin.kind !== 'file') return null;
  return (
    <section className="own-file-banner" aria-label={t('ownFile.title')} data-testid="own-file-banner">
      <p>{t('ownFile.banner', { name: origin.name })}</p>
      <div className="own-file-banner-actions">
        <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setProblemsOpen(true)}>
          {t('ownFile.showProblems', { count: origin.problems.length })}
        </button>
        <button type="button" className="button small primary" onClick={() => appStore.getState().showPublished()}>
          {t('ownFile.back')}
        </button>
      </div>
      {problemsOpen && (
        <Dialog label={t('ownFile.problems')} onClose={() => setProblemsOpen(false)}>
          <div className="own-file-head">
            <h2>{origin.name}</h2>
            <button type="button" className="button small" onClick={() => setProblemsOpen(false)}>
              {t('ownFile.close')}
            </button>
          </div>
          <ImportSummary summary={origin.summary} />
          <ProblemsTable problems={origin.problems} fileName={origin.name} />
        </Dialog>
      )}
    </section>
  );
}
