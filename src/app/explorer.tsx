import { useState, useSyncExternalStore, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { appStore, useAppStore } from '../store';
import { FiltersPanel } from '../features/filters/filters-panel';
import { MapLegend } from '../features/map/map-legend';
import { TimelineToolbar } from '../features/timeline/timeline-toolbar';
import { IncidentList } from '../features/list/incident-list';
import { DetailPanel } from '../features/incident/detail-panel';
import { StoryPanel } from '../features/narrative/story-panel';
import { StoryPicker } from '../features/narrative/story-picker';
import { ActorPage } from '../features/actor/actor-page';
import { ExportMenu } from '../features/export/export-menu';
import { ViewSummary } from './view-summary';
import { LoadStatus } from './load-status';
import { SPLIT_DEFAULT, WorkspaceSplit } from './workspace-split';
import { TimelineOverview } from '../features/timeline/timeline-overview';

import { LazyPane } from './pane-boundary';
import { PHONE_ACTIONS_SLOT } from './header';
import { CopyLink } from '../features/share/copy-link';
import { useNarrow } from '../ui/use-narrow';

// MapLibre and vis-timeline are most of the JavaScript; they load in parallel
// with the dataset instead of delaying the first paint, each in its own pane.
const loadMap = () => import('../features/map/map-view').then((m) => m.MapView);
const loadTimeline = () => import('../features/timeline/timeline-view').then((m) => m.TimelineView);
import { selectView } from '../store/selectors';

const noSubscription = () => () => {};

export function Explorer({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.selectedId !== null);
  const inStory = useAppStore((s) => s.story !== null);
  const actorOpen = useAppStore((s) => s.actorPage !== null && s.selectedId === null);
  const hasStories = useAppStore((s) => (s.data?.dataset.narratives.length ?? 0) > 0);
  const [picker, setPicker] = useState(false);
  // Phones show one pane at a time; wider screens show them all and ignore these.
  const [tab, setTab] = useState<'map' | 'timeline' | 'list'>('map');
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The map/timeline split is kept in memory only: nothing is stored on the device.
  const [split, setSplit] = useState(SPLIT_DEFAULT);
  const shown = useAppStore((s) => selectView(s)?.visible.length ?? 0);
  const narrow = useNarrow();
  // On a phone the timeline's Pause is out of sight on the other tabs while the window plays: the tab bar offers it.
  const playing = useAppStore((s) => s.playback.playing);
  // The header's slot exists once the header is in the page; React reads it again after each commit.
  const phoneSlot = useSyncExternalStore(noSubscription, () =>
    narrow ? document.getElementById(PHONE_ACTIONS_SLOT) : null,
  );
  const actions = (
    <>
      <ExportMenu />
      {hasStories && (
        <button type="button" className="button small" aria-expanded={picker} onClick={() => setPicker(!picker)}>
          {t('story.open')}
        </button>
      )}
    </>
  );
  return (
    <div
      className="explorer"
      data-selected={selected || actorOpen}
      data-story={inStory}
      data-tab={tab}
      data-filters-open={filtersOpen}
    >
      <nav className="mobile-tabs" aria-label={t('mobile.views')}>
        {(['map', 'timeline', 'list'] as const).map((name) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)}>
            {t(`mobile.${name}`)}
          </button>
        ))}
        <button type="button" aria-expanded={filtersOpen} onClick={() => setFiltersOpen(true)}>
          {t('mobile.filters')}
        </button>
        {playing && tab !== 'timeline' && (
          <button
            type="button"
            className="mobile-pause"
            onClick={() => appStore.getState().setPlayback({ playing: false })}
          >
            <span aria-hidden="true">❚❚ </span>
            {t('playback.pause')}
          </button>
        )}
      </nav>
      <section className="filters-panel" aria-label={t('region.filters')}>
        <div className="sheet-head">
          <button type="button" className="button small primary" onClick={() => setFiltersOpen(false)}>
            {t('mobile.showResults', { count: shown })}
          </button>
        </div>
        <FiltersPanel />
      </section>
      <main
        className="workspace"
        id="main"
        aria-busy={loading}
        style={{ '--timeline-share': `${split}%` } as CSSProperties}
      >
        <div className="workspace-bar">
          {loading ? <LoadStatus /> : <ViewSummary />}
          {/* On a phone these join the header's one row of actions (see Header's slot), not a row of their own. */}
          {phoneSlot ? createPortal(actions, phoneSlot) : <div className="workspace-actions">{actions}</div>}
        </div>
        {picker && <StoryPicker onClose={() => setPicker(false)} />}
        <section className="map-region" id="map-region" aria-label={t('region.map')}>
          <LazyPane pane="map" load={loadMap} loadingText={t('app.loadingMap')} />
          <MapLegend />
        </section>
        <WorkspaceSplit share={split} onChange={setSplit} />
        <section className="timeline-region" id="timeline-region" aria-label={t('region.timeline')}>
          <TimelineToolbar />
          <TimelineOverview />
          <LazyPane pane="timeline" load={loadTimeline} loadingText={t('app.loadingTimeline')} />
        </section>
      </main>
      <div className="side-column">
        <StoryPanel />
        {actorOpen && <ActorPage />}
        <section className="details-region" aria-label={t('region.details')} data-open={selected} hidden={actorOpen}>
          {/* On a phone the open incident covers the header: its link is offered here too. */}
          {narrow && selected && (
            <div className="detail-share">
              <CopyLink />
            </div>
          )}
          <DetailPanel />
        </section>
        <section className="list-region" aria-label={t('region.incidents')} hidden={selected || actorOpen}>
          <IncidentList />
        </section>
      </div>
    </div>
  );
}
