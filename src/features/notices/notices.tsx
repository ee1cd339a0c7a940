import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import type { Notice } from '../../store/slices/ui';
import './notices.css';

/**
 * Visible notices: what a link or the dataset contained that could not be used.
 * A notice with more to show than a sentence (what changed since a link's
 * dataset version) gets its body from `body`, given by the app.
 */
export function Notices({ body }: { body?: (notice: Notice) => ReactNode }) {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('notice.region')}>
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role="status" data-testid={`notice-${n.kind}`}>
          {body?.(n) ?? (
            <p className="notice-message">{t(n.message.key, { ...n.message.values, count: n.message.count })}</p>
          )}
          {n.details.length > 0 && (
            <details>
              <summary>{t('notice.details', { count: n.details.length })}</summary>
              <ul>
                {n.details.slice(0, 200).map((d, k) => (
                  <li key={k}>{d}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="button small" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
