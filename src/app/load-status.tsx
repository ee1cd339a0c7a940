import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { loadProgress } from '../data/load';

const MB = 1024 * 1024;

/** What the dataset load is doing, with a bar while the incidents download. */
export function LoadStatus() {
  const { t, i18n } = useTranslation();
  const progress = useSyncExternalStore(loadProgress.subscribe, loadProgress.get);
  const mb = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / MB);
  let text = t('app.loading');
  if (progress?.phase === 'download')
    text = progress.total
      ? t('app.loadingBytesOf', { received: mb(progress.received), total: mb(progress.total) })
      : t('app.loadingBytes', { received: mb(progress.received) });
  else if (progress?.phase === 'check') text = t('app.loadingCheck');
  else if (progress?.phase === 'index') text = t('app.loadingIndex');
  const fraction =
    progress?.phase === 'download' && progress.total ? Math.min(1, progress.received / progress.total) : null;
  return (
    <p className="view-summary view-loading" role="status" data-testid="load-status">
      <span className="spinner small" aria-hidden="true" />
      {text}
      {fraction !== null && (
        <progress className="load-bar" max={100} value={Math.round(fraction * 100)} aria-label={t('app.loading')} />
      )}
    </p>
  );
}
