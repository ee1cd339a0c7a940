import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { linkableWindow, type TimeWindow } from './time-window.ts';
import { frameIncident } from '../framing.ts';
import { revealIncident } from '../camera.ts';

/** Which view the selection came from, so that view is not told to jump to it again. */
export type SelectionOrigin = 'map' | 'timeline' | 'list' | 'detail' | 'link' | 'story' | 'navigation';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin | null;
  /** The retired id a link named when it opened the selected record (see redirects in the data); null otherwise. */
  redirectedFrom: string | null;
  /**
   * Selects an incident. Chosen anywhere but on the map, the views follow it:
   * the time window moves to it if it lies outside, and the map centres on its
   * place if that is off screen.
   */
  select: (id: string | null, origin: SelectionOrigin) => void;
  /**
   * Points the views at an incident: the timeline centred on it with context,
   * the map on its place at a zoom fitting its precision. `keep` names what the
   * reader (or a link) already pinned down, which framing leaves alone.
   */
  frameIncident: (id: string, keep?: { time?: boolean; map?: boolean }) => void;
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

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: null,
  redirectedFrom: null,
  select: (selectedId, selectionOrigin) =>
    set((s) => {
      const i = selectedId === null ? undefined : s.data?.idToIndex.get(selectedId);
      const moved =
        i !== undefined && s.data && s.timeWindow
          ? windowToInclude(s.timeWindow, s.data.start[i]!, s.data.end[i]!)
          : null;
      const revealed =
        i !== undefined && s.data && selectionOrigin !== 'map' ? revealIncident(s.data, i, s.mapView, s.mapSize) : null;
      return {
        selectedId,
        selectionOrigin,
        redirectedFrom: null,
        ...(moved ? { timeWindow: moved } : {}),
        ...(revealed ? { mapView: revealed, mapViewOrigin: 'app' as const } : {}),
      };
    }),
  frameIncident: (id, keep = {}) =>
    set((s) => {
      const frame = s.data ? frameIncident(s.data, id) : null;
      if (!frame) return s;
      return {
        ...(keep.time ? {} : { timeWindow: frame.timeWindow }),
        ...(keep.map || !frame.mapView ? {} : { mapView: frame.mapView, mapViewOrigin: 'app' as const }),
      };
    }),
});
