import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { selectView } from '../store/selectors';
import { formatNumber } from '../lib/format';
import { filterClauses, rangeText } from '../ui/summary-text';

/** States the rule that decides what every view shows, as a sentence, and announces changes to screen readers. */
export function ViewSummary() {
  const { t } = useTranslation();
  const view = useAppStore(selectView);
  const data = useAppStore((s) => s.data);
  const w = useAppStore((s) => s.timeWindow);
  const filters = useAppStore((s) => s.filters);
  const lang = useAppStore((s) => s.lang);
  // While the window plays, playback says it, less often (playback-controls.tsx): this would speak every step.
  const playing = useAppStore((s) => s.playback.playing);
  const set = useAppStore((s) => s.incidentSet);
  if (!view || !data) return null;
  const clauses = filterClauses(filters, data, lang, t, set);
  return (
    <p className="view-summary" role="status" aria-live={playing ? 'off' : 'polite'} data-testid="view-summary">
      {t('summary.showing', {
        shown: formatNumber(view.visible.length, lang),
        total: formatNumber(data.n, lang),
        range: rangeText(filters, w, lang, t),
        count: data.n,
      })}
      {clauses.length > 0 && ` ${t('summary.filters', { list: clauses.join('; ') })}`}
      {view.searchPending && (
        <span className="summary-aside" data-testid="search-pending">
          {' '}
          {t('summary.searchPending')}
        </span>
      )}
      {view.filteredCount !== view.visible.length && (
        <span className="summary-aside">
          {' '}
          {t('summary.outsideWindow', { count: view.filteredCount - view.visible.length })}
        </span>
      )}
    </p>
  );
}
