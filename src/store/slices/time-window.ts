import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { DATASET_FIRST_YEAR, DATASET_LAST_YEAR } from '../../lib/edtf.ts';

/** The timeline's visible window, epoch ms; null means "fit everything". */
export interface TimeWindow {
  start: number;
  end: number;
}

/** The widest window a link may hold: the dataset's years with five years of margin either side. */
export const LINKABLE_WINDOW: TimeWindow = {
  start: Date.UTC(DATASET_FIRST_YEAR - 5, 0, 1),
  end: Date.UTC(DATASET_LAST_YEAR + 5, 0, 1),
};

/** Cuts a window to what a link can hold, so every window the app shows can be shared. */
export function linkableWindow(w: TimeWindow): TimeWindow {
  return { start: Math.max(w.start, LINKABLE_WINDOW.start), end: Math.min(w.end, LINKABLE_WINDOW.end) };
}

export interface TimeWindowSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (window: TimeWindow | null) => void;
}

export const createTimeWindowSlice: StateCreator<AppState, [], [], TimeWindowSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) =>
    set((s) =>
      s.timeWindow?.start === timeWindow?.start && s.timeWindow?.end === timeWindow?.end ? s : { timeWindow },
    ),
});
