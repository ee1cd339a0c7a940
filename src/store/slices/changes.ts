import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';

/** The "What changed" panel: the dataset's changelog, newest version first. */
export interface ChangesSlice {
  /** Null when closed; when open, the version a link was made with, whose later versions it marks (or null). */
  changesPanel: { since: string | null } | null;
  openChanges: (since?: string | null) => void;
  closeChanges: () => void;
}

export const createChangesSlice: StateCreator<AppState, [], [], ChangesSlice> = (set) => ({
  changesPanel: null,
  openChanges: (since = null) => set({ changesPanel: { since } }),
  closeChanges: () => set({ changesPanel: null }),
});
