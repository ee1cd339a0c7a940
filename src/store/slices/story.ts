import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { stepView } from '../story-view.ts';
import { EMPTY_FILTERS, type Filters } from './filters.ts';
import type { MapView } from './map-view.ts';
import type { TimeWindow } from './time-window.ts';
import type { GroupBy } from './ui.ts';

export interface StoryPosition {
  id: string;
  /** Zero-based step index. */
  step: number;
}

/** The free-exploration view a story replaced, restored when the reader leaves it. */
interface SavedView {
  filters: Filters;
  timeWindow: TimeWindow | null;
  mapView: MapView;
  selectedId: string | null;
  groupBy: GroupBy;
}

export interface StorySlice {
  story: StoryPosition | null;
  storySaved: SavedView | null;
  /** Starts (or jumps within) a narrative; returns false if it does not exist. */
  goToStory: (id: string, step: number) => boolean;
  leaveStory: () => void;
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => ({
  story: null,
  storySaved: null,
  goToStory: (id, step) => {
    const s = get();
    const narrative = s.data?.narrativeById.get(id);
    if (!s.data || !narrative) return false;
    const k = Math.max(0, Math.min(step, narrative.steps.length - 1));
    const view = stepView(s.data, narrative, k);
    if (!view) return false;
    const saved: SavedView = s.storySaved ?? {
      filters: s.filters,
      timeWindow: s.timeWindow,
      mapView: s.mapView,
      selectedId: s.selectedId,
      groupBy: s.groupBy,
    };
    set({
      story: { id, step: k },
      storySaved: saved,
      // A story shows its incidents whatever the reader had filtered.
      filters: EMPTY_FILTERS,
      timeWindow: view.timeWindow,
      ...(view.mapView ? { mapView: view.mapView, mapViewOrigin: 'app' as const } : {}),
      selectedId: view.selectedId,
      selectionOrigin: 'story',
    });
    return true;
  },
  leaveStory: () => {
    const saved = get().storySaved;
    set({
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
    });
  },
});
