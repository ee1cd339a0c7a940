import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { FiltersPanel } from '../features/filters/filters-panel';
import { MapView } from '../features/map/map-view';
import { MapLegend } from '../features/map/map-legend';
import { TimelineView } from '../features/timeline/timeline-view';
import { TimelineToolbar } from '../features/timeline/timeline-toolbar';
import { IncidentList } from '../features/list/incident-list';
import { DetailPanel } from '../features/incident/detail-panel';
import { ViewSummary } from './view-summary';

export function Explorer() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.selectedId !== null);
  return (
    <div className="explorer" data-selected={selected}>
      <section className="filters-panel" aria-label={t('region.filters')}>
        <FiltersPanel />
      </section>
      <main className="workspace" id="main">
        <ViewSummary />
        <section className="map-region" aria-label={t('region.map')}>
          <MapView />
          <MapLegend />
        </section>
        <section className="timeline-region" aria-label={t('region.timeline')}>
          <TimelineToolbar />
          <TimelineView />
        </section>
      </main>
      <div className="side-column">
        <section className="details-region" aria-label={t('region.details')} data-open={selected}>
          <DetailPanel />
        </section>
        <section className="list-region" aria-label={t('region.incidents')} hidden={selected}>
          <IncidentList />
        </section>
      </div>
    </div>
  );
}
