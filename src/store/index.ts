/**
 * The one store: the single source of truth for data, filters, time window,
 * map view, selection and UI choices. Built from slices; middleware is applied
 * once here. Map and timeline controllers subscribe to it outside React.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDatasetSlice, type DatasetSlice } from './slices/dataset.ts';
import { createFiltersSlice, type FiltersSlice } from './slices/filters.ts';
import { createMapViewSlice, type MapViewSlice } from './slices/map-view.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection.ts';
import { createTimeWindowSlice, type TimeWindowSlice } from './slices/time-window.ts';
import { createUiSlice, type UiSlice } from './slices/ui.ts';
import { createStorySlice, type StorySlice } from './slices/story.ts';
import { createNavigationSlice, type NavigationSlice } from './slices/navigation.ts';
import { createMapChooserSlice, type MapChooserSlice } from './slices/map-chooser.ts';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playback.ts';
import { createIncidentSetSlice, type IncidentSetSlice } from './slices/incident-set.ts';
import { createChangesSlice, type ChangesSlice } from './slices/changes.ts';

export type AppState = DatasetSlice &
  FiltersSlice &
  TimeWindowSlice &
  MapViewSlice &
  SelectionSlice &
  UiSlice &
  StorySlice &
  NavigationSlice &
  MapChooserSlice &
  PlaybackSlice &
  IncidentSetSlice &
  ChangesSlice;

export function createAppStore() {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDatasetSlice(...a),
      ...createFiltersSlice(...a),
      ...createTimeWindowSlice(...a),
      ...createMapViewSlice(...a),
      ...createSelectionSlice(...a),
      ...createUiSlice(...a),
      ...createStorySlice(...a),
      ...createNavigationSlice(...a),
      ...createMapChooserSlice(...a),
      ...createPlaybackSlice(...a),
      ...createIncidentSetSlice(...a),
      ...createChangesSlice(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore: AppStore = createAppStore();

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore as StoreApi<AppState>, selector);
}
