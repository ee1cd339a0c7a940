/**
 * "Only what the map shows": a toggle on the map that makes every view follow
 * the map's visible area (store/map-area.ts). While it is on, it says how
 * incidents without a point of their own are treated: a region-wide one counts
 * where its region's marker stands; nationwide ones and those with no place
 * are left out, and their number is given. The note is a live region, so
 * turning it on or off is announced; it is a line at the map's foot, in the
 * place of the count of incidents without a place (which it includes), so it
 * never covers the markers in the middle of the area.
 */
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';

export function AreaControl() {
  const { t } = useTranslation();
  const on = useAppStore((s) => s.filters.area !== null);
  const ready = useAppStore((s) => s.mapSize !== null);
  return (
    <div className="area-control" data-on={on}>
      <button
        type="button"
        className="area-toggle"
        data-testid="area-toggle"
        aria-pressed={on}
        disabled={!ready}
        onClick={() => appStore.getState().setMapArea(!on)}
      >
        <span className="area-mark" aria-hidden="true" />
        {t('area.toggle')}
      </button>
    </div>
  );
}

/** What the area filter does with incidents that have no point of their own; empty (and silent) while it is off. */
export function AreaNote() {
  const { t } = useTranslation();
  const on = useAppStore((s) => s.filters.area !== null);
  const leftOut = useAppStore((s) => selectView(s)?.areaLeftOut ?? null);
  const lang = useAppStore((s) => s.lang);
  const parts: string[] = [];
  if (leftOut && leftOut.nationwide > 0) parts.push(t('area.nationwide', { count: leftOut.nationwide }));
  if (leftOut && leftOut.unplaced > 0) parts.push(t('area.unplaced', { count: leftOut.unplaced }));
  const list =
    parts.length === 0 || typeof Intl.ListFormat !== 'function'
      ? parts.join(', ')
      : new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
  return (
    <p className="area-note" role="status" data-testid="area-note">
      {on && (
        <>
          {t('area.on')}
          {parts.length > 0 && ` ${t('area.leftOut', { list })}`}
        </>
      )}
    </p>
  );
}
