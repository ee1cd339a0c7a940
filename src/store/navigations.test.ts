/**
 * A navigation's link, opened afresh, shows the view its click shows in place:
 * the same incident, filters, window, map view and story step.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/data-index';
import { fixtureRaw, fixtureStory } from '../data/test-fixture';
import { validateDataset } from '../data/validate';
import { createAppStore } from './index';
import { linkAfter, selectIncident, showActorIncidents, storyStep, type Navigation } from './navigations';
import { viewFromLink } from './view-from-link';

const raw = fixtureRaw();
raw.narratives = { narratives: [fixtureStory()] };
const data = buildIndex(validateDataset(raw).dataset);

/** A reader who has panned the map to Zhanaozen and narrowed the timeline to 2026. */
function reader() {
  const store = createAppStore();
  store.getState().setData(data);
  store.getState().setMapSize({ width: 800, height: 600 });
  store.getState().setMapView({ center: [52.8, 43.34], zoom: 8 }, 'map');
  store.getState().setTimeWindow({ start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 6, 1) });
  return store;
}

const shown = (s: ReturnType<ReturnType<typeof createAppStore>['getState']>) => ({
  selectedId: s.selectedId,
  filters: s.filters,
  timeWindow: s.timeWindow,
  mapView: s.mapView,
  story: s.story,
});

const NAVIGATIONS: [string, Navigation][] = [
  ['opening an incident off screen and outside the window', selectIncident('almaty-shutdown-2022', 'list')],
  ['opening an incident on screen', selectIncident('zhanaozen-protest-2022', 'list')],
  ['the first step of a story', storyStep('uprising', 0)],
  ['the second step of a story', storyStep('uprising', 1)],
  ['all of one actor’s incidents', showActorIncidents('atajurt')],
];

describe('a navigation’s link and its click', () => {
  it.each(NAVIGATIONS)('show the same view: %s', (_, go) => {
    const store = reader();
    const link = linkAfter(store.getState(), go);
    store.setState(go(store.getState()));
    const opened = viewFromLink(data, link);
    expect(opened.ignored).toEqual([]);
    expect(shown({ ...store.getState(), ...opened.view })).toEqual(shown(store.getState()));
  });

  it('carries where the click moves the map and the window, not where they were', () => {
    const link = new URLSearchParams(linkAfter(reader().getState(), selectIncident('almaty-shutdown-2022', 'list')));
    expect(link.get('map')).toBe('8/43.24/76.89');
    expect(link.get('from')?.slice(0, 4)).toBe('2021');
  });
});
