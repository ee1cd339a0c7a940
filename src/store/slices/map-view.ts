import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { Insets, MapSize } from '../camera.ts';

export interface MapView {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

/** Kazakhstan and its neighbours. */
export const DEFAULT_MAP_VIEW: MapView = { center: [67.5, 47.5], zoom: 3.4 };

/**
 * Who moved the map last: the app pushes views into the map only when it did not come from the map. 'reader' is a
 * move the reader asked for through the app (keys, a cluster's click): the map applies it, and like 'map' it is
 * the reader's own move (the map-area filter follows both).
 */
export type ViewOrigin = 'map' | 'reader' | 'app';

export interface MapViewSlice {
  mapView: MapView;
  mapViewOrigin: ViewOrigin;
  setMapView: (view: MapView, origin: ViewOrigin) => void;
  /** The map's drawing area, reported by its renderer: what "on screen" means when a selection is revealed. */
  mapSize: MapSize | null;
  setMapSize: (size: MapSize) => void;
  /** Room taken by the controls and notes over the map, measured on screen; null until measured. */
  mapInsets: Insets | null;
  setMapInsets: (insets: Insets) => void;
}

export const createMapViewSlice: StateCreator<AppState, [], [], MapViewSlice> = (set) => ({
  mapView: DEFAULT_MAP_VIEW,
  mapViewOrigin: 'app',
  setMapView: (mapView, mapViewOrigin) => set({ mapView, mapViewOrigin }),
  mapSize: null,
  setMapSize: (mapSize) =>
    set((s) => (s.mapSize?.width === mapSize.width && s.mapSize.height === mapSize.height ? s : { mapSize })),
  mapInsets: null,
  setMapInsets: (mapInsets) =>
    set((s) => {
      const old = s.mapInsets;
      const same =
        old &&
        old.top === mapInsets.top &&
        old.bottom === mapInsets.bottom &&
        old.left === mapInsets.left &&
        old.right === mapInsets.right;
      return same ? s : { mapInsets };
    }),
});
