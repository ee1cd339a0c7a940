import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';

/** The timeline's visible window, epoch ms; null means "fit everything". */
export interface TimeWindow {
  start: number;
  end: number;
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
