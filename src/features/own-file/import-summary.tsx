import { useTranslation } from 'react-i18next';
import type { ImportSummary as Summary } from '../../data/import/index';
import { formatNumber } from '../../lib/format';

/** What was read: the format recognised, the encoding, and how many rows were shown, skipped and warned about. */
export function ImportSummary({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <dl className="own-file-summary" data-testid="import-summary">
      <div>
        <dt>{t('ownFile.formatLabel')}</dt>
        <dd>{t(`ownFile.format.${summary.format}`)}</dd>
      </div>
      <div>
        <dt>{t('ownFile.encodingLabel')}</dt>
        <dd>{summary.encoding === 'windows-1251' ? 'Windows-1251' : 'UTF-8'}</dd>
      </div>
      <div>
        <dt>{t('ownFile.read')}</dt>
        <dd>{n(summary.linesRead)}</dd>
      </div>
      <div>
        <dt>{t('ownFile.shown')}</dt>
        <dd>{n(summary.shown)}</dd>
      </div>
      <div>
        <dt>{t('ownFile.skipped')}</dt>
        <dd>{n(summary.skipped)}</dd>
      </div>
      <div>
        <dt>{t('ownFile.warned')}</dt>
        <dd>{n(summary.warned)}</dd>
      </div>
    </dl>
  );
}
