import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';
import type { DataIndex } from '../../data/data-index.ts';
import type { ImportProblem, ImportSummary } from '../../data/import/index.ts';
import { freshView } from '../navigations.ts';

/** Where the incidents on screen come from: the published dataset, or a file the reader opened on this device. */
export type DataOrigin =
  { kind: 'published' } | { kind: 'file'; name: string; problems: ImportProblem[]; summary: ImportSummary };

export const PUBLISHED: DataOrigin = { kind: 'published' };

/** Domain state: the validated dataset and its search index, set once it has loaded. */
export interface DatasetSlice {
  data: DataIndex | null;
  origin: DataOrigin;
  /** The published dataset, kept while a reader's own file is shown, to go back to. */
  published: DataIndex | null;
  setData: (data: DataIndex) => void;
  /** Shows a reader's own file in every view, from a fresh view (its ids, places and actors are its own). */
  showOwnFile: (data: DataIndex, origin: Extract<DataOrigin, { kind: 'file' }>) => void;
  /** Back to the published dataset, from a fresh view; the file is forgotten. */
  showPublished: () => void;
  /** Counts the times the search text became ready, so that a search waiting for it is computed again. */
  searchVersion: number;
  searchArrived: () => void;
}

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => ({
  data: null,
  origin: PUBLISHED,
  published: null,
  setData: (data) => set(get().origin.kind === 'published' ? { data, published: data } : { published: data }),
  showOwnFile: (data, origin) => set({ ...freshView(get()), data, origin }),
  showPublished: () => set({ ...freshView(get()), data: get().published, origin: PUBLISHED }),
  searchVersion: 0,
  searchArrived: () => set((s) => ({ searchVersion: s.searchVersion + 1 })),
});
