import type { StateCreator } from 'zustand';
import type { AppState } from '../index.ts';

/**
 * The open list of incidents to choose from on the map: the groups of a
 * marker whose incidents share a place, or the incidents known only to a
 * country. Group keys are those of the map's place groups.
 */
export interface MapChooser {
  kind: 'place' | 'nationwide';
  keys: number[];
}

export interface MapChooserSlice {
  mapChooser: MapChooser | null;
  openMapChooser: (chooser: MapChooser) => void;
  closeMapChooser: () => void;
}

export const createMapChooserSlice: StateCreator<AppState, [], [], MapChooserSlice> = (set) => ({
  mapChooser: null,
  openMapChooser: (mapChooser) => set({ mapChooser }),
  closeMapChooser: () => set({ mapChooser: null }),
});
