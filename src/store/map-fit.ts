/**
 * A fresh map follows what is shown: it fits Kazakhstan to the map's own size
 * (on a phone too), and after each filter change (or a set shown alone) the incidents that remain
 * placed in the region. It stops following once the map is moved by anyone (the reader, a
 * link that holds a view, a selection revealed): any view set from elsewhere
 * is a new object, while the fresh view (DEFAULT_MAP_VIEW) and the views this
 * module sets are known, so no second flag can disagree with the view itself.
 * The link leaves the map out while it follows (url-state's movedMap). A
 * following map that already shows all it should stays still unless a refit
 * would come at least REFIT_ZOOM_GAIN closer: filters that leave the incidents
 * about where they were do not nudge it, and each move is a costly redraw.
 */
import type { DataIndex } from '../data/data-index.ts';
import type { AppState, AppStore } from './index.ts';
import { boundsInView, COUNTRY_BOUNDS, fitBounds, MAP_ZOOM, type Bounds, type Insets } from './camera.ts';
import { FRAME_ZOOM } from './framing.ts';
import { hasActiveFilters, selectView } from './selectors.ts';
import { shownSetIds } from './incident-set.ts';
import { DEFAULT_MAP_VIEW, type MapView } from './slices/map-view.ts';

/** Until the map measures its controls and notes (overlayInsets): legend and nationwide buttons above, notes below. */
export const MAP_INSETS: Insets = { top: 56, right: 52, bottom: 48, left: 20 };

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** About a marker's radius: its point is inside the free area, most of its circle too. */
const MARKER_ROOM = 12;

const fitted = new WeakSet<MapView>();

/** True while the map follows what is shown (a fresh view, or one this module set). */
export function followsView(view: MapView): boolean {
  return view === DEFAULT_MAP_VIEW || fitted.has(view);
}

/**
 * Where the basemap has detail (its script cuts the layers to about this box). An
 * incident placed farther away (a reaction in Washington) is on the list and
 * timeline but is not framed: fitting it would zoom a reader out to the world.
 */
export const FRAMED_REGION: Bounds = [44, 36, 90, 57];

const inRegion = (lon: number, lat: number) =>
  lon >= FRAMED_REGION[0] && lat >= FRAMED_REGION[1] && lon <= FRAMED_REGION[2] && lat <= FRAMED_REGION[3];

/** The bounds of the shown incidents that have a point in the framed region (country-wide ones are on the nationwide control). */
export function shownBounds(ix: DataIndex, visible: ArrayLike<number>): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const places = ix.dataset.places;
  const seen = new Uint8Array(ix.placeIds.length);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const p = ix.place[i]!;
    if (p < 0 || ix.spread[i] === 2 || seen[p]) continue;
    seen[p] = 1;
    const place = places.get(ix.placeIds[p]!);
    if (!place || !inRegion(place.lon, place.lat)) continue;
    west = Math.min(west, place.lon);
    east = Math.max(east, place.lon);
    south = Math.min(south, place.lat);
    north = Math.max(north, place.lat);
  }
  return west === Infinity ? null : [west, south, east, north];
}

/**
 * How much closer a refit must come before a following map moves when what it
 * shows is already in view: a filter that leaves the incidents about where
 * they were keeps the map still, rather than nudging it on every change.
 */
export const REFIT_ZOOM_GAIN = 0.5;

interface Follow {
  view: MapView;
  bounds: Bounds;
  room: Insets;
}

/** The view a following map shows now; null when the map's size is not known yet. */
export function followView(s: AppState): MapView | null {
  return follow(s)?.view ?? null;
}

function follow(s: AppState): Follow | null {
  if (!s.mapSize || s.mapSize.width <= 0 || s.mapSize.height <= 0) return null;
  // The map-area filter is defined by the map: the map fits its box whole (as its sender's map showed it), and
  // never the incidents the box leaves, which would move the box it is fitted to.
  if (s.filters.area) {
    return {
      view: fitBounds(s.filters.area, s.mapSize, NO_INSETS, MAP_ZOOM.max),
      bounds: s.filters.area,
      room: NO_INSETS,
    };
  }
  // Unfiltered, the map shows the country; filtered, the incidents that remain.
  const view = s.data && (hasActiveFilters(s.filters) || shownSetIds(s)) ? selectView(s) : null;
  const bounds = (view && s.data && shownBounds(s.data, view.visible)) ?? COUNTRY_BOUNDS;
  const insets = s.mapInsets ?? MAP_INSETS;
  // A marker is drawn around its point, and a town's name beside it: keep room for both inside the free area.
  const room = {
    top: insets.top + MARKER_ROOM,
    right: insets.right + MARKER_ROOM,
    bottom: insets.bottom + MARKER_ROOM,
    left: insets.left + MARKER_ROOM,
  };
  return { view: fitBounds(bounds, s.mapSize, room, FRAME_ZOOM.point), bounds, room };
}

/** A fitted map stays where it is when it already shows all it should and a refit would come only a little closer. */
function closeEnough(s: AppState, target: Follow): boolean {
  // A map-area box is fitted exactly: it is what the sender's map showed.
  if (s.mapView === DEFAULT_MAP_VIEW || !s.mapSize || s.filters.area) return false;
  return (
    target.view.zoom - s.mapView.zoom < REFIT_ZOOM_GAIN &&
    boundsInView(s.mapView, s.mapSize, target.room, target.bounds)
  );
}

const same = (a: MapView, b: MapView) =>
  a.zoom === b.zoom && a.center[0] === b.center[0] && a.center[1] === b.center[1];

/** Keeps a following map fitted as the shown incidents and the map's size change. */
export function startMapFit(store: AppStore): () => void {
  const apply = () => {
    const s = store.getState();
    if (!followsView(s.mapView)) return;
    const target = follow(s);
    if (!target || same(target.view, s.mapView) || closeEnough(s, target)) return;
    fitted.add(target.view);
    s.setMapView(target.view, 'app');
  };
  apply();
  return store.subscribe(
    (s) => [s.data, s.data ? selectView(s) : null, s.mapSize, s.mapInsets, s.mapView] as const,
    apply,
    {
      equalityFn: (a, b) => a.every((v, k) => v === b[k]),
    },
  );
}
