import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../../store';
import { selectView } from '../../store/selectors';
import type { GroupBy } from '../../store/slices/ui';
import { stepIncident } from './navigation';
import { panWindow, yearWindow, zoomWindow } from '../../store/time-windows';
import { PlaybackOptions, PlaybackToggle } from './playback-controls';
import './timeline.css';

/** Click and keyboard alternatives for everything the timeline does by drag and wheel. */
export function TimelineToolbar() {
  const { t } = useTranslation();
  const data = useAppStore((s) => s.data);
  const view = useAppStore(selectView);
  const groupBy = useAppStore((s) => s.groupBy);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const [playbackOpen, setPlaybackOpen] = useState(false);
  if (!data || !view) return null;

  const bounds = { start: Date.UTC(data.firstYear - 1, 0, 1), end: Date.UTC(data.lastYear + 2, 0, 1) };
  const current = () => appStore.getState().timeWindow ?? view.extent ?? bounds;
  const setWindow = (w: { start: number; end: number } | null) => appStore.getState().setTimeWindow(w);
  const step = (dir: 1 | -1) => {
    const s = appStore.getState();
    const id = stepIncident(data, view.filteredByDate, s.selectedId, dir, s.timeWindow);
    // Focus stays on the button, so pressing it again steps on.
    if (id) s.select(id, 'navigation');
  };
  const years: number[] = [];
  for (let y = data.firstYear; y <= data.lastYear; y++) if ((view.counts.years.get(y) ?? 0) > 0) years.push(y);
  const yearValue =
    timeWindow && years.find((y) => yearWindow(y).start === timeWindow.start && yearWindow(y).end === timeWindow.end);

  return (
    <>
      <div className="timeline-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
        <PlaybackToggle open={playbackOpen} onOpen={setPlaybackOpen} />
        <div className="tool-group">
          {/* The short word is the start of the full name, so speech input can say what it sees. */}
          <button
            type="button"
            className="button small"
            onClick={() => step(-1)}
            aria-label={t('timeline.previous')}
            title={t('timeline.previous')}
          >
            <span aria-hidden="true">◀ </span>
            {t('timeline.previousShort')}
          </button>
          <button
            type="button"
            className="button small"
            onClick={() => step(1)}
            aria-label={t('timeline.next')}
            title={t('timeline.next')}
          >
            {t('timeline.nextShort')}
            <span aria-hidden="true"> ▶</span>
          </button>
        </div>
        <div className="tool-group">
          <button
            type="button"
            className="button small"
            onClick={() => setWindow(null)}
            aria-pressed={timeWindow === null}
          >
            {t('timeline.all')}
          </button>
          <label className="inline-field">
            {/* The first option ("Zoom to…") says what the list does; the label is for screen readers. */}
            <span className="visually-hidden">{t('timeline.year')}</span>
            <select
              value={yearValue ? String(yearValue) : ''}
              onChange={(e) => e.target.value && setWindow(yearWindow(Number(e.target.value)))}
            >
              <option value="">{t('timeline.chooseYear')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <IconButton label={t('timeline.zoomIn')} onClick={() => setWindow(zoomWindow(current(), 0.5, bounds))}>
            +
          </IconButton>
          <IconButton label={t('timeline.zoomOut')} onClick={() => setWindow(zoomWindow(current(), 2, bounds))}>
            −
          </IconButton>
          <IconButton label={t('timeline.earlier')} onClick={() => setWindow(panWindow(current(), -0.5, bounds))}>
            ‹
          </IconButton>
          <IconButton label={t('timeline.later')} onClick={() => setWindow(panWindow(current(), 0.5, bounds))}>
            ›
          </IconButton>
        </div>
        <label className="inline-field">
          <span>{t('timeline.groupBy')}</span>
          <select value={groupBy} onChange={(e) => appStore.getState().setGroupBy(e.target.value as GroupBy)}>
            <option value="none">{t('timeline.groupNone')}</option>
            <option value="category">{t('timeline.groupCategory')}</option>
            <option value="region">{t('timeline.groupRegion')}</option>
          </select>
        </label>
      </div>
      <PlaybackOptions open={playbackOpen} />
    </>
  );
}

/** A one-glyph button named by its label, which is also its tooltip. */
function IconButton({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <button type="button" className="button small icon" onClick={onClick} aria-label={label} title={label}>
      {children}
    </button>
  );
}
