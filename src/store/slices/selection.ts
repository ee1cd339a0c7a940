import type { StateCreator } from 'zustand';
import type { AppState } from '../index';
import type { TimeWindow } from './time-window';

/** Which view the selection came from, so that view is not told to jump to it again. */
export type SelectionOrigin = 'map' | 'timeline' | 'list' | 'detail' | 'link' | 'story' | 'navigation';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin | null;
  /** Selects an incident; if it lies outside the time window, the window moves to it. */
  select: (id: string | null, origin: SelectionOrigin) => void;
}

/** The window moved (same span) so that [start, end) is inside it; null if it already is. */
export function windowToInclude(w: TimeWindow, start: number, end: number): TimeWindow | null {
  if (start < w.end && end > w.start) return null;
  const span = w.end - w.start;
  if (end - start >= span) {
    const pad = (end - start) * 0.1;
    return { start: start - pad, end: end + pad };
  }
  const mid = (start + end) / 2;
  return { start: Math.round(mid - span / 2), end: Math.round(mid + span / 2) };
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: null,
  select: (selectedId, selectionOrigin) =>
    set((s) => {
      const i = selectedId === null ? undefined : s.data?.idToIndex.get(selectedId);
      const moved =
        i !== undefined && s.data && s.timeWindow
          ? windowToInclude(s.timeWindow, s.data.start[i]!, s.data.end[i]!)
          : null;
      return moved ? { selectedId, selectionOrigin, timeWindow: moved } : { selectedId, selectionOrigin };
    }),
});
