import type { StateCreator } from 'zustand';
import type { AppState } from '../index';

/** Which view the selection came from, so that view is not told to jump to it again. */
export type SelectionOrigin = 'map' | 'timeline' | 'list' | 'detail' | 'link' | 'keyboard';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin | null;
  select: (id: string | null, origin: SelectionOrigin) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: null,
  select: (selectedId, selectionOrigin) => set({ selectedId, selectionOrigin }),
});
