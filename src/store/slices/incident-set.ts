import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import { clearSet, EMPTY_SET, renameSet, showSet, toggleInSet, type IncidentSet } from '../incident-set.ts';

export { EMPTY_SET, type IncidentSet };

export interface IncidentSetSlice {
  incidentSet: IncidentSet;
  /** Adds the incident to the set, or takes it out. */
  toggleInSet: (id: string) => void;
  setSetName: (name: string) => void;
  /** Shows only the set (fitting the timeline and map to it), or every incident again, keeping the set. */
  showSet: (shown: boolean) => void;
  clearSet: () => void;
}

export const createIncidentSetSlice: StateCreator<AppState, [], [], IncidentSetSlice> = (set) => ({
  incidentSet: EMPTY_SET,
  toggleInSet: (id) => set(toggleInSet(id)),
  setSetName: (name) => set(renameSet(name)),
  showSet: (shown) => set(showSet(shown)),
  clearSet: () => set(clearSet),
});
