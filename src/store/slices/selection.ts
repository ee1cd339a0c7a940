import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { frameOn, selectIncident } from '../navigations.ts';

/** Which view the selection came from, so that view is not told to jump to it again. */
export type SelectionOrigin = 'map' | 'timeline' | 'list' | 'detail' | 'link' | 'story' | 'navigation';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin | null;
  /** The retired id a link named when it opened the selected record (see redirects in the data); null otherwise. */
  redirectedFrom: string | null;
  /** Selects an incident (see `selectIncident` in navigations.ts). */
  select: (id: string | null, origin: SelectionOrigin) => void;
  /** Points the views at an incident (see `frameOn` in navigations.ts). */
  frameIncident: (id: string, keep?: { time?: boolean; map?: boolean }) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: null,
  redirectedFrom: null,
  select: (id, origin) => set(selectIncident(id, origin)),
  frameIncident: (id, keep = {}) => set(frameOn(id, keep)),
});
