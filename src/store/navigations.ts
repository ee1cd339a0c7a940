/**
 * Every named move between views, described once as a pure patch of the
 * store. A link's href is the link of the view its patch makes, and its click
 * applies the same patch, so opening the link in a new tab and clicking it in
 * place always show the same view. The store's actions apply these patches.
 */
import type { AppState } from './index.ts';
import { revealIncident } from './camera.ts';
import { areaOfView, inArea } from './map-area.ts';
import { frameIncident } from './framing.ts';
import { stepView } from './story-view.ts';
import { EMPTY_FILTERS } from './slices/filters.ts';
import { EMPTY_SET } from './incident-set.ts';
import type { SelectionOrigin } from './slices/selection.ts';
import { windowToInclude } from './time-windows.ts';
import { serializeFragment } from './url-state.ts';
import { urlStateOf } from './link-state.ts';

export type Navigation = (s: AppState) => Partial<AppState>;

/**
 * Opens an incident. Chosen anywhere but on the map, the views follow it: the
 * time window moves to it if it lies outside, and the map centres on its place
 * if that is off screen.
 */
export const selectIncident =
  (id: string | null, origin: SelectionOrigin): Navigation =>
  (s) => {
    const i = id === null ? undefined : s.data?.idToIndex.get(id);
    const moved =
      i !== undefined && s.data && s.timeWindow
        ? windowToInclude(s.timeWindow, s.data.start[i]!, s.data.end[i]!)
        : null;
    // With the map area on, an incident inside it is on the map already: revealing it must not move the area.
    const inside =
      i !== undefined && s.data && s.filters.area && inArea(s.filters.area, s.data.lon[i]!, s.data.lat[i]!);
    const revealed =
      i !== undefined && s.data && origin !== 'map' && !inside ? revealIncident(s.data, i, s.mapView, s.mapSize) : null;
    // One outside it moves the map to it, and the area with the map: the area is always what the map shows.
    const area = revealed && s.filters.area && s.mapSize ? areaOfView(revealed, s.mapSize) : null;
    return {
      selectedId: id,
      selectionOrigin: origin,
      redirectedFrom: null,
      ...(moved ? { timeWindow: moved } : {}),
      ...(revealed ? { mapView: revealed, mapViewOrigin: 'app' as const } : {}),
      ...(area ? { filters: { ...s.filters, area } } : {}),
    };
  };

/**
 * Points the views at an incident: the timeline centred on it with context,
 * the map on its place at a zoom fitting its precision. `keep` names what the
 * reader (or a link) already pinned down, which framing leaves alone.
 */
export const frameOn =
  (id: string, keep: { time?: boolean; map?: boolean } = {}): Navigation =>
  (s) => {
    const frame = s.data ? frameIncident(s.data, id) : null;
    if (!frame) return {};
    return {
      ...(keep.time ? {} : { timeWindow: frame.timeWindow }),
      ...(keep.map || !frame.mapView ? {} : { mapView: frame.mapView, mapViewOrigin: 'app' as const }),
    };
  };

/** A step of a story (clamped to its steps); the first step keeps the free view to return to. No-op for an unknown story. */
export const storyStep =
  (id: string, step: number): Navigation =>
  (s) => {
    const narrative = s.data?.narrativeById.get(id);
    if (!s.data || !narrative) return {};
    const k = Math.max(0, Math.min(step, narrative.steps.length - 1));
    const view = stepView(s.data, narrative, k);
    if (!view) return {};
    return {
      story: { id, step: k },
      storySaved: s.storySaved ?? {
        filters: s.filters,
        timeWindow: s.timeWindow,
        mapView: s.mapView,
        selectedId: s.selectedId,
        groupBy: s.groupBy,
      },
      // A story shows its incidents whatever the reader had filtered or chosen.
      filters: EMPTY_FILTERS,
      ...(s.incidentSet.shown ? { incidentSet: { ...s.incidentSet, shown: false } } : {}),
      timeWindow: view.timeWindow,
      ...(view.mapView ? { mapView: view.mapView, mapViewOrigin: 'app' as const } : {}),
      selectedId: view.selectedId,
      selectionOrigin: 'story',
    };
  };

/** Back to the free view the story replaced. */
export const leaveStory: Navigation = (s) => {
  const saved = s.storySaved;
  return {
    story: null,
    storySaved: null,
    ...(saved
      ? {
          filters: saved.filters,
          timeWindow: saved.timeWindow,
          mapView: saved.mapView,
          mapViewOrigin: 'app' as const,
          selectedId: saved.selectedId,
          selectionOrigin: 'story' as const,
          groupBy: saved.groupBy,
        }
      : {}),
  };
};

/** Every incident that involves one person or organisation, over all dates; leaves any story. */
export const showActorIncidents =
  (actorId: string): Navigation =>
  (s) => ({
    ...(s.storySaved
      ? {
          mapView: s.storySaved.mapView,
          mapViewOrigin: 'app' as const,
          selectedId: s.storySaved.selectedId,
          groupBy: s.storySaved.groupBy,
        }
      : {}),
    story: null,
    storySaved: null,
    filters: { ...EMPTY_FILTERS, actors: [actorId] },
    ...(s.incidentSet.shown ? { incidentSet: { ...s.incidentSet, shown: false } } : {}),
    timeWindow: null,
    actorPage: null,
  });

/** The page of a person or organisation, in place of the open incident. */
export const openActorPage =
  (actorId: string): Navigation =>
  () => ({ actorPage: actorId, selectedId: null, selectionOrigin: 'detail' });

/** A view with nothing chosen: what another dataset opens with, as the ids, places and actors are its own. */
export const freshView: Navigation = () => ({
  filters: EMPTY_FILTERS,
  timeWindow: null,
  selectedId: null,
  selectionOrigin: null,
  redirectedFrom: null,
  story: null,
  storySaved: null,
  actorPage: null,
  incidentSet: EMPTY_SET,
});

/** The same view in the full explorer, outside embed mode. */
export const leaveEmbed: Navigation = () => ({ embed: false });

/** The fragment (without `#`) of the view a navigation leads to from this one. */
export function linkAfter(s: AppState, go: Navigation): string {
  return serializeFragment(urlStateOf({ ...s, ...go(s) }));
}
