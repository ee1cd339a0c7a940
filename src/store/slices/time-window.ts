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

const DAY = 86_400_000;

/**
 * Cuts a window to what a link can hold, so every window the app makes can be
 * shared exactly: within the linkable years, and whole days (a link writes days).
 */
export function linkableWindow(w: TimeWindow): TimeWindow {
  const start = Math.floor(w.start / DAY) * DAY;
  const end = Math.max(Math.ceil(w.end / DAY) * DAY, start + DAY);
  return { start: Math.max(start, LINKABLE_WINDOW.start), end: Math.min(end, LINKABLE_WINDOW.end) };
}

/** The window moved (same span) so that [start, end) is inside it; null if it already is. */
export function windowToInclude(w: TimeWindow, start: number, end: number): TimeWindow | null {
  if (start < w.end && end > w.start) return null;
  const span = w.end - w.start;
  if (end - start >= span) {
    const pad = (end - start) * 0.1;
    return linkableWindow({ start: start - pad, end: end + pad });
  }
  const mid = (start + end) / 2;
  return linkableWindow({ start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) });
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
