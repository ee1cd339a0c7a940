import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';

export interface MapView {
  /** [longitude, latitude] */
  center: [number, number];
  zoom: number;
}

/** Kazakhstan and its neighbours. */
export const DEFAULT_MAP_VIEW: MapView = { center: [67.5, 47.5], zoom: 3.4 };

/** Who moved the map last: the app pushes views into the map only when it did not come from the map. */
export type ViewOrigin = 'map' | 'app';

export interface MapViewSlice {
  mapView: MapView;
  mapViewOrigin: ViewOrigin;
  setMapView: (view: MapView, origin: ViewOrigin) => void;
}

export const createMapViewSlice: StateCreator<AppState, [], [], MapViewSlice> = (set) => ({
  mapView: DEFAULT_MAP_VIEW,
  mapViewOrigin: 'app',
  setMapView: (mapView, mapViewOrigin) => set({ mapView, mapViewOrigin }),
});
