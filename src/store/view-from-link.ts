/**
 * The whole view a link asks for, as one pure function of the dataset and the
 * fragment: the URL sync applies it with a single `setState`, so the map and
 * timeline see one change, not five. Ids the dataset does not know are
 * dropped and reported with the parser's own reasons.
 */
import type { DataIndex } from '../data/data-index';
import { EMPTY_FILTERS } from './slices/filters';
import { DEFAULT_MAP_VIEW } from './slices/map-view';
import { windowToInclude } from './time-windows';
import type { AppState } from './index';
import { frameIncident } from './framing';
import { stepView } from './story-view';
import { parseFragment, preview } from './url-state';
import { resolveIncidentId } from '../data/cross-records';
import { yearsWindow } from './time-windows';
import { resolveSet, type SetResolution } from './incident-set';

/** Every field a link decides; applying it replaces the reader's whole view. */
export type LinkedView = Pick<
  AppState,
  | 'filters'
  | 'timeWindow'
  | 'mapView'
  | 'mapViewOrigin'
  | 'selectedId'
  | 'selectionOrigin'
  | 'redirectedFrom'
  | 'groupBy'
  | 'overviewBars'
  | 'sort'
  | 'actorPage'
  | 'lang'
  | 'embed'
  | 'story'
  | 'storySaved'
  | 'mapChooser'
  | 'incidentSet'
>;

export interface ViewFromLink {
  view: LinkedView;
  /** Human-readable reasons for every part of the link that was not used. */
  ignored: string[];
  /** The link's set checked against the dataset (retired and unknown ids), null when it held none. */
  set: SetResolution | null;
}

export function viewFromLink(data: DataIndex, fragment: string): ViewFromLink {
  const { state: url, ignored } = parseFragment(fragment);
  const known = (list: string[], has: (id: string) => boolean, name: string) =>
    list.filter((id) => {
      if (has(id)) return true;
      ignored.push(`${name}: no ${name.replace(/s$/, '')} "${preview(id)}" in this dataset`);
      return false;
    });
  const filters = {
    ...url.filters,
    actors: known(url.filters.actors, (id) => data.actorIndex.has(id), 'actors'),
    places: known(url.filters.places, (id) => data.placeIndex.has(id), 'places'),
  };
  // A retired id (renamed or merged record) opens the record it became; the panel says so.
  const resolved = url.id === null ? null : resolveIncidentId(data.dataset.redirects, url.id);
  let id = resolved?.id ?? null;
  if (id !== null && !data.idToIndex.has(id)) {
    ignored.push(`id: no incident "${preview(id)}" in this dataset`);
    id = null;
  }
  let actor = url.actor;
  if (actor !== null && !data.actorIndex.has(actor)) {
    ignored.push(`actor: no person or organisation "${preview(actor)}" in this dataset`);
    actor = null;
  }
  const narrative = url.story ? data.narrativeById.get(url.story.id) : undefined;
  if (url.story && !narrative) ignored.push(`story: no story "${preview(url.story.id)}" in this dataset`);

  // Retired ids in a set lead to the records they became, as a retired id= does; the notice says which.
  const set = url.set.ids.length > 0 ? resolveSet(data, url.set.ids) : null;
  const incidentSet = set ? { ids: set.ids, name: url.set.name, shown: url.set.shown && set.ids.length > 0 } : url.set;

  const common = {
    redirectedFrom: id === null ? null : (resolved?.redirectedFrom ?? null),
    groupBy: url.groupBy,
    overviewBars: url.bars,
    sort: url.sort,
    actorPage: actor,
    lang: url.lang ?? 'en',
    embed: url.embed,
    mapViewOrigin: 'app',
    selectionOrigin: 'link',
    // A chooser belongs to the view it was opened on.
    mapChooser: null,
  } as const;

  const step = url.story && narrative ? Math.min(url.story.step, narrative.steps.length) - 1 : -1;
  const shown = narrative && step >= 0 ? stepView(data, narrative, step) : null;
  if (url.story && narrative && shown) {
    if (url.story.step > narrative.steps.length) {
      ignored.push(`step: story "${narrative.id}" has ${narrative.steps.length} steps; showing the last`);
    }
    // A story link opens the step on a fresh view, which is what leaving the story returns to.
    // Whatever else the link pins down (a panned map, another incident of the step) still applies.
    return {
      view: {
        ...common,
        filters: EMPTY_FILTERS,
        timeWindow: url.timeWindow ?? shown.timeWindow,
        mapView: url.mapView ?? shown.mapView ?? DEFAULT_MAP_VIEW,
        selectedId: id ?? shown.selectedId,
        story: { id: narrative.id, step },
        storySaved: {
          filters: EMPTY_FILTERS,
          timeWindow: null,
          mapView: DEFAULT_MAP_VIEW,
          selectedId: null,
          groupBy: url.groupBy,
        },
        // A story shows its own incidents: the set stays chosen, not shown alone.
        incidentSet: { ...incidentSet, shown: false },
      },
      ignored,
      set,
    };
  }

  if (url.filters.area && url.mapView) ignored.push('map: not used together with area; the map fits the area');
  // An open incident outside the link's window moves the window to it (same span), as selecting does.
  const i = id === null ? undefined : data.idToIndex.get(id);
  const moved =
    i !== undefined && url.timeWindow ? windowToInclude(url.timeWindow, data.start[i]!, data.end[i]!) : null;
  // A link to one incident frames it, and one to some years shows those years, as choosing them does; a window or
  // map view in the link wins (the app's own links always carry them, see urlStateOf). A set shown alone and
  // nothing else pinned leaves the window null, so the timeline fits the set, and the map follows it (map-fit.ts).
  const frame = id === null ? null : frameIncident(data, id);
  return {
    view: {
      ...common,
      filters,
      timeWindow: moved ?? url.timeWindow ?? frame?.timeWindow ?? yearsWindow(filters.years),
      // A map area frames the map itself: a fresh map fits the box (map-fit.ts), not a map view or the open incident.
      mapView: filters.area ? DEFAULT_MAP_VIEW : (url.mapView ?? frame?.mapView ?? DEFAULT_MAP_VIEW),
      selectedId: id,
      story: null,
      storySaved: null,
      incidentSet,
    },
    ignored,
    set,
  };
}
