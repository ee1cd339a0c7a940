/**
 * "Only what the map shows": a filter whose value is the box the map shows.
 * The box is worked out here from the store's map view and the map's size,
 * the same way for both renderers (they only report the reader's moves), and
 * it is what the link holds, so a reader with another screen gets the same
 * incidents and a map fitted to the box (map-fit.ts). While it is on, the box
 * follows the reader's own moves of the map (drag, wheel, keys, buttons, a
 * cluster's click), never the app's: a link being applied, the map fitting
 * itself or a story step leave the box as it is.
 */
import type { AppState, AppStore } from './index.ts';
import { visibleBounds, type Bounds, type MapSize } from './camera.ts';
import type { MapView } from './slices/map-view.ts';
import { round } from '../lib/numbers.ts';

/** Decimals of a degree an area is kept and linked with: about 100 m, under two pixels at the deepest zoom. */
export const AREA_DIGITS = 3;

const MAX_LAT = 85;

const tidy = (v: number, lo: number, hi: number) => round(Math.max(lo, Math.min(hi, v)), AREA_DIGITS) + 0;

/** The box a view shows on a map of this size, rounded as a link writes it. */
export function areaOfView(view: MapView, size: MapSize): Bounds {
  const [west, south, east, north] = visibleBounds(view, size);
  return [tidy(west, -180, 180), tidy(south, -MAX_LAT, MAX_LAT), tidy(east, -180, 180), tidy(north, -MAX_LAT, MAX_LAT)];
}

export function sameArea(a: Bounds | null, b: Bounds | null): boolean {
  if (a === null || b === null) return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** Whether a point (degrees) is inside the box, edges included; a NaN point (no marker) never is. */
export function inArea(area: Bounds, lon: number, lat: number): boolean {
  return lon >= area[0] && lon <= area[2] && lat >= area[1] && lat <= area[3];
}

/**
 * Turns the filter on (the box the map shows now) or off. Turned on, the map
 * stops following the shown incidents (map-fit.ts): it stays where it is, and
 * the box is exactly what it shows. Nothing happens before the map has a size.
 */
export function mapAreaPatch(s: AppState, on: boolean): Partial<AppState> {
  if (!on) return s.filters.area ? { filters: { ...s.filters, area: null } } : {};
  if (!s.mapSize || s.mapSize.width <= 0 || s.mapSize.height <= 0) return {};
  return {
    filters: { ...s.filters, area: areaOfView(s.mapView, s.mapSize) },
    // A copy of the view is a view the fitting did not set: the map no longer follows (see followsView).
    mapView: { center: [...s.mapView.center], zoom: s.mapView.zoom },
    mapViewOrigin: 'app',
  };
}

/** Keeps the area on the map's visible box as the reader moves the map (on a move's end: renderers report then). */
export function startMapArea(store: AppStore): () => void {
  return store.subscribe(
    (s) => s.mapView,
    () => {
      const s = store.getState();
      if (!s.filters.area || !s.mapSize || s.mapViewOrigin === 'app') return;
      const next = areaOfView(s.mapView, s.mapSize);
      if (!sameArea(next, s.filters.area)) s.setFilters({ area: next });
    },
  );
}
