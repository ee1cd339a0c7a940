import type { StateCreator } from 'zustand';
import type { CategoryId } from '../../data/vocabulary.ts';
import type { AppState } from '../index.ts';
import type { Bounds } from '../camera.ts';
import { yearsWindow } from '../time-windows.ts';
import { mapAreaPatch } from '../map-area.ts';

export interface Filters {
  /** Selected years; empty means every year. An incident matches if it overlaps one. */
  years: number[];
  actors: string[];
  categories: CategoryId[];
  /** Place ids; a region matches every place inside it. */
  places: string[];
  text: string;
  contestedOnly: boolean;
  /**
   * Only incidents whose marker stands inside this box, [west, south, east, north] in degrees: the map's visible
   * area while "Only what the map shows" is on (map-area.ts), null when it is off.
   */
  area: Bounds | null;
}

export const EMPTY_FILTERS: Filters = {
  years: [],
  actors: [],
  categories: [],
  places: [],
  text: '',
  contestedOnly: false,
  area: null,
};

type ListKey = 'years' | 'actors' | 'categories' | 'places';

export interface FiltersSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleFilter: <K extends ListKey>(key: K, value: Filters[K][number]) => void;
  clearFilters: () => void;
  /** Turns "Only what the map shows" on (the box the map shows now) or off (map-area.ts). */
  setMapArea: (on: boolean) => void;
  /** Chooses years and fits the timeline's window to them (no years: all dates). */
  setYears: (years: number[]) => void;
}

export const createFiltersSlice: StateCreator<AppState, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleFilter: (key, value) =>
    set((s) => {
      const list = s.filters[key] as unknown[];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      if (key === 'years') (next as number[]).sort((a, b) => a - b);
      return { filters: { ...s.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setMapArea: (on) => set((s) => mapAreaPatch(s, on)),
  setYears: (years) =>
    set((s) => {
      const sorted = [...new Set(years)].sort((a, b) => a - b);
      return { filters: { ...s.filters, years: sorted }, timeWindow: yearsWindow(sorted) };
    }),
});
