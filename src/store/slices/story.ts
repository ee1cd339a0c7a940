import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { leaveStory, storyStep } from '../navigations.ts';
import type { Filters } from './filters.ts';
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
    const patch = storyStep(id, step)(get());
    if (!patch.story) return false;
    set(patch);
    return true;
  },
  leaveStory: () => set(leaveStory),
});
