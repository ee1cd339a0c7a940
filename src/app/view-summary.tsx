import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { selectView } from '../store/selectors';
import { formatNumber, formatWindow } from '../lib/format';

/** States the rule that decides what every view shows, and announces changes to screen readers. */
export function ViewSummary() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore(selectView);
  const data = useAppStore((s) => s.data);
  const w = useAppStore((s) => s.timeWindow);
  if (!view || !data) return null;
  const range = w ? formatWindow(w.start, w.end, lang) : t('summary.allDates');
  return (
    <p className="view-summary" role="status" aria-live="polite" data-testid="view-summary">
      {t('summary.showing', {
        shown: formatNumber(view.visible.length, lang),
        total: formatNumber(data.n, lang),
        range,
      })}
      {view.filteredCount !== view.visible.length && (
        <span className="summary-aside">
          {' '}
          {t('summary.outsideWindow', { count: view.filteredCount - view.visible.length })}
        </span>
      )}
    </p>
  );
}
