import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { DataIndex } from '../../data/data-index.ts';

/** Domain state: the validated dataset and its search index, set once it has loaded. */
export interface DatasetSlice {
  data: DataIndex | null;
  setData: (data: DataIndex) => void;
  /** Counts the times the search text became ready, so that a search waiting for it is computed again. */
  searchVersion: number;
  searchArrived: () => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  data: null,
  setData: (data) => set({ data }),
  searchVersion: 0,
  searchArrived: () => set((s) => ({ searchVersion: s.searchVersion + 1 })),
});
