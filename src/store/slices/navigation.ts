/**
 * Named moves between views. Each is one store write, so the map, the timeline
 * and the URL see one change; the moves links lead to are the patches of
 * navigations.ts, which the links' hrefs are made from too.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { EMPTY_FILTERS } from './filters.ts';
import { openActorPage, showActorIncidents } from '../navigations.ts';

export interface NavigationSlice {
  /** Every incident that involves one person or organisation, over all dates; leaves any story. */
  showActorIncidents: (actorId: string) => void;
  /** Clears filters and the time window, and stops showing only the set (keeping it): every incident. */
  showAll: () => void;
  /** Opens the page of a person or organisation in place of the open incident. */
  openActorPage: (actorId: string) => void;
  /** Adds one person or organisation to the filters (no-op if it is there). */
  filterByActor: (actorId: string) => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  showActorIncidents: (actorId) => set(showActorIncidents(actorId)),
  showAll: () =>
    set((s) => ({ filters: EMPTY_FILTERS, timeWindow: null, incidentSet: { ...s.incidentSet, shown: false } })),
  openActorPage: (actorId) => set(openActorPage(actorId)),
  filterByActor: (actorId) =>
    set((s) =>
      s.filters.actors.includes(actorId) ? {} : { filters: { ...s.filters, actors: [...s.filters.actors, actorId] } },
    ),
});
