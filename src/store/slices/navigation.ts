/**
 * Named moves between views. Each is one store write, so the map, the timeline
 * and the URL see one change, and the links that lead to these views
 * (see `linkTo` in url-state.ts) describe exactly what the action does.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { EMPTY_FILTERS } from './filters.ts';

export interface NavigationSlice {
  /** Every incident that involves one person or organisation, over all dates; leaves any story. */
  showActorIncidents: (actorId: string) => void;
  /** Clears filters and the time window: every incident. */
  showAll: () => void;
  /** Opens the page of a person or organisation in place of the open incident. */
  openActorPage: (actorId: string) => void;
  /** Adds one person or organisation to the filters (no-op if it is there). */
  filterByActor: (actorId: string) => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  showActorIncidents: (actorId) =>
    set((s) => ({
      ...(s.storySaved
        ? {
            mapView: s.storySaved.mapView,
            mapViewOrigin: 'app' as const,
            selectedId: s.storySaved.selectedId,
            groupBy: s.storySaved.groupBy,
          }
        : {}),
      story: null,
      storySaved: null,
      filters: { ...EMPTY_FILTERS, actors: [actorId] },
      timeWindow: null,
      actorPage: null,
    })),
  showAll: () => set({ filters: EMPTY_FILTERS, timeWindow: null }),
  openActorPage: (actorId) => set({ actorPage: actorId, selectedId: null, selectionOrigin: 'detail' }),
  filterByActor: (actorId) =>
    set((s) =>
      s.filters.actors.includes(actorId) ? {} : { filters: { ...s.filters, actors: [...s.filters.actors, actorId] } },
    ),
});
