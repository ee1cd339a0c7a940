import type { StateCreator } from 'zustand';
import type { CategoryId } from '../../data/vocabulary.ts';
import type { AppState } from '../index.ts';
import { yearsWindow } from '../time-windows.ts';

export interface Filters {
  /** Selected years; empty means every year. An incident matches if it overlaps one. */
  years: number[];
  actors: string[];
  categories: CategoryId[];
  /** Place ids; a region matches every place inside it. */
  places: string[];
  text: string;
  contestedOnly: boolean;
}

export const EMPTY_FILTERS: Filters = {
  years: [],
  actors: [],
  categories: [],
  places: [],
  text: '',
  contestedOnly: false,
};

type ListKey = 'years' | 'actors' | 'categories' | 'places';

export interface FiltersSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  toggleFilter: <K extends ListKey>(key: K, value: Filters[K][number]) => void;
  clearFilters: () => void;
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
  setYears: (years) =>
    set((s) => {
      const sorted = [...new Set(years)].sort((a, b) => a - b);
      return { filters: { ...s.filters, years: sorted }, timeWindow: yearsWindow(sorted) };
    }),
});
